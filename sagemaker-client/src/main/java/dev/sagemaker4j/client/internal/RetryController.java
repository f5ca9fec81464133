package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.client.exception.SageMakerException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;

/**
 * The retry decisions of one call, shared by the sync and async clients; only how they wait
 * differs. The ladder, in order:
 * <ol>
 *   <li>CreateEndpoint failing with "Could not find endpoint configuration" or "Could not find
 *       model" right after they were made is SageMaker's eventual consistency: retried with its
 *       own bounded backoff, outside the retry quota;</li>
 *   <li>everything else goes to the AWS SDK retry strategy, which retries throttling, 5xx,
 *       clock skew and I/O failures with backoff and jitter while its attempts and quota last,
 *       and refuses modeled client errors and validation failures;</li>
 *   <li>a refusal ends the call with the failure.</li>
 * </ol>
 */
final class RetryController {
  private static final String SCOPE = "sagemaker";

  private final ClientRuntime runtime;
  private final Operation<?, ?> operation;
  private RetryToken token;
  private int consistencyRetries;
  private boolean mayHaveCreated;

  RetryController(ClientRuntime runtime, Operation<?, ?> operation) {
    this.runtime = runtime;
    this.operation = operation;
  }

  /** Starts the call; returns how long to wait before the first attempt (usually zero). */
  Duration begin() {
    AcquireInitialTokenResponse r =
        runtime.retryStrategy.acquireInitialToken(AcquireInitialTokenRequest.create(SCOPE));
    token = r.token();
    return r.delay();
  }

  /** The attempts the strategy allows, for the {@code amz-sdk-request} header. */
  int maxAttempts() {
    return runtime.retryStrategy.maxAttempts();
  }

  void succeeded() {
    runtime.retryStrategy.recordSuccess(RecordSuccessRequest.create(token));
  }

  /**
   * Whether an earlier attempt failed in a way that lets the request have been processed: a
   * timeout, a lost connection, an unreadable answer or a 5xx.
   */
  boolean mayHaveCreated() {
    return mayHaveCreated;
  }

  /** After a failed attempt: how long to wait before the next one, or null to give up. */
  @Nullable Duration failed(SdkException failure) {
    if (failure instanceof software.amazon.awssdk.core.exception.SdkServiceException) {
      mayHaveCreated |= ((software.amazon.awssdk.core.exception.SdkServiceException) failure)
          .statusCode() >= 500;
    } else if (failure instanceof software.amazon.awssdk.core.exception.SdkClientException) {
      mayHaveCreated = true;
    }
    if (isEventualConsistency(failure)
        && consistencyRetries < runtime.config.eventualConsistencyRetries()) {
      consistencyRetries++;
      // computeDelay takes the number of the attempt about to be made: retry n is attempt n + 1
      Duration delay =
          runtime.config.eventualConsistencyBackoff().computeDelay(consistencyRetries + 1);
      ClientRuntime.LOG.debug("{}: {}; retry {} of {} for eventual consistency in {} ms",
          operation, failure.getMessage(), consistencyRetries,
          runtime.config.eventualConsistencyRetries(), delay.toMillis());
      return delay;
    }
    try {
      RefreshRetryTokenResponse r = runtime.retryStrategy.refreshRetryToken(
          RefreshRetryTokenRequest.builder().token(token).failure(failure).build());
      token = r.token();
      return r.delay();
    } catch (TokenAcquisitionFailedException refused) {
      return null;
    }
  }

  private boolean isEventualConsistency(SdkException failure) {
    if (!"CreateEndpoint".equals(operation.name()) || !(failure instanceof SageMakerException)) {
      return false;
    }
    SageMakerException e = (SageMakerException) failure;
    String message = e.errorMessage();
    return "ValidationException".equals(e.errorCode()) && message != null
        && (message.startsWith("Could not find endpoint configuration")
            || message.startsWith("Could not find model"));
  }
}
