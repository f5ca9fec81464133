package dev.sagemaker4j.testing.support;

import dev.sagemaker4j.client.SageMakerAsyncClient;
import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.testing.LocalSageMaker;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;

/**
 * One stand-in for the whole test run (starting WireMock takes a moment), with a clock tests move,
 * an extra key pair, and quotas on two instance types that only the quota tests use. Tests reset
 * it before each case.
 */
public final class Shared {
  public static final String EXTRA_ACCESS_KEY = "AKIDEXTRAKEY";
  public static final String EXTRA_SECRET_KEY = "extra-secret";
  /** Endpoint instances of this type are limited to 2. */
  public static final String LIMITED_ENDPOINT_TYPE = "ml.m5.xlarge";
  /** Processing instances of this type are limited to 4. */
  public static final String LIMITED_PROCESSING_TYPE = "ml.m5.4xlarge";

  public static final TestClock CLOCK = new TestClock();
  public static final LocalSageMaker LOCAL = LocalSageMaker.builder()
      .clock(CLOCK)
      .credentials(EXTRA_ACCESS_KEY, EXTRA_SECRET_KEY)
      .endpointInstanceQuota(LIMITED_ENDPOINT_TYPE, 2)
      .processingInstanceQuota(LIMITED_PROCESSING_TYPE, 4)
      .start();
  /** The stand-in's own client. */
  public static final SageMakerClient CLIENT = LOCAL.client();
  /**
   * A client that sends what the model forbids and never retries (not even CreateEndpoint's
   * eventual-consistency retries), to see each answer of the service as it is.
   */
  public static final SageMakerClient UNCHECKED = SageMakerClient.builder()
      .region(LOCAL.region())
      .endpointOverride(LOCAL.endpoint())
      .credentialsProvider(LOCAL.credentialsProvider())
      .overrideConfiguration(o -> o.clock(CLOCK).constraintChecking(false)
          .retryStrategy(AwsRetryStrategy.doNotRetry()).eventualConsistencyRetries(0)
          .sleeper(d -> { }))
      .build();
  public static final SageMakerAsyncClient ASYNC = LOCAL.asyncClient();

  private Shared() {}

  /** Forgets everything and puts the clock back, before each test. */
  public static void reset() {
    CLOCK.set(TestClock.START);
    LOCAL.reset();
  }
}
