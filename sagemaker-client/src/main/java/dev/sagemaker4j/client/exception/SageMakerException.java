package dev.sagemaker4j.client.exception;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * An error answer from SageMaker: the error code, the service's message, the HTTP status, the
 * request id and how many attempts the call made. Modeled errors have their own subclasses
 * ({@link ResourceInUseException}, {@link ResourceLimitExceededException}, {@link
 * ResourceNotFoundException}, {@link ConflictException}); every other code, such as {@code
 * ValidationException} or {@code ThrottlingException}, arrives as this class with its code
 * intact.
 *
 * <p>It extends the AWS SDK's {@link AwsServiceException}, so code that handles AWS errors keeps
 * working: {@code awsErrorDetails().errorCode()}, {@code statusCode()}, {@code requestId()},
 * {@code isThrottlingException()}.
 *
 * <pre>{@code
 * try {
 *   client.createEndpoint(request);
 * } catch (ResourceLimitExceededException e) {
 *   // ask for a quota increase
 * } catch (SageMakerException e) {
 *   if ("ValidationException".equals(e.errorCode())) { ... }
 * }
 * }</pre>
 */
public class SageMakerException extends AwsServiceException {
  private static final long serialVersionUID = 1L;

  private final boolean clockSkewed;

  protected SageMakerException(Builder builder) {
    super(builder);
    this.clockSkewed = builder instanceof BuilderImpl b && b.clockSkewed;
  }

  /**
   * Whether SageMaker refused the request for its signing time: the AWS SDK's error codes for
   * that, or an error about the signature whose answer is dated more than four minutes from the
   * client's signing clock. The retry strategies retry such errors, signed with the service's
   * time.
   */
  @Override
  public boolean isClockSkewException() {
    return clockSkewed || super.isClockSkewException();
  }

  /**
   * The error code, such as {@code ValidationException} or {@code ResourceInUse}; null when the
   * response carried none (an HTML page from a proxy, say).
   */
  public String errorCode() {
    AwsErrorDetails details = awsErrorDetails();
    return details == null ? null : details.errorCode();
  }

  /** The service's message, or a description of the response when it carried none. */
  public String errorMessage() {
    AwsErrorDetails details = awsErrorDetails();
    return details == null || details.errorMessage() == null ? super.rawMessage()
        : details.errorMessage();
  }

  /** How many attempts the call made before it ended with this error. */
  public int attempts() {
    Integer n = numAttempts();
    return n == null ? 1 : n;
  }

  public static Builder builder() {
    return new BuilderImpl();
  }

  @Override
  public Builder toBuilder() {
    return new BuilderImpl(this);
  }

  /** Builds a {@link SageMakerException}; the runtime uses it, tests and fakes may too. */
  public interface Builder extends AwsServiceException.Builder {
    @Override
    Builder awsErrorDetails(AwsErrorDetails awsErrorDetails);

    @Override
    Builder message(String message);

    @Override
    Builder cause(Throwable cause);

    @Override
    Builder requestId(String requestId);

    @Override
    Builder extendedRequestId(String extendedRequestId);

    @Override
    Builder statusCode(int statusCode);

    @Override
    Builder numAttempts(Integer numAttempts);

    /** Marks the error as one refused for the client's clock; see {@link #isClockSkewException}. */
    Builder clockSkewed(boolean clockSkewed);

    @Override
    SageMakerException build();
  }

  /** The builder; generated subclasses extend it. */
  protected static class BuilderImpl extends AwsServiceException.BuilderImpl implements Builder {
    private boolean clockSkewed;

    protected BuilderImpl() {}

    protected BuilderImpl(SageMakerException ex) {
      super(ex);
      numAttempts(ex.numAttempts());
      clockSkewed = ex.clockSkewed;
    }

    @Override
    public Builder clockSkewed(boolean clockSkewed) {
      this.clockSkewed = clockSkewed;
      return this;
    }

    @Override
    public Builder awsErrorDetails(AwsErrorDetails awsErrorDetails) {
      this.awsErrorDetails = awsErrorDetails;
      return this;
    }

    @Override
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    @Override
    public Builder cause(Throwable cause) {
      this.cause = cause;
      return this;
    }

    @Override
    public Builder requestId(String requestId) {
      this.requestId = requestId;
      return this;
    }

    @Override
    public Builder extendedRequestId(String extendedRequestId) {
      this.extendedRequestId = extendedRequestId;
      return this;
    }

    @Override
    public Builder statusCode(int statusCode) {
      this.statusCode = statusCode;
      return this;
    }

    @Override
    public Builder numAttempts(Integer numAttempts) {
      super.numAttempts(numAttempts);
      return this;
    }

    @Override
    public SageMakerException build() {
      return new SageMakerException(this);
    }
  }
}
