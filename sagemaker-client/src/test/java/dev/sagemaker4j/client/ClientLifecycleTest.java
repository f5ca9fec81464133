package dev.sagemaker4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.support.ClientTestBase;
import dev.sagemaker4j.client.support.Harness;
import dev.sagemaker4j.client.support.Harness.Mode;
import dev.sagemaker4j.client.support.Wire;
import dev.sagemaker4j.model.ConstraintViolationException;
import dev.sagemaker4j.model.CreateEndpointRequest;
import dev.sagemaker4j.model.fixtures.FixtureRequests;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * What happens before anything is sent (the model check), and the client's own life: what it
 * closes, what it leaves open, what its {@code toString} shows.
 */
class ClientLifecycleTest extends ClientTestBase {
  private static final CreateEndpointRequest INVALID = FixtureRequests.createEndpoint().toBuilder()
      .endpointName("not a valid name").endpointConfigName(null).build();

  @ParameterizedTest
  @EnumSource(Mode.class)
  void requestBreakingTheModel_isRejectedBeforeAnythingIsSent(Mode mode) {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(200).withBody("{}")));

    ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
        () -> harness.call(mode, c -> c.createEndpoint(INVALID), c -> c.createEndpoint(INVALID)));

    assertEquals(2, e.violations().size());
    assertEquals("EndpointName", e.violations().get(0).path());
    assertEquals(0, Wire.requests(wm).size());
  }

  @Test
  void asyncClient_reportsARejectedRequestInTheFuture_notByThrowing() {
    CompletableFuture<?> future = harness.async.createEndpoint(INVALID);

    ExecutionException e = assertThrows(ExecutionException.class, future::get);
    assertInstanceOf(ConstraintViolationException.class, e.getCause());
  }

  @Test
  void checkingTurnedOff_sendsTheRequestAsItIs() {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(200).withBody("{}")));
    try (SageMakerClient client = SageMakerClient.builder().region(Region.US_EAST_1)
        .endpointOverride(URI.create(wm.baseUrl()))
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKID", "SECRET")))
        .httpClient(harness.http)
        .overrideConfiguration(o -> o.constraintChecking(false))
        .build()) {
      client.createEndpoint(INVALID);
    }

    assertTrue(Wire.only(wm).getBodyAsString().contains("\"EndpointName\":\"not a valid name\""));
  }

  @Test
  void closingTheClient_leavesAnHttpClientItWasGivenOpen() {
    AtomicBoolean closed = new AtomicBoolean();
    SdkHttpClient given = new SdkHttpClient() {
      final SdkHttpClient delegate = UrlConnectionHttpClient.create();

      @Override
      public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return delegate.prepareRequest(request);
      }

      @Override
      public void close() {
        closed.set(true);
        delegate.close();
      }
    };
    SageMakerClient client = SageMakerClient.builder().region(Region.US_EAST_1)
        .endpointOverride(URI.create(wm.baseUrl()))
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKID", "SECRET")))
        .httpClient(given).build();

    client.close();

    assertFalse(closed.get());
    given.close();
  }

  @Test
  void closedClient_refusesCalls() {
    SageMakerClient client = SageMakerClient.builder().region(Region.US_EAST_1)
        .endpointOverride(URI.create(wm.baseUrl()))
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKID", "SECRET")))
        .build();
    client.close();
    client.close(); // idempotent

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> client.describeEndpoint(r -> r.endpointName("e")));
    assertEquals("the SageMaker client is closed", e.getMessage());
  }

  @Test
  void toString_showsRegionAndEndpoint_andNoCredentials() {
    String text = harness.sync.toString() + harness.async.toString();

    assertTrue(text.contains("region=us-east-1"), text);
    assertTrue(text.contains("endpoint=" + wm.baseUrl()), text);
    assertFalse(text.contains(Harness.SECRET_KEY), text);
    assertFalse(text.contains(Harness.ACCESS_KEY), text);
  }

  @Test
  void clientsWithoutTimeouts_startNoThreads() {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(200).withBody("{}")));
    try (SageMakerClient client = SageMakerClient.builder().region(Region.US_EAST_1)
        .endpointOverride(URI.create(wm.baseUrl()))
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKID", "SECRET")))
        .httpClient(harness.http).build()) {
      client.describeEndpoint(r -> r.endpointName("e"));

      assertFalse(Thread.getAllStackTraces().keySet().stream()
          .anyMatch(t -> t.getName().startsWith("sagemaker4j-")));
    }
  }

  @Test
  void overrideConfiguration_rejectsBadValuesWithTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OverrideConfiguration.builder().apiCallTimeout(java.time.Duration.ZERO));
    assertEquals("apiCallTimeout must be positive, was PT0S", e.getMessage());
    assertEquals("eventualConsistencyRetries must be >= 0, was -1",
        assertThrows(IllegalArgumentException.class,
            () -> OverrideConfiguration.builder().eventualConsistencyRetries(-1)).getMessage());
  }
}
