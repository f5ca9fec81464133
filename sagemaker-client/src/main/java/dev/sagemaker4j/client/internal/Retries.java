package dev.sagemaker4j.client.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;

/**
 * The AWS SDK retry strategy, as the last rung of the ladder after a failed attempt: it retries
 * throttling, 5xx, clock skew and I/O failures with backoff and jitter while its attempts and
 * quota last, and refuses modeled client errors and validation failures.
 */
final class Retries {
  private static final String SCOPE = "sagemaker";

  private final RetryStrategy strategy;

  Retries(RetryStrategy strategy) {
    this.strategy = strategy;
  }

  /** Starts a call; returns how long to wait before its first attempt (usually zero). */
  Duration begin(Call<?, ?> call) {
    AcquireInitialTokenResponse r =
        strategy.acquireInitialToken(AcquireInitialTokenRequest.create(SCOPE));
    call.retryToken = r.token();
    return r.delay();
  }

  /** The attempts the strategy allows, for the {@code amz-sdk-request} header. */
  int maxAttempts() {
    return strategy.maxAttempts();
  }

  void succeeded(Call<?, ?> call) {
    if (call.retryToken != null) {
      strategy.recordSuccess(RecordSuccessRequest.create(call.retryToken));
    }
  }

  /** After a failed attempt: how long to wait before the next one, or null to give up. */
  @Nullable Duration failed(Call<?, ?> call, SdkException failure) {
    try {
      RefreshRetryTokenResponse r = strategy.refreshRetryToken(
          RefreshRetryTokenRequest.builder().token(call.retryToken).failure(failure).build());
      call.retryToken = r.token();
      return r.delay();
    } catch (TokenAcquisitionFailedException refused) {
      return null;
    }
  }
}
