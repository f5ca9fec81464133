package dev.sagemaker4j.client;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * How a client retries, times out and checks, and the clock, sleeper, scheduler and token
 * supplier it uses; tests inject the last four to control time and randomness. Every setting
 * has a default; set only what you change.
 *
 * <pre>{@code
 * SageMakerClient client = SageMakerClient.builder()
 *     .region(Region.EU_WEST_1)
 *     .overrideConfiguration(o -> o
 *         .retryStrategy(AwsRetryStrategy.adaptiveRetryStrategy())
 *         .apiCallTimeout(Duration.ofSeconds(30))
 *         .apiCallAttemptTimeout(Duration.ofSeconds(5)))
 *     .build();
 * }</pre>
 */
public final class OverrideConfiguration {
  /** Retries of CreateEndpoint's eventual-consistency failures, by default. */
  public static final int DEFAULT_EVENTUAL_CONSISTENCY_RETRIES = 5;
  /** The largest response body the client reads, by default: 32 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L << 20;

  private final @Nullable RetryStrategy retryStrategy;
  private final @Nullable Duration apiCallTimeout;
  private final @Nullable Duration apiCallAttemptTimeout;
  private final ConstraintChecking constraintChecking;
  private final List<SageMakerInterceptor> interceptors;
  private final @Nullable AsyncSleeper asyncSleeper;
  private final int eventualConsistencyRetries;
  private final BackoffStrategy eventualConsistencyBackoff;
  private final Clock clock;
  private final Sleeper sleeper;
  private final @Nullable ScheduledExecutorService scheduledExecutorService;
  private final Supplier<String> idempotencyTokenSupplier;
  private final @Nullable Executor futureCompletionExecutor;
  private final long maxResponseBytes;
  private final boolean resolveUnknownCreateOutcomes;
  private final @Nullable HttpSigner<AwsCredentialsIdentity> signer;

  private OverrideConfiguration(Builder b) {
    this.retryStrategy = b.retryStrategy;
    this.apiCallTimeout = b.apiCallTimeout;
    this.apiCallAttemptTimeout = b.apiCallAttemptTimeout;
    this.constraintChecking = b.constraintChecking;
    this.interceptors = List.copyOf(b.interceptors);
    this.asyncSleeper = b.asyncSleeper;
    this.eventualConsistencyRetries = b.eventualConsistencyRetries;
    this.eventualConsistencyBackoff = b.eventualConsistencyBackoff;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.scheduledExecutorService = b.scheduledExecutorService;
    this.idempotencyTokenSupplier = b.idempotencyTokenSupplier;
    this.futureCompletionExecutor = b.futureCompletionExecutor;
    this.maxResponseBytes = b.maxResponseBytes;
    this.resolveUnknownCreateOutcomes = b.resolveUnknownCreateOutcomes;
    this.signer = b.signer;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The defaults. */
  public static OverrideConfiguration defaults() {
    return new Builder().build();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The retry strategy, when one was set; otherwise each client makes its own AWS standard
   * strategy ({@link AwsRetryStrategy#standardRetryStrategy()}: 3 attempts, exponential backoff
   * with jitter, a retry quota), so that clients do not share a quota.
   */
  public Optional<RetryStrategy> retryStrategy() {
    return Optional.ofNullable(retryStrategy);
  }

  /** The limit on a whole call, all attempts and waits included, when set. */
  public Optional<Duration> apiCallTimeout() {
    return Optional.ofNullable(apiCallTimeout);
  }

  /** The limit on one attempt, when set. */
  public Optional<Duration> apiCallAttemptTimeout() {
    return Optional.ofNullable(apiCallAttemptTimeout);
  }

  /**
   * What happens to a request that breaks the service model's rules before it is sent (default
   * {@link ConstraintChecking#ENFORCE}).
   */
  public ConstraintChecking constraintChecking() {
    return constraintChecking;
  }

  /** The interceptors every call runs, in order (default none). */
  public List<SageMakerInterceptor> interceptors() {
    return interceptors;
  }

  /**
   * How the async client waits between attempts and between a waiter's polls, when set;
   * otherwise on its scheduler.
   */
  public Optional<AsyncSleeper> asyncSleeper() {
    return Optional.ofNullable(asyncSleeper);
  }

  /**
   * How many times an operation is retried when SageMaker answers with one of its eventual
   * consistency failures, such as CreateEndpoint's "Could not find endpoint configuration" right
   * after the configuration was created (default 5; 0 turns it off). Which failures these are,
   * per operation, the SDK's generated operation descriptors say.
   */
  public int eventualConsistencyRetries() {
    return eventualConsistencyRetries;
  }

  /** The waits between those retries (default exponential from 500 ms to 8 s, full jitter). */
  public BackoffStrategy eventualConsistencyBackoff() {
    return eventualConsistencyBackoff;
  }

  /** The clock requests are signed with (default the system clock, UTC). */
  public Clock clock() {
    return clock;
  }

  /** How the sync client waits between attempts (default {@link Sleeper#THREAD_SLEEP}). */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * The scheduler for the async client's waits between attempts and for timeouts, when one was
   * set. Otherwise the client starts one daemon thread for these, named {@code
   * sagemaker4j-scheduler-N}, when it first needs it, and stops it on {@code close()}. A
   * scheduler passed here is not shut down by the client.
   */
  public Optional<ScheduledExecutorService> scheduledExecutorService() {
    return Optional.ofNullable(scheduledExecutorService);
  }

  /** What fills empty idempotency tokens (default a random UUID). */
  public Supplier<String> idempotencyTokenSupplier() {
    return idempotencyTokenSupplier;
  }

  /**
   * Where the async client completes its futures, when set. By default they complete on the
   * HTTP client's I/O thread: keep callbacks short, or use the {@code ...Async} variants of
   * {@code CompletableFuture} with your own executor.
   */
  public Optional<Executor> futureCompletionExecutor() {
    return Optional.ofNullable(futureCompletionExecutor);
  }

  /** The largest response body the client reads before giving up (default 32 MiB). */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * Whether a create whose earlier attempt may have succeeded (it timed out, lost its
   * connection or got a 5xx) and whose retry then hears that the resource already exists is
   * resolved by describing the resource (default false). See the builder's setter.
   */
  public boolean resolveUnknownCreateOutcomes() {
    return resolveUnknownCreateOutcomes;
  }

  /**
   * The SigV4 signer, when one was set, such as the AWS SDK's {@code AwsV4HttpSigner.create()}.
   * Otherwise the client signs with its own SigV4 implementation, which gives exactly the
   * headers {@code AwsV4HttpSigner} gives for SageMaker's requests (the tests compare them) and
   * allocates a sixth of what it does.
   */
  public Optional<HttpSigner<AwsCredentialsIdentity>> signer() {
    return Optional.ofNullable(signer);
  }

  @Override
  public String toString() {
    return "OverrideConfiguration(retryStrategy=" + (retryStrategy == null ? "standard"
        : retryStrategy.getClass().getSimpleName()) + ", apiCallTimeout=" + apiCallTimeout
        + ", apiCallAttemptTimeout=" + apiCallAttemptTimeout + ", constraintChecking="
        + constraintChecking + ", interceptors=" + interceptors.size()
        + ", eventualConsistencyRetries=" + eventualConsistencyRetries
        + ", maxResponseBytes=" + maxResponseBytes + ", resolveUnknownCreateOutcomes="
        + resolveUnknownCreateOutcomes + ", signer=" + (signer == null ? "sagemaker4j SigV4"
            : signer.getClass().getSimpleName()) + ")";
  }

  /** Builds an {@link OverrideConfiguration}. */
  public static final class Builder {
    private @Nullable RetryStrategy retryStrategy;
    private @Nullable Duration apiCallTimeout;
    private @Nullable Duration apiCallAttemptTimeout;
    private ConstraintChecking constraintChecking = ConstraintChecking.ENFORCE;
    private final List<SageMakerInterceptor> interceptors = new ArrayList<>();
    private @Nullable AsyncSleeper asyncSleeper;
    private int eventualConsistencyRetries = DEFAULT_EVENTUAL_CONSISTENCY_RETRIES;
    private BackoffStrategy eventualConsistencyBackoff =
        BackoffStrategy.exponentialDelay(Duration.ofMillis(500), Duration.ofSeconds(8));
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.THREAD_SLEEP;
    private @Nullable ScheduledExecutorService scheduledExecutorService;
    private Supplier<String> idempotencyTokenSupplier = () -> UUID.randomUUID().toString();
    private @Nullable Executor futureCompletionExecutor;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private boolean resolveUnknownCreateOutcomes;
    private @Nullable HttpSigner<AwsCredentialsIdentity> signer;

    private Builder() {}

    private Builder(OverrideConfiguration c) {
      retryStrategy = c.retryStrategy;
      apiCallTimeout = c.apiCallTimeout;
      apiCallAttemptTimeout = c.apiCallAttemptTimeout;
      constraintChecking = c.constraintChecking;
      interceptors.addAll(c.interceptors);
      asyncSleeper = c.asyncSleeper;
      eventualConsistencyRetries = c.eventualConsistencyRetries;
      eventualConsistencyBackoff = c.eventualConsistencyBackoff;
      clock = c.clock;
      sleeper = c.sleeper;
      scheduledExecutorService = c.scheduledExecutorService;
      idempotencyTokenSupplier = c.idempotencyTokenSupplier;
      futureCompletionExecutor = c.futureCompletionExecutor;
      maxResponseBytes = c.maxResponseBytes;
      resolveUnknownCreateOutcomes = c.resolveUnknownCreateOutcomes;
      signer = c.signer;
    }

    /**
     * The retry strategy, such as {@code AwsRetryStrategy.adaptiveRetryStrategy()} or {@code
     * AwsRetryStrategy.doNotRetry()}. A strategy's token bucket is shared by every client it is
     * given to.
     */
    public Builder retryStrategy(RetryStrategy retryStrategy) {
      this.retryStrategy = retryStrategy;
      return this;
    }

    /** Limits a whole call, all attempts and waits included. */
    public Builder apiCallTimeout(Duration timeout) {
      this.apiCallTimeout = positive("apiCallTimeout", timeout);
      return this;
    }

    /** Limits each attempt; an attempt that passes it is retried like an I/O failure. */
    public Builder apiCallAttemptTimeout(Duration timeout) {
      this.apiCallAttemptTimeout = positive("apiCallAttemptTimeout", timeout);
      return this;
    }

    /**
     * Turns the check against the service model before sending on ({@link
     * ConstraintChecking#ENFORCE}, the default) or off ({@link ConstraintChecking#OFF}); {@link
     * #constraintChecking(ConstraintChecking)} also offers {@link ConstraintChecking#WARN}.
     */
    public Builder constraintChecking(boolean enabled) {
      this.constraintChecking = enabled ? ConstraintChecking.ENFORCE : ConstraintChecking.OFF;
      return this;
    }

    /**
     * What happens to a request that breaks the service model's rules: refused (the default),
     * logged and sent, or sent unchecked.
     */
    public Builder constraintChecking(ConstraintChecking mode) {
      this.constraintChecking = required("constraintChecking", mode);
      return this;
    }

    /**
     * Adds an interceptor; every call runs the interceptors in the order they were added.
     */
    public Builder addInterceptor(SageMakerInterceptor interceptor) {
      this.interceptors.add(required("interceptor", interceptor));
      return this;
    }

    /** How the async client waits between attempts and a waiter's polls (default: its scheduler). */
    public Builder asyncSleeper(AsyncSleeper sleeper) {
      this.asyncSleeper = required("asyncSleeper", sleeper);
      return this;
    }

    /** Retries of SageMaker's eventual-consistency failures per call; 0 turns them off. */
    public Builder eventualConsistencyRetries(int retries) {
      if (retries < 0) {
        throw new IllegalArgumentException("eventualConsistencyRetries must be >= 0, was "
            + retries);
      }
      this.eventualConsistencyRetries = retries;
      return this;
    }

    /**
     * The waits between eventual-consistency retries: an AWS SDK retries {@link BackoffStrategy},
     * such as {@code BackoffStrategy.exponentialDelay(Duration.ofMillis(500),
     * Duration.ofSeconds(8))} (the default) or {@code BackoffStrategy.fixedDelay(
     * Duration.ofSeconds(1))}; its {@code computeDelay(n)} is asked for retry {@code n - 1}.
     */
    public Builder eventualConsistencyBackoff(BackoffStrategy backoff) {
      this.eventualConsistencyBackoff = required("eventualConsistencyBackoff", backoff);
      return this;
    }

    /** The clock requests are signed with. */
    public Builder clock(Clock clock) {
      this.clock = required("clock", clock);
      return this;
    }

    /** How the sync client waits between attempts. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = required("sleeper", sleeper);
      return this;
    }

    /** The scheduler for async waits and timeouts; the client does not shut it down. */
    public Builder scheduledExecutorService(ScheduledExecutorService scheduler) {
      this.scheduledExecutorService = required("scheduledExecutorService", scheduler);
      return this;
    }

    /** What fills empty idempotency tokens. */
    public Builder idempotencyTokenSupplier(Supplier<String> supplier) {
      this.idempotencyTokenSupplier = required("idempotencyTokenSupplier", supplier);
      return this;
    }

    /** Where the async client completes its futures. */
    public Builder futureCompletionExecutor(Executor executor) {
      this.futureCompletionExecutor = required("futureCompletionExecutor", executor);
      return this;
    }

    /** The largest response body the client reads. */
    public Builder maxResponseBytes(long bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxResponseBytes must be >= 1024, was " + bytes);
      }
      this.maxResponseBytes = bytes;
      return this;
    }

    /**
     * Resolves creates whose outcome is unknown (off by default). CreateEndpoint,
     * CreateEndpointConfig, CreateModel, CreateProcessingJob and CreateCluster take no
     * idempotency token: when an attempt times out, loses its connection or gets a 5xx after the
     * request went out, SageMaker may have created the resource, and the retry then fails with
     * {@code ResourceInUse} or "Cannot create already existing ...". With this on, the client
     * then describes the resource and, when it was created after this call started and carries
     * every value the request set, returns a normal response for it instead of the error. A
     * resource that differs, or is older, is someone else's: the error stands.
     *
     * <p>Use it where a create is retried blindly and a duplicate-name error would be mistaken
     * for a real conflict (deployment jobs, pipelines of your own). Leave it off where names
     * are shared between processes that could create the same resource with the same values
     * within minutes of each other: the client cannot tell those apart.
     */
    public Builder resolveUnknownCreateOutcomes(boolean enabled) {
      this.resolveUnknownCreateOutcomes = enabled;
      return this;
    }

    /**
     * Signs with {@code signer} instead of the client's own SigV4 implementation, for example
     * {@code AwsV4HttpSigner.create()} from the AWS SDK's {@code http-auth-aws}. The client
     * passes it the signing name {@code sagemaker}, the region and the signing clock.
     */
    public Builder signer(HttpSigner<AwsCredentialsIdentity> signer) {
      this.signer = required("signer", signer);
      return this;
    }

    public OverrideConfiguration build() {
      return new OverrideConfiguration(this);
    }

    private static Duration positive(String name, Duration d) {
      required(name, d);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }

    private static <T> T required(String name, T value) {
      if (value == null) {
        throw new NullPointerException(name + " must not be null");
      }
      return value;
    }
  }
}
