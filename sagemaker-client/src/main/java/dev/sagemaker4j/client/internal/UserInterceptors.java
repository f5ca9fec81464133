package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.client.SageMakerInterceptor;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/** The user's interceptors, in the order they were added, as one step of every call. */
final class UserInterceptors implements Step {
  private final List<SageMakerInterceptor> interceptors;

  UserInterceptors(List<SageMakerInterceptor> interceptors) {
    this.interceptors = List.copyOf(interceptors);
  }

  boolean isEmpty() {
    return interceptors.isEmpty();
  }

  @Override
  public SageMakerRequest modifyRequest(Call<?, ?> call, SageMakerRequest request) {
    SageMakerRequest r = request;
    for (SageMakerInterceptor i : interceptors) {
      SageMakerRequest changed = i.modifyRequest(call, r);
      if (changed == null || changed.getClass() != request.getClass()) {
        throw new IllegalStateException(i.getClass().getName() + ".modifyRequest must return a "
            + request.getClass().getSimpleName() + ", returned " + (changed == null ? "null"
                : changed.getClass().getName()));
      }
      r = changed;
    }
    return r;
  }

  @Override
  public SdkHttpRequest modifyHttpRequest(Call<?, ?> call, SdkHttpRequest request) {
    SdkHttpRequest r = request;
    for (SageMakerInterceptor i : interceptors) {
      r = i.modifyHttpRequest(call, r);
      if (r == null) {
        throw new IllegalStateException(i.getClass().getName()
            + ".modifyHttpRequest must return a request, returned null");
      }
    }
    return r;
  }

  @Override
  public void beforeTransmission(Call<?, ?> call, SdkHttpRequest signed) {
    for (SageMakerInterceptor i : interceptors) {
      i.beforeTransmission(call, signed);
    }
  }

  @Override
  public void afterAttempt(Call<?, ?> call, @Nullable SdkHttpResponse response,
      @Nullable Throwable failure) {
    for (SageMakerInterceptor i : interceptors) {
      i.afterAttempt(call, response, failure);
    }
  }

  @Override
  public void afterExecution(Call<?, ?> call, Object response) {
    for (SageMakerInterceptor i : interceptors) {
      i.afterExecution(call, (SageMakerResponse) response);
    }
  }

  @Override
  public void onExecutionFailure(Call<?, ?> call, Throwable failure) {
    for (SageMakerInterceptor i : interceptors) {
      i.onExecutionFailure(call, failure);
    }
  }
}
