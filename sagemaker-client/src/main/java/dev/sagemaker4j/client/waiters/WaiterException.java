package dev.sagemaker4j.client.waiters;

import dev.sagemaker4j.model.SageMakerResponse;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * A wait that did not end well: the resource reached a failure state, or the polls or the time
 * ran out. It carries the waiter's name, why, how many polls were made and the last response
 * (or the last error) seen.
 */
public final class WaiterException extends SdkClientException {
  private static final long serialVersionUID = 1L;

  /** Why the wait ended. */
  public enum Reason {
    /** A failure acceptor matched: the resource is in a state it will not leave for success. */
    FAILURE_STATE,
    /** The most polls were made. */
    MAX_ATTEMPTS,
    /** The overall time limit would have passed before the next poll. */
    TIMEOUT
  }

  private final String waiter;
  private final Reason reason;
  private final int attempts;
  private final transient @Nullable SageMakerResponse lastResponse;

  private WaiterException(Builder b, String waiter, Reason reason, int attempts,
      @Nullable SageMakerResponse lastResponse) {
    super(b);
    this.waiter = waiter;
    this.reason = reason;
    this.attempts = attempts;
    this.lastResponse = lastResponse;
  }

  /** For the waiter engine. */
  public static WaiterException create(String waiter, Reason reason, int attempts,
      String message, @Nullable SageMakerResponse lastResponse, @Nullable Throwable lastError) {
    Builder b = SdkClientException.builder().message(message).cause(lastError);
    return new WaiterException(b, waiter, reason, attempts, lastResponse);
  }

  /** The waiter's name, such as {@code EndpointInService}. */
  public String waiter() {
    return waiter;
  }

  public Reason reason() {
    return reason;
  }

  /** How many polls were made. */
  public int attempts() {
    return attempts;
  }

  /** The last response seen, when the last poll got one. */
  public Optional<SageMakerResponse> lastResponse() {
    return Optional.ofNullable(lastResponse);
  }

  /** The last poll's error, when it failed (a failure acceptor on an error code). */
  public Optional<Throwable> lastError() {
    return Optional.ofNullable(getCause());
  }
}
