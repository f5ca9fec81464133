package dev.sagemaker4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sagemaker4j.client.support.Harness;
import dev.sagemaker4j.client.support.Harness.Mode;
import dev.sagemaker4j.client.support.TestEventLoop;
import dev.sagemaker4j.client.support.Wire;
import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * A call or an attempt that passes its limit ends with the AWS SDK's timeout exception, on time,
 * and gives its connection back: each client here has a pool of one connection, and the next
 * call still goes through.
 */
class TimeoutTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).build();

  private SdkHttpClient http;
  private SdkAsyncHttpClient asyncHttp;
  private SageMakerClient sync;
  private SageMakerAsyncClient async;

  @BeforeEach
  void pools() {
    http = ApacheHttpClient.builder().maxConnections(1)
        .connectionAcquisitionTimeout(Duration.ofSeconds(2)).build();
    asyncHttp = NettyNioAsyncHttpClient.builder().eventLoopGroup(TestEventLoop.GROUP)
        .maxConcurrency(1)
        .connectionAcquisitionTimeout(Duration.ofSeconds(2)).build();
  }

  @AfterEach
  void close() {
    if (sync != null) {
      sync.close();
      async.close();
    }
    http.close();
    asyncHttp.close();
  }

  private void clients(Consumer<OverrideConfiguration.Builder> config) {
    var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "S"));
    sync = SageMakerClient.builder().region(Region.US_EAST_1)
        .endpointOverride(URI.create(wm.baseUrl())).credentialsProvider(credentials)
        .httpClient(http).overrideConfiguration(config).build();
    async = SageMakerAsyncClient.builder().region(Region.US_EAST_1)
        .endpointOverride(URI.create(wm.baseUrl())).credentialsProvider(credentials)
        .httpClient(asyncHttp).overrideConfiguration(config).build();
  }

  private Object describe(Mode mode) {
    if (mode == Mode.SYNC) {
      return sync.describeEndpoint(r -> r.endpointName("churn-endpoint"));
    }
    return Harness.join(async.describeEndpoint(r -> r.endpointName("churn-endpoint")));
  }

  private void slow(int delayMs) {
    wm.resetAll();
    wm.stubFor(post("/").willReturn(aResponse().withStatus(200).withFixedDelay(delayMs)
        .withBody("{\"EndpointName\":\"churn-endpoint\"}")));
  }

  /**
   * A call through the same pool of one connection, by a client without timeouts, goes through:
   * the timed-out exchange gave its connection back.
   */
  private void assertNextCallGoesThrough(Mode mode) {
    slow(0);
    var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "S"));
    if (mode == Mode.SYNC) {
      try (SageMakerClient plain = SageMakerClient.builder().region(Region.US_EAST_1)
          .endpointOverride(URI.create(wm.baseUrl())).credentialsProvider(credentials)
          .httpClient(http).build()) {
        plain.describeEndpoint(r -> r.endpointName("churn-endpoint"));
      }
    } else {
      try (SageMakerAsyncClient plain = SageMakerAsyncClient.builder().region(Region.US_EAST_1)
          .endpointOverride(URI.create(wm.baseUrl())).credentialsProvider(credentials)
          .httpClient(asyncHttp).build()) {
        Harness.join(plain.describeEndpoint(r -> r.endpointName("churn-endpoint")));
      }
    }
    // (a connection the timeout aborted may be found broken and replaced: a retry, not a leak)
    assertTrue(Wire.requests(wm).size() >= 1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void attemptSlowerThanItsLimit_endsInAnAttemptTimeout_andFreesTheConnection(Mode mode) {
    clients(o -> o.apiCallAttemptTimeout(Duration.ofMillis(300))
        .retryStrategy(AwsRetryStrategy.doNotRetry()));
    slow(3000);

    long start = System.nanoTime();
    ApiCallAttemptTimeoutException e = assertThrows(ApiCallAttemptTimeoutException.class,
        () -> describe(mode));
    long ms = (System.nanoTime() - start) / 1_000_000;

    assertTrue(ms < 2500, "took " + ms + " ms");
    assertEquals(1, e.numAttempts());
    assertTrue(e.getMessage().contains("apiCallAttemptTimeout of 300 ms"), e.getMessage());
    assertNextCallGoesThrough(mode);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void attemptTimeouts_areRetriedLikeIoFailures(Mode mode) {
    clients(o -> o.apiCallAttemptTimeout(Duration.ofMillis(200))
        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
            .backoffStrategy(BackoffStrategy.retryImmediately()).build()));
    slow(3000);

    ApiCallAttemptTimeoutException e = assertThrows(ApiCallAttemptTimeoutException.class,
        () -> describe(mode));

    assertEquals(3, e.numAttempts());
    assertEquals(3, Wire.requests(wm).size());
    assertNextCallGoesThrough(mode);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void callSlowerThanItsLimit_endsInACallTimeout_andFreesTheConnection(Mode mode) {
    clients(o -> o.apiCallTimeout(Duration.ofMillis(400)));
    slow(3000);

    long start = System.nanoTime();
    ApiCallTimeoutException e = assertThrows(ApiCallTimeoutException.class, () -> describe(mode));
    long ms = (System.nanoTime() - start) / 1_000_000;

    assertTrue(ms < 2500, "took " + ms + " ms");
    assertTrue(e.getMessage().startsWith("DescribeEndpoint did not complete within the"
        + " apiCallTimeout of 400 ms"), e.getMessage());
    assertNextCallGoesThrough(mode);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void callTimeout_coversTheWaitsBetweenAttempts(Mode mode) {
    clients(o -> o.apiCallTimeout(Duration.ofMillis(500))
        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
            .maxAttempts(10)
            .backoffStrategy(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofSeconds(5)))
            .build()));
    wm.stubFor(post("/").willReturn(aResponse().withStatus(503)
        .withBody("{\"__type\":\"ServiceUnavailable\",\"message\":\"busy\"}")));

    long start = System.nanoTime();
    ApiCallTimeoutException e = assertThrows(ApiCallTimeoutException.class, () -> describe(mode));
    long ms = (System.nanoTime() - start) / 1_000_000;

    // the client does not start a 5 s wait it cannot finish within the call's 500 ms
    assertTrue(ms < 1500, "took " + ms + " ms");
    assertEquals(1, Wire.requests(wm).size());
    assertInstanceOf(dev.sagemaker4j.client.exception.SageMakerException.class, e.getCause());
  }
}
