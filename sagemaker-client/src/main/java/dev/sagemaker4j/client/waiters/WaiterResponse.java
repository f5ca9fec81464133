package dev.sagemaker4j.client.waiters;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a wait ended well: the last response, or the error that a success acceptor matched (for
 * EndpointDeleted, the {@code ValidationException} saying the endpoint is gone), and how many
 * polls it took.
 *
 * @param <T> the polled operation's response
 */
public final class WaiterResponse<T> {
  private final @Nullable T response;
  private final @Nullable Throwable exception;
  private final int attempts;

  private WaiterResponse(@Nullable T response, @Nullable Throwable exception, int attempts) {
    this.response = response;
    this.exception = exception;
    this.attempts = attempts;
  }

  public static <T> WaiterResponse<T> ofResponse(T response, int attempts) {
    return new WaiterResponse<>(response, null, attempts);
  }

  public static <T> WaiterResponse<T> ofException(Throwable exception, int attempts) {
    return new WaiterResponse<>(null, exception, attempts);
  }

  /** The last response, when a response ended the wait. */
  public Optional<T> response() {
    return Optional.ofNullable(response);
  }

  /** The matched error, when an error ended the wait. */
  public Optional<Throwable> exception() {
    return Optional.ofNullable(exception);
  }

  /** How many polls the wait made. */
  public int attempts() {
    return attempts;
  }

  @Override
  public String toString() {
    return "WaiterResponse(" + (response != null ? response : exception) + ", attempts="
        + attempts + ")";
  }
}
