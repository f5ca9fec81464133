package dev.sagemaker4j.client;

import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * A step of your own in every call a client makes: add headers, record metrics, trace. Every
 * hook has a default that does nothing; implement the ones you need and add the interceptor to
 * the client's {@code overrideConfiguration(o -> o.addInterceptor(...))}. Interceptors run in
 * the order they were added, on the calling thread (sync) or the thread that completes the step
 * (async): keep them short and never block in an async client's.
 *
 * <pre>{@code
 * SageMakerInterceptor teamHeader = new SageMakerInterceptor() {
 *   public SdkHttpRequest modifyHttpRequest(AttemptContext attempt, SdkHttpRequest request) {
 *     return request.toBuilder().putHeader("X-Team", "ml-platform").build();
 *   }
 * };
 * }</pre>
 *
 * <p>The hooks of one call, in order: {@link #modifyRequest} once; then for each attempt {@link
 * #modifyHttpRequest}, {@link #beforeTransmission} and {@link #afterAttempt}; then {@link
 * #afterExecution} or {@link #onExecutionFailure} once. An exception thrown by a hook ends the
 * call with it. The client's own steps (checking, the idempotency token, signing, retries) are
 * not affected by what an interceptor observes, only by what it returns.
 */
public interface SageMakerInterceptor {
  /**
   * Before the request is checked and serialized: return it, or a changed copy ({@code
   * toBuilder()...build()}) of the same type.
   */
  default SageMakerRequest modifyRequest(CallContext call, SageMakerRequest request) {
    return request;
  }

  /**
   * Before each attempt is signed: return the HTTP request, or a changed copy (headers you add
   * are signed with the rest). Changing the method, the path or the body is not supported.
   */
  default SdkHttpRequest modifyHttpRequest(AttemptContext attempt, SdkHttpRequest request) {
    return request;
  }

  /** After signing, just before the attempt is sent. Never log its headers: they are secret. */
  default void beforeTransmission(AttemptContext attempt, SdkHttpRequest signedRequest) {}

  /**
   * After each attempt: with the response's status and headers when one arrived (an error
   * answer included), and with the failure when the attempt failed (an error answer, a timeout,
   * an I/O failure).
   */
  default void afterAttempt(AttemptContext attempt, @Nullable SdkHttpResponse response,
      @Nullable Throwable failure) {}

  /** Once, when the call succeeded. */
  default void afterExecution(CallContext call, SageMakerResponse response) {}

  /** Once, when the call failed for good (after its retries). */
  default void onExecutionFailure(CallContext call, Throwable failure) {}
}
