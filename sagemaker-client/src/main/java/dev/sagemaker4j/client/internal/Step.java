package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.model.SageMakerRequest;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * One behaviour of every call, at fixed points of its sequence. The client's own behaviours
 * (idempotency tokens, eventual consistency, unknown outcomes) and the user's interceptors are
 * steps; the engine runs them in order and knows none of them by name.
 */
interface Step {
  /** Before checking and serialization. */
  default SageMakerRequest modifyRequest(Call<?, ?> call, SageMakerRequest request) {
    return request;
  }

  /** Before each attempt is signed. */
  default SdkHttpRequest modifyHttpRequest(Call<?, ?> call, SdkHttpRequest request) {
    return request;
  }

  /** After signing, before sending. */
  default void beforeTransmission(Call<?, ?> call, SdkHttpRequest signed) {}

  /** After each attempt, with the answer's head when there was one, or the failure. */
  default void afterAttempt(Call<?, ?> call, @Nullable SdkHttpResponse response,
      @Nullable Throwable failure) {}

  /**
   * After a failed attempt, before the retry strategy: a decision of this step's own (retry
   * after a delay, resolve, fail), or null to leave it to the next step and then the strategy.
   */
  default @Nullable Decision onFailure(Call<?, ?> call, SdkException failure) {
    return null;
  }

  /** Once, after the call succeeded. */
  default void afterExecution(Call<?, ?> call, Object response) {}

  /** Once, after the call failed for good. */
  default void onExecutionFailure(Call<?, ?> call, Throwable failure) {}
}
