package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.client.exception.UnreadableResponseException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The one place each kind of client-side failure is made, with the same message whichever
 * client (sync or async) and whichever HTTP client met it.
 */
final class Failures {
  private Failures() {}

  static ApiCallAttemptTimeoutException attemptTimeout(String operation, int attempt,
      Duration limit, @Nullable Throwable cause) {
    return ApiCallAttemptTimeoutException.builder()
        .message(operation + " attempt " + attempt + " did not complete within the"
            + " apiCallAttemptTimeout of " + limit.toMillis() + " ms")
        .cause(cause)
        .numAttempts(attempt)
        .build();
  }

  static ApiCallTimeoutException callTimeout(String operation, Duration limit, int attempts,
      @Nullable Throwable cause) {
    return ApiCallTimeoutException.builder()
        .message(operation + " did not complete within the apiCallTimeout of "
            + limit.toMillis() + " ms (" + attempts + (attempts == 1 ? " attempt" : " attempts")
            + ")")
        .cause(cause)
        .numAttempts(attempts)
        .build();
  }

  /** The client was closed while the call was in flight. */
  static AbortedException closed(String operation, int attempts) {
    return AbortedException.builder()
        .message(operation + " was aborted: the SageMaker client was closed while the call was"
            + " in flight (" + attempts + (attempts == 1 ? " attempt" : " attempts") + ")")
        .numAttempts(attempts)
        .build();
  }

  /** An I/O failure: the request could not be sent or the answer not received. */
  static SdkClientException io(String operation, String endpoint, int attempt, Throwable cause) {
    String what = cause.getMessage() == null ? cause.getClass().getSimpleName()
        : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    return SdkClientException.builder()
        .message("Unable to execute HTTP request to SageMaker at " + endpoint + " (" + operation
            + "): " + what)
        .cause(cause instanceof IOException || cause instanceof RuntimeException ? cause
            : new IOException(cause))
        .numAttempts(attempt)
        .build();
  }

  static UnreadableResponseException tooLarge(String operation, SdkHttpResponse response,
      int attempt, long max, long declared) {
    return UnreadableResponseException.create(operation, response.statusCode(),
        ErrorMapper.requestId(response), attempt, "the body " + (declared > 0 ? "of " + declared
            + " bytes " : "") + "is larger than maxResponseBytes (" + max + ")", null);
  }

  static UnreadableResponseException truncated(String operation, SdkHttpResponse response,
      int attempt, long read, long declared) {
    return UnreadableResponseException.create(operation, response.statusCode(),
        ErrorMapper.requestId(response), attempt, "the response ended after " + read + " of its "
            + declared + " bytes", new java.io.EOFException("the response ended after " + read
            + " of its " + declared + " bytes"));
  }

  /** What an exception from a future or a transport stands for: the cause it wraps. */
  static Throwable unwrap(Throwable t) {
    Throwable e = t;
    while ((e instanceof CompletionException || e instanceof ExecutionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }

  /** A failure as an {@link SdkException}: already one, or an I/O failure around it. */
  static SdkException sdk(String operation, String endpoint, int attempt, Throwable t) {
    Throwable e = unwrap(t);
    return e instanceof SdkException s ? s : io(operation, endpoint, attempt, e);
  }
}
