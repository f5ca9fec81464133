package dev.sagemaker4j.testing;

/**
 * Error answers SageMaker gives, for {@link OperationStub#willFail(SageMakerError, String)}: the
 * code on the wire and its HTTP status. Any other code can be stubbed with {@link
 * OperationStub#willFail(String, String)}.
 */
public enum SageMakerError {
  /** Modeled: a resource of that name exists (processing jobs, clusters). */
  RESOURCE_IN_USE("ResourceInUse", 400),
  /** Modeled: an account quota is used up. */
  RESOURCE_LIMIT_EXCEEDED("ResourceLimitExceeded", 400),
  /** Modeled: pipelines, executions, clusters that do not exist. */
  RESOURCE_NOT_FOUND("ResourceNotFound", 400),
  /** Modeled: the resource's state forbids the change. */
  CONFLICT("ConflictException", 400),
  /** A rule of the request broken, or a model, config or endpoint missing or existing. */
  VALIDATION("ValidationException", 400),
  /** Too many requests. */
  THROTTLING("ThrottlingException", 400),
  /** The caller may not do this. */
  ACCESS_DENIED("AccessDeniedException", 400),
  /** The service failed. */
  INTERNAL_FAILURE("InternalFailure", 500),
  /** The service is unavailable. */
  SERVICE_UNAVAILABLE("ServiceUnavailable", 503);

  private final String code;
  private final int status;

  SageMakerError(String code, int status) {
    this.code = code;
    this.status = status;
  }

  /** The code on the wire, such as {@code ResourceLimitExceeded}. */
  public String code() {
    return code;
  }

  /** The HTTP status it comes with. */
  public int status() {
    return status;
  }
}
