package dev.sagemaker4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.exception.UnreadableResponseException;
import dev.sagemaker4j.client.support.ClientUnderTest;
import dev.sagemaker4j.client.support.ClientUnderTest.HttpKind;
import dev.sagemaker4j.client.support.ClientUnderTest.Outcome;
import dev.sagemaker4j.client.support.HostileServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * The fault matrix on every HTTP client the README offers (URL-connection and Apache under the
 * sync client, Netty under the async one), against a raw-socket server that misbehaves byte by
 * byte: bodies that stall after the headers or trickle in, a body shorter than its
 * Content-Length whose JSON is complete, two calls of one client while one stalls, a TLS port
 * that never answers the handshake, and a client closed with calls in flight.
 *
 * <p>Every cell ends in a success or a typed exception within its timeout plus {@link #MARGIN},
 * measured; then, whatever happened, the cell's connections are all closed on both sides, the
 * HTTP client's pool still serves as many calls at once as it has connections (none was left
 * leased), and once the client is closed no thread of the SDK is alive.
 *
 * <p>One limit is the JDK's, and the cells show it as it is: the URL-connection client's abort
 * ({@code HttpURLConnection.disconnect()}) waits for a thread blocked reading a response body, so
 * a stalled body's socket, and the worker thread reading it, last until the HTTP client's socket
 * read timeout, after the caller got its timeout on time. Before the response head arrives (a
 * silent server, a TLS handshake) the abort closes the socket at once.
 */
class HttpClientFaultMatrixTest {
  /** What a timeout may overrun its limit by, on a busy two-core machine. */
  private static final long MARGIN = 750;
  /** How long after a cell its sockets and threads may take to go. */
  private static final Duration CLEANUP = Duration.ofMillis(1500);

  private static HostileServer healthy;

  private ClientUnderTest client;
  private HostileServer server;
  private int pool;
  private String cell;
  /** The cell leaves a thread blocked reading a stalled body; see the class comment. */
  private boolean stalledBodyRead;

  @BeforeAll
  static void healthyServer() throws Exception {
    healthy = HostileServer.start(HostileServer.ok());
  }

  @AfterAll
  static void stopHealthyServer() throws Exception {
    healthy.close();
  }

  private ClientUnderTest client(HttpKind kind, int poolSize, HostileServer against,
      boolean tls, Consumer<OverrideConfiguration.Builder> config) {
    this.server = against;
    this.pool = poolSize;
    this.client = ClientUnderTest.create(kind, poolSize)
        .connect(tls ? against.https() : against.http(), config);
    return client;
  }

  /** The standard strategy, {@code attempts} attempts, 20 ms between them. */
  private static Consumer<OverrideConfiguration.Builder> retries(int attempts) {
    return o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
        .maxAttempts(attempts)
        .backoffStrategy(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(20)))
        .throttlingBackoffStrategy(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(20)))
        .build());
  }

  private static Outcome end(CompletableFuture<Outcome> call) throws Exception {
    // far past every bound below: a call that hangs fails the test instead of the build
    return call.get(20, TimeUnit.SECONDS);
  }

  private void assertTook(Outcome o, long atLeastMs, long atMostMs) {
    System.out.printf("%s %s: %s%n", cell, client, o);
    assertTrue(o.millis() >= atLeastMs && o.millis() <= atMostMs,
        "expected " + atLeastMs + ".." + atMostMs + " ms: " + o);
  }

  @BeforeEach
  void name(TestInfo test) {
    cell = test.getTestMethod().orElseThrow().getName();
  }

  /**
   * After every cell: the cell's connections are closed on both sides while the HTTP client is
   * still open (a failed attempt closes its connection; it neither leaks it nor pools it); the
   * HTTP client serves {@code pool} calls at once (nothing left leased); and after closing, no
   * thread of the SDK is alive.
   */
  @AfterEach
  void nothingLeftBehind() throws Exception {
    if (client == null) {
      return;
    }
    Duration cleanup = stalledBodyRead && client.kind == HttpKind.URL_CONNECTION
        ? ClientUnderTest.READ_TIMEOUT.plus(CLEANUP) : CLEANUP;
    try {
      client.closeSdkClient();
      long closed = System.nanoTime();
      assertTrue(server.awaitAllClosed(cleanup), client + ": connections still open "
          + cleanup.toMillis() + " ms after the cell: " + server.openConnections()
          + " on the server's side, " + server.clientSockets() + " on the client's");
      System.out.printf("%s: the cell's sockets closed %d ms after it%n", client,
          (System.nanoTime() - closed) / 1_000_000);

      client.connect(healthy.http(), o -> {});
      List<CompletableFuture<Outcome>> calls = new ArrayList<>();
      for (int i = 0; i < pool; i++) {
        calls.add(client.call());
      }
      for (CompletableFuture<Outcome> c : calls) {
        Outcome o = end(c);
        assertNull(o.failure(), client + ": the pool of " + pool + " did not serve " + pool
            + " calls at once after the cell: " + o);
      }
      client.close();
      assertTrue(HostileServer.await(() -> ClientUnderTest.sdkThreads().isEmpty(), cleanup),
          "SDK threads alive after close: " + ClientUnderTest.sdkThreads());
      assertTrue(healthy.awaitAllClosed(Duration.ofSeconds(3)), "connections to the healthy"
          + " server still open after close");
    } finally {
      client.close();
      server.close();
    }
  }

  // ---- bodies that stall or trickle ------------------------------------------------------

  @ParameterizedTest
  @EnumSource(HttpKind.class)
  void bodyStallingAfterTheHeaders_endsInTheCallTimeout(HttpKind kind) throws Exception {
    stalledBodyRead = true;
    client(kind, 1, HostileServer.start(HostileServer.stallAfterHeaders()), false,
        o -> o.apiCallTimeout(Duration.ofMillis(600)));

    Outcome o = end(client.call());

    assertInstanceOf(ApiCallTimeoutException.class, o.failure(), o.toString());
    assertTook(o, 600, 600 + MARGIN);
  }

  @ParameterizedTest
  @EnumSource(HttpKind.class)
  void bodyStallingAfterTheHeaders_isRetriedAfterEachAttemptTimeout(HttpKind kind)
      throws Exception {
    stalledBodyRead = true;
    client(kind, 1, HostileServer.start(HostileServer.stallAfterHeaders()), false,
        retries(3).andThen(o -> o.apiCallAttemptTimeout(Duration.ofMillis(300))));

    Outcome o = end(client.call());

    ApiCallAttemptTimeoutException e =
        assertInstanceOf(ApiCallAttemptTimeoutException.class, o.failure(), o.toString());
    assertEquals(3, e.numAttempts());
    assertEquals(3, server.requests());
    assertTook(o, 900, 940 + MARGIN);
  }

  @ParameterizedTest
  @EnumSource(HttpKind.class)
  void bodyTricklingInByteByByte_endsInTheCallTimeout(HttpKind kind) throws Exception {
    client(kind, 1, HostileServer.start(HostileServer.trickle(200)), false,
        o -> o.apiCallTimeout(Duration.ofMillis(1000)));

    Outcome o = end(client.call());

    assertInstanceOf(ApiCallTimeoutException.class, o.failure(), o.toString());
    assertTook(o, 1000, 1000 + MARGIN);
  }

  @ParameterizedTest
  @EnumSource(HttpKind.class)
  void bodyTricklingInByteByByte_isRetriedAfterEachAttemptTimeout(HttpKind kind)
      throws Exception {
    client(kind, 1, HostileServer.start(HostileServer.trickle(200)), false,
        retries(3).andThen(o -> o.apiCallAttemptTimeout(Duration.ofMillis(500))));

    Outcome o = end(client.call());

    ApiCallAttemptTimeoutException e =
        assertInstanceOf(ApiCallAttemptTimeoutException.class, o.failure(), o.toString());
    assertEquals(3, e.numAttempts());
    assertEquals(3, server.requests());
    assertTook(o, 1500, 1540 + MARGIN);
  }

  // ---- a body shorter than declared ------------------------------------------------------

  @ParameterizedTest
  @EnumSource(HttpKind.class)
  void bodyShorterThanItsContentLength_evenOfCompleteJson_isAnIoFailure_retried(HttpKind kind)
      throws Exception {
    client(kind, 1, HostileServer.start(HostileServer.shortBodyOfCompleteJson()), false,
        retries(3));

    Outcome o = end(client.call());

    // an I/O failure, retried; the message is the one of whichever layer saw the body end:
    // sagemaker4j's own count (URL-connection), Apache's or Netty's, each with both lengths
    SdkClientException e = assertInstanceOf(SdkClientException.class, o.failure(), o.toString());
    assertEquals(3, e.numAttempts());
    assertEquals(3, server.requests());
    int sent = HostileServer.OK_BODY.length();
    assertTrue(e.getMessage().contains(String.valueOf(sent))
        && e.getMessage().contains(String.valueOf(sent + 100)), e.getMessage());
    if (kind == HttpKind.URL_CONNECTION) {
      // the JDK's stream reports the early end as the end of the body: sagemaker4j's count
      // is what catches it
      assertInstanceOf(UnreadableResponseException.class, e);
      assertTrue(e.getMessage().contains("the response ended after " + sent + " of its "
          + (sent + 100) + " bytes"), e.getMessage());
    }
    assertTook(o, 0, 40 + MARGIN);
  }

  // ---- one stalled call does not hold up another -----------------------------------------

  @ParameterizedTest
  @EnumSource(HttpKind.class)
  void twoCallsOfOneClient_oneStalling_eachEndsOnItsOwnTimeout(HttpKind kind) throws Exception {
    stalledBodyRead = true;
    HostileServer twoFaced = HostileServer.start(n -> n == 0 ? HostileServer.stallAfterHeaders()
        : HostileServer.neverAnswer());
    client(kind, 2, twoFaced, false, o -> o.apiCallTimeout(Duration.ofMillis(1000)));

    CompletableFuture<Outcome> stalled = client.call();
    assertTrue(server.awaitRequests(1, Duration.ofSeconds(2)));
    Thread.sleep(300); // the first call is now stuck in its body
    CompletableFuture<Outcome> unanswered = client.call();
    Outcome first = end(stalled);
    Outcome second = end(unanswered);

    assertInstanceOf(ApiCallTimeoutException.class, first.failure(), first.toString());
    assertInstanceOf(ApiCallTimeoutException.class, second.failure(), second.toString());
    assertTook(first, 1000, 1000 + MARGIN);
    assertTook(second, 1000, 1000 + MARGIN);
    assertEquals(2, server.requests());
  }

  // ---- TLS to a port that never answers the handshake ------------------------------------

  @ParameterizedTest
  @EnumSource(HttpKind.class)
  void tlsToAPortThatNeverAnswersTheHandshake_endsInAttemptTimeouts_andClosesEverySocket(
      HttpKind kind) throws Exception {
    client(kind, 1, HostileServer.start(HostileServer.silent()), true,
        retries(3).andThen(o -> o.apiCallAttemptTimeout(Duration.ofMillis(300))));

    Outcome o = end(client.call());

    ApiCallAttemptTimeoutException e =
        assertInstanceOf(ApiCallAttemptTimeoutException.class, o.failure(), o.toString());
    assertEquals(3, e.numAttempts());
    assertEquals(3, server.accepted());
    assertTook(o, 900, 940 + MARGIN);
    // and nothing after the cell: every one of the three sockets is closed (nothingLeftBehind)
  }

  // ---- close() with calls in flight ------------------------------------------------------

  static Stream<Arguments> closeCells() {
    return Stream.of(HttpKind.values()).flatMap(k -> Stream.of(true, false)
        .flatMap(timeouts -> Stream.of(true, false)
            .map(stalled -> Arguments.of(k, timeouts, stalled))));
  }

  /**
   * Hundreds of async calls, or sync callers blocked in their calls, when the client is closed,
   * their server holding every request unanswered or stalled in the body: every call ends with
   * an {@link AbortedException} at once, and no attempt is sent after the close. With timeouts
   * set, sync attempts run on the client's workers and the callers only wait for them; without,
   * on the callers' threads.
   *
   * <p>The one exception is the JDK's (see the class comment): a caller of the URL-connection
   * client without timeouts, blocked reading a stalled body on its own thread, cannot be
   * stopped before its socket read timeout; it then ends with the same exception.
   */
  @ParameterizedTest(name = "{0} timeouts={1} stalledBody={2}")
  @MethodSource("closeCells")
  void close_withCallsInFlight_endsEveryCallAtOnce_andSendsNoAttemptAfter(HttpKind kind,
      boolean timeouts, boolean stalled) throws Exception {
    stalledBodyRead = stalled;
    int calls = kind.async() ? 500 : 16;
    int connections = kind.async() ? 50 : calls;
    List<CallContext> ended = new java.util.concurrent.CopyOnWriteArrayList<>();
    SageMakerInterceptor endings = new SageMakerInterceptor() {
      @Override
      public void onExecutionFailure(CallContext call, Throwable failure) {
        ended.add(call);
      }
    };
    client(kind, connections, HostileServer.start(stalled ? HostileServer.stallAfterHeaders()
        : HostileServer.neverAnswer()), false, retries(3).andThen(o -> {
          o.addInterceptor(endings);
          if (timeouts) {
            o.apiCallTimeout(Duration.ofSeconds(20)).apiCallAttemptTimeout(Duration.ofSeconds(10));
          }
        }));
    List<CompletableFuture<Outcome>> inFlight = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      inFlight.add(client.call());
    }
    // every connection carries a request the server holds; async calls past the pool's size
    // wait for a connection
    assertTrue(server.awaitRequests(connections, Duration.ofSeconds(5)),
        "requests read: " + server.requests());
    Thread.sleep(200); // the last answers' heads are read: the callers wait for their bodies

    long closing = System.nanoTime();
    client.closeSdkClient();
    long closeMs = (System.nanoTime() - closing) / 1_000_000;
    CompletableFuture.allOf(inFlight.toArray(new CompletableFuture<?>[0]))
        .get(5, TimeUnit.SECONDS);
    long allDoneMs = (System.nanoTime() - closing) / 1_000_000;

    for (CompletableFuture<Outcome> c : inFlight) {
      Outcome o = c.join();
      assertInstanceOf(AbortedException.class, o.failure(), o.toString());
    }
    // the last hook ran once per call, though close() and the call's own end raced to run it
    assertEquals(calls, ended.size());
    assertEquals(calls, ended.stream().distinct().count());
    Thread.sleep(300); // longer than the backoff: a retry would have been sent by now
    assertEquals(0, server.requestsAfter(closing), "attempts sent after close()");
    assertEquals(connections, server.requests());
    long bound = kind == HttpKind.URL_CONNECTION && stalled && !timeouts
        ? ClientUnderTest.READ_TIMEOUT.toMillis() + MARGIN : MARGIN;
    assertTrue(allDoneMs <= bound, calls + " calls ended " + allDoneMs + " ms after close(),"
        + " expected at most " + bound);
    System.out.printf("%s timeouts=%s stalledBody=%s: close() returned in %d ms, the %d calls"
        + " ended %d ms after it%n", kind, timeouts, stalled, closeMs, calls, allDoneMs);
  }
}
