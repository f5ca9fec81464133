package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.client.exception.SageMakerException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * SageMaker's eventual consistency: right after a resource is made, an operation that reads it
 * can fail as if it did not exist (CreateEndpoint right after CreateEndpointConfig: "Could not
 * find endpoint configuration"). The failures that are this, per operation, come from the
 * generated operation descriptor; they are retried with their own bounded backoff, outside the
 * retry strategy's quota. Any other failure is left to the next step.
 */
final class EventualConsistency implements Step {
  private final int maxRetries;
  private final BackoffStrategy backoff;

  EventualConsistency(int maxRetries, BackoffStrategy backoff) {
    this.maxRetries = maxRetries;
    this.backoff = backoff;
  }

  @Override
  public @Nullable Decision onFailure(Call<?, ?> call, SdkException failure) {
    if (call.consistencyRetries >= maxRetries || !matches(call.operation, failure)) {
      return null;
    }
    call.consistencyRetries++;
    // computeDelay takes the number of the attempt about to be made: retry n is attempt n + 1
    Duration delay = backoff.computeDelay(call.consistencyRetries + 1);
    ClientRuntime.LOG.debug("{}: {}; retry {} of {} for eventual consistency in {} ms",
        call.operation.name(), failure.getMessage(), call.consistencyRetries, maxRetries,
        delay.toMillis());
    return Decision.retry(delay);
  }

  static boolean matches(Operation<?, ?> operation, SdkException failure) {
    if (operation.consistencyRules().isEmpty() || !(failure instanceof SageMakerException e)) {
      return false;
    }
    String message = e.errorMessage();
    for (Operation.ErrorForm rule : operation.consistencyRules()) {
      if (rule.errorCode().equals(e.errorCode()) && message != null
          && message.startsWith(rule.messagePrefix())) {
        return true;
      }
    }
    return false;
  }
}
