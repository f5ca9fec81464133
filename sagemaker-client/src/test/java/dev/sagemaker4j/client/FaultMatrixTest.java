package dev.sagemaker4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.client.support.Harness;
import dev.sagemaker4j.client.support.Harness.Mode;
import dev.sagemaker4j.client.support.TestEventLoop;
import dev.sagemaker4j.client.support.Wire;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * The fault matrix, sync and async: every network fault, once (the retry succeeds) and for ever
 * (a typed exception), within the configured timeouts; afterwards the pool of one connection
 * still serves a call, so nothing was left checked out, and once the client is closed none of
 * its threads is alive.
 */
class FaultMatrixTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).build();

  private static final String OK = "{\"EndpointName\":\"churn-endpoint\",\"EndpointStatus\":"
      + "\"InService\"}";

  private SdkHttpClient http;
  private SdkAsyncHttpClient asyncHttp;
  private final List<AutoCloseable> clients = new ArrayList<>();

  @BeforeEach
  void pools() {
    http = ApacheHttpClient.builder().maxConnections(1)
        .connectionAcquisitionTimeout(Duration.ofSeconds(2)).build();
    asyncHttp = NettyNioAsyncHttpClient.builder().eventLoopGroup(TestEventLoop.GROUP)
        .maxConcurrency(1)
        .connectionAcquisitionTimeout(Duration.ofSeconds(2)).build();
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : clients) {
      c.close();
    }
    assertTrue(Thread.getAllStackTraces().keySet().stream()
            .noneMatch(t -> t.isAlive() && t.getName().startsWith("sagemaker4j-")),
        "a thread the SDK started is still alive after close");
    http.close();
    asyncHttp.close();
  }

  enum Cell {
    CONNECTION_RESET(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
    EMPTY_RESPONSE(aResponse().withFault(Fault.EMPTY_RESPONSE)),
    MALFORMED_CHUNK(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)),
    RANDOM_DATA_THEN_CLOSE(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)),
    SLOWER_THAN_THE_ATTEMPT_TIMEOUT(aResponse().withStatus(200).withBody(OK)
        .withFixedDelay(1500)),
    SERVER_ERROR_503(aResponse().withStatus(503)
        .withBody("{\"__type\":\"ServiceUnavailable\",\"message\":\"busy\"}")),
    THROTTLED(aResponse().withStatus(400)
        .withBody("{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}"));

    final ResponseDefinitionBuilder fault;

    Cell(ResponseDefinitionBuilder fault) {
      this.fault = fault;
    }
  }

  static Stream<Arguments> cells() {
    return Stream.of(Cell.values()).flatMap(c -> Stream.of(Mode.values())
        .flatMap(m -> Stream.of(Arguments.of(c, m, true), Arguments.of(c, m, false))));
  }

  private Object client(Mode mode, URI endpoint, Consumer<OverrideConfiguration.Builder> config) {
    var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "S"));
    Consumer<OverrideConfiguration.Builder> base = o -> o
        .apiCallAttemptTimeout(Duration.ofMillis(400))
        .apiCallTimeout(Duration.ofSeconds(5))
        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
            .backoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(20)))
            .throttlingBackoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(20)))
            .build());
    AutoCloseable c = mode == Mode.SYNC
        ? SageMakerClient.builder().region(Region.US_EAST_1).endpointOverride(endpoint)
            .credentialsProvider(credentials).httpClient(http)
            .overrideConfiguration(base.andThen(config)).build()
        : SageMakerAsyncClient.builder().region(Region.US_EAST_1).endpointOverride(endpoint)
            .credentialsProvider(credentials).httpClient(asyncHttp)
            .overrideConfiguration(base.andThen(config)).build();
    clients.add(c);
    return c;
  }

  private static DescribeEndpointResponse describe(Object client) {
    if (client instanceof SageMakerClient) {
      return ((SageMakerClient) client).describeEndpoint(r -> r.endpointName("churn-endpoint"));
    }
    CompletableFuture<DescribeEndpointResponse> f = ((SageMakerAsyncClient) client)
        .describeEndpoint(r -> r.endpointName("churn-endpoint"));
    return Harness.join(f);
  }

  @ParameterizedTest(name = "{0} {1} once={2}")
  @MethodSource("cells")
  void fault_endsInSuccessByRetry_orInATypedException_onTime(Cell cell, Mode mode, boolean once) {
    wm.stubFor(post("/").inScenario("fault").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(cell.fault).willSetStateTo(once ? "healed" : Scenario.STARTED));
    wm.stubFor(post("/").inScenario("fault").whenScenarioStateIs("healed")
        .willReturn(aResponse().withStatus(200).withBody(OK)));
    Object client = client(mode, URI.create(wm.baseUrl()), o -> {});

    long start = System.nanoTime();
    if (once) {
      DescribeEndpointResponse r = describe(client);
      assertEquals("InService", r.endpointStatusAsString());
      assertEquals(2, r.responseMetadata().orElseThrow().attempts());
    } else {
      SdkException e = assertThrows(SdkException.class, () -> describe(client));
      assertEquals(3, e.numAttempts(), e.toString());
      if (cell == Cell.SERVER_ERROR_503 || cell == Cell.THROTTLED) {
        assertInstanceOf(SageMakerException.class, e);
      } else if (cell == Cell.SLOWER_THAN_THE_ATTEMPT_TIMEOUT) {
        assertInstanceOf(ApiCallAttemptTimeoutException.class, e);
      } else {
        assertInstanceOf(SdkClientException.class, e);
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertTrue(ms < 5_000, "took " + ms + " ms");

    wm.resetAll();
    wm.stubFor(post("/").willReturn(aResponse().withStatus(200).withBody(OK)));
    describe(client); // the pool's only connection is free again
    assertEquals(1, Wire.requests(wm).size());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void serverThatAcceptsAndNeverAnswers_endsInAnAttemptTimeout(Mode mode) throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      List<Socket> held = new ArrayList<>();
      Thread acceptor = new Thread(() -> {
        while (!silent.isClosed()) {
          try {
            held.add(silent.accept());
          } catch (IOException e) {
            return;
          }
        }
      }, "silent-server");
      acceptor.setDaemon(true);
      acceptor.start();
      Object client = client(mode, URI.create("http://127.0.0.1:" + silent.getLocalPort()),
          o -> {});

      long start = System.nanoTime();
      SdkException e = assertThrows(SdkException.class, () -> describe(client));
      long ms = (System.nanoTime() - start) / 1_000_000;

      assertInstanceOf(ApiCallAttemptTimeoutException.class, e);
      assertEquals(3, e.numAttempts());
      assertTrue(ms < 3_000, "took " + ms + " ms");
      for (Socket s : held) {
        s.close();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void bodyShorterThanItsContentLength_isAnIoFailure_retriedThenTyped(Mode mode)
      throws Exception {
    try (ServerSocket shortServer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      java.util.concurrent.atomic.AtomicInteger answered =
          new java.util.concurrent.atomic.AtomicInteger();
      Thread server = new Thread(() -> {
        while (!shortServer.isClosed()) {
          try (Socket s = shortServer.accept()) {
            java.io.InputStream in = s.getInputStream();
            byte[] head = new byte[65536];
            int n = 0;
            // read up to the end of the request's body: headers, then Content-Length bytes
            String text = "";
            while (!text.contains("\r\n\r\n")) {
              int r = in.read(head, n, head.length - n);
              if (r < 0) {
                break;
              }
              n += r;
              text = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            answered.incrementAndGet();
            s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1"
                + "\r\nx-amzn-RequestId: short-1\r\nContent-Length: 500\r\n\r\n"
                + OK.substring(0, 30)).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
          } catch (IOException e) {
            if (shortServer.isClosed()) {
              return;
            }
          }
        }
      }, "short-server");
      server.setDaemon(true);
      server.start();
      Object client = client(mode, URI.create("http://127.0.0.1:" + shortServer.getLocalPort()),
          o -> {});

      long start = System.nanoTime();
      SdkException e = assertThrows(SdkException.class, () -> describe(client));
      long ms = (System.nanoTime() - start) / 1_000_000;

      assertInstanceOf(SdkClientException.class, e, e.toString());
      assertEquals(3, e.numAttempts(), e.toString());
      assertEquals(3, answered.get());
      assertTrue(ms < 3_000, "took " + ms + " ms");
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void throttlingStorm_exhaustsTheRetryQuota_andFailsFast(Mode mode) {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(400)
        .withBody("{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}")));
    Object client = client(mode, URI.create(wm.baseUrl()), o -> o.retryStrategy(
        AwsRetryStrategy.standardRetryStrategy().toBuilder()
            .backoffStrategy(BackoffStrategy.retryImmediately())
            .throttlingBackoffStrategy(BackoffStrategy.retryImmediately()).build()));

    int calls = 0;
    int singleAttempt = 0;
    for (; calls < 200 && singleAttempt == 0; calls++) {
      SageMakerException e = assertThrows(SageMakerException.class, () -> describe(client));
      assertEquals("ThrottlingException", e.errorCode());
      if (e.attempts() == 1) {
        singleAttempt++;
      }
    }
    // the standard strategy's quota (500 tokens, 5 per retry) runs out after about 50 calls;
    // from then on calls fail at once instead of adding to the storm
    assertTrue(singleAttempt > 0 && calls < 200, "calls before the quota ran out: " + calls);
  }
}
