package dev.sagemaker4j.client.exception;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * SageMaker answered, but the answer could not be read: a success whose body is truncated or
 * not the expected JSON, or a body larger than the client accepts. It carries the HTTP status
 * and request id of that answer and the parser's failure as its cause. Like other I/O failures
 * it is retried: a truncated read of a create may mean the create happened, so see the README
 * on idempotency.
 */
public final class UnreadableResponseException extends SdkClientException {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final int statusCode;
  private final @Nullable String requestId;

  private UnreadableResponseException(Builder b, String operation, int statusCode,
      @Nullable String requestId) {
    super(b);
    this.operation = operation;
    this.statusCode = statusCode;
    this.requestId = requestId;
  }

  /** A new exception; the message says what was wrong, with status and request id. */
  public static UnreadableResponseException create(String operation, int statusCode,
      @Nullable String requestId, int attempts, String problem, @Nullable Throwable cause) {
    String message = "SageMaker's response to " + operation + " could not be read: " + problem
        + " (Service: SageMaker, Status Code: " + statusCode + ", Request ID: " + requestId + ")";
    Builder b = SdkClientException.builder().message(message).cause(cause);
    b.numAttempts(attempts);
    return new UnreadableResponseException(b, operation, statusCode, requestId);
  }

  /** The operation whose response this was, such as {@code DescribeEndpoint}. */
  public String operation() {
    return operation;
  }

  /** The HTTP status of the response. */
  public int statusCode() {
    return statusCode;
  }

  /** The request id the response carried, or null. */
  public @Nullable String requestId() {
    return requestId;
  }
}
