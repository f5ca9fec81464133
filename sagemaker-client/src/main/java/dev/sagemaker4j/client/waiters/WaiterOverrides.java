package dev.sagemaker4j.client.waiters;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Per-call changes to a waiter: the delay between polls, the most polls, and an overall time
 * limit. What is not set keeps the waiter's defaults (from the service model, such as 30 s and 120
 * polls for EndpointInService); there is no overall limit unless one is set.
 *
 * <pre>{@code
 * sageMaker.waiter().waitUntilEndpointInService(r -> r.endpointName("churn"),
 *     o -> o.delay(Duration.ofSeconds(15)).timeout(Duration.ofMinutes(30)));
 * }</pre>
 */
public final class WaiterOverrides {
  private static final WaiterOverrides NONE = new Builder().build();

  private final @Nullable Duration delay;
  private final @Nullable Integer maxAttempts;
  private final @Nullable Duration timeout;

  private WaiterOverrides(Builder b) {
    this.delay = b.delay;
    this.maxAttempts = b.maxAttempts;
    this.timeout = b.timeout;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** No changes: the waiter's defaults. */
  public static WaiterOverrides none() {
    return NONE;
  }

  public Optional<Duration> delay() {
    return Optional.ofNullable(delay);
  }

  public Optional<Integer> maxAttempts() {
    return Optional.ofNullable(maxAttempts);
  }

  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  @Override
  public String toString() {
    return "WaiterOverrides(delay=" + delay + ", maxAttempts=" + maxAttempts + ", timeout="
        + timeout + ")";
  }

  /** Builds {@link WaiterOverrides}. */
  public static final class Builder {
    private @Nullable Duration delay;
    private @Nullable Integer maxAttempts;
    private @Nullable Duration timeout;

    private Builder() {}

    /** The wait between polls (zero or more). */
    public Builder delay(Duration delay) {
      if (delay == null || delay.isNegative()) {
        throw new IllegalArgumentException("delay must be zero or positive, was " + delay);
      }
      this.delay = delay;
      return this;
    }

    /** The most polls, at least 1. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** The most time to wait in all; a poll is not started when its wait would pass it. */
    public Builder timeout(Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    public WaiterOverrides build() {
      return new WaiterOverrides(this);
    }
  }
}
