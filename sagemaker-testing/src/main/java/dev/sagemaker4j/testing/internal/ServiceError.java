package dev.sagemaker4j.testing.internal;

/**
 * An error answer of the stand-in: HTTP 400 with {@code {"__type":code,"message":message}}.
 * Thrown by the operations and the request checks, turned into a response by the dispatcher.
 */
final class ServiceError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;

  ServiceError(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  /** The error code on the wire, such as {@code ValidationException} or {@code ResourceInUse}. */
  String code() {
    return code;
  }

  static ServiceError validation(String message) {
    return new ServiceError("ValidationException", message);
  }

  static ServiceError resourceInUse(String message) {
    return new ServiceError("ResourceInUse", message);
  }

  static ServiceError resourceNotFound(String message) {
    return new ServiceError("ResourceNotFound", message);
  }

  static ServiceError resourceLimitExceeded(String message) {
    return new ServiceError("ResourceLimitExceeded", message);
  }

  static ServiceError conflict(String message) {
    return new ServiceError("ConflictException", message);
  }
}
