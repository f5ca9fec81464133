package dev.sagemaker4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * 200 calls in flight at once against responses delayed by two seconds complete in about one
 * delay, on a few threads: the async client never parks a thread per call.
 */
class AsyncConcurrencyTest {
  private static final int CALLS = 200;
  private static final int DELAY_MS = 2000;

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().containerThreads(CALLS + 50)
          .jettyAcceptors(2)).build();

  @Test
  void twoHundredCallsInFlight_completeInAboutOneDelay_onABoundedNumberOfThreads()
      throws Exception {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(200).withFixedDelay(DELAY_MS)
        .withBody("{\"EndpointName\":\"churn-endpoint\",\"EndpointStatus\":\"InService\"}")));
    int threadsBefore = Thread.activeCount();
    try (SdkAsyncHttpClient http = NettyNioAsyncHttpClient.builder().maxConcurrency(CALLS)
            .build();
        SageMakerAsyncClient client = SageMakerAsyncClient.builder()
            .region(Region.US_EAST_1)
            .endpointOverride(URI.create(wm.baseUrl()))
            .credentialsProvider(StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKID", "SECRET")))
            .httpClient(http)
            .build()) {
      // warm up: a first round opens the pool's connections and loads the call path
      List<CompletableFuture<DescribeEndpointResponse>> warmUp = new ArrayList<>();
      for (int i = 0; i < CALLS; i++) {
        warmUp.add(client.describeEndpoint(r -> r.endpointName("churn-endpoint")));
      }
      CompletableFuture.allOf(warmUp.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);

      long start = System.nanoTime();
      List<CompletableFuture<DescribeEndpointResponse>> calls = new ArrayList<>();
      for (int i = 0; i < CALLS; i++) {
        calls.add(client.describeEndpoint(r -> r.endpointName("churn-endpoint")));
      }
      long submitMs = (System.nanoTime() - start) / 1_000_000;
      int threadsDuring = Thread.activeCount();
      CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
      long elapsedMs = (System.nanoTime() - start) / 1_000_000;

      for (CompletableFuture<DescribeEndpointResponse> c : calls) {
        assertEquals("InService", c.join().endpointStatusAsString());
      }
      System.out.printf("%d calls: submitted in %d ms, all done in %d ms (delay %d ms);"
          + " threads %d before, %d during%n", CALLS, submitMs, elapsedMs, DELAY_MS,
          threadsBefore, threadsDuring);
      assertTrue(submitMs < DELAY_MS, "submitting must not wait for responses: " + submitMs);
      assertTrue(elapsedMs < DELAY_MS * 2, "took " + elapsedMs + " ms");
      // WireMock's own pool holds its threads; the client adds a few event-loop threads at most
      int clientThreads = clientThreads();
      assertTrue(clientThreads <= 2 * Runtime.getRuntime().availableProcessors() + 2,
          "client threads: " + clientThreads);
    }
  }

  private static int clientThreads() {
    int n = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      String name = t.getName();
      if (name.startsWith("aws-java-sdk-NettyEventLoop") || name.startsWith("sagemaker4j-")) {
        n++;
      }
    }
    return n;
  }
}
