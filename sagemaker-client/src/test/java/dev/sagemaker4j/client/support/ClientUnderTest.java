package dev.sagemaker4j.client.support;

import dev.sagemaker4j.client.OverrideConfiguration;
import dev.sagemaker4j.client.SageMakerAsyncClient;
import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * A sagemaker4j client over one of the HTTP clients the README offers, sync or async, seen the
 * same way by a test: {@link #call()} starts a DescribeEndpoint now (a sync call on a thread of
 * its own) and completes with its {@link Outcome}: what it returned or threw, and when.
 *
 * <p>The HTTP client belongs to the test, as a user's own would: closing the sagemaker4j client
 * leaves it open, so a test can check afterwards what the failed calls left in it.
 */
public final class ClientUnderTest implements AutoCloseable {
  /** The HTTP clients the README offers. */
  public enum HttpKind {
    URL_CONNECTION,
    APACHE,
    NETTY;

    public boolean async() {
      return this == NETTY;
    }
  }

  /** A call's end: its response or its failure, and how long it took. */
  public record Outcome(@Nullable DescribeEndpointResponse response,
      @Nullable Throwable failure, long nanos) {
    public long millis() {
      return nanos / 1_000_000;
    }

    @Override
    public String toString() {
      return (failure == null ? "success" : failure.toString()) + " after " + millis() + " ms";
    }
  }

  /**
   * The socket read timeout of every HTTP client here: longer than any SDK timeout the tests
   * set, so that it never decides a test, and short enough that a client that does not enforce
   * its own timeouts fails the test's bounds instead of hanging the build.
   */
  public static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

  private static final AtomicInteger CALLERS = new AtomicInteger();

  public static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
      AwsSessionCredentials.create("AKIDFAULTS", "fault-secret", "fault-session-token"));

  public final HttpKind kind;
  private final @Nullable SdkHttpClient http;
  private final @Nullable SdkAsyncHttpClient asyncHttp;
  private @Nullable SageMakerClient sync;
  private @Nullable SageMakerAsyncClient async;
  private boolean closed;

  private ClientUnderTest(HttpKind kind, int pool) {
    this.kind = kind;
    Duration acquire = Duration.ofSeconds(2);
    switch (kind) {
      case URL_CONNECTION -> {
        http = UrlConnectionHttpClient.builder().socketTimeout(READ_TIMEOUT)
            .connectionTimeout(Duration.ofSeconds(2)).build();
        asyncHttp = null;
      }
      case APACHE -> {
        http = ApacheHttpClient.builder().maxConnections(pool).socketTimeout(READ_TIMEOUT)
            .connectionTimeout(Duration.ofSeconds(2)).connectionAcquisitionTimeout(acquire)
            .build();
        asyncHttp = null;
      }
      default -> {
        http = null;
        asyncHttp = NettyNioAsyncHttpClient.builder().eventLoopGroup(TestEventLoop.GROUP).maxConcurrency(pool)
            .readTimeout(READ_TIMEOUT).connectionTimeout(Duration.ofSeconds(2))
            .connectionAcquisitionTimeout(acquire).build();
      }
    }
  }

  /** An HTTP client of {@code kind} with a pool of {@code pool} connections, no SDK client yet. */
  public static ClientUnderTest create(HttpKind kind, int pool) {
    return new ClientUnderTest(kind, pool);
  }

  /**
   * Builds the sagemaker4j client, pointed at {@code endpoint}, over this HTTP client; a client
   * built before is closed first.
   */
  public ClientUnderTest connect(URI endpoint, Consumer<OverrideConfiguration.Builder> config) {
    closeSdkClient();
    if (kind.async()) {
      async = SageMakerAsyncClient.builder().region(Region.US_EAST_1).endpointOverride(endpoint)
          .credentialsProvider(CREDENTIALS).httpClient(asyncHttp).overrideConfiguration(config)
          .build();
    } else {
      sync = SageMakerClient.builder().region(Region.US_EAST_1).endpointOverride(endpoint)
          .credentialsProvider(CREDENTIALS).httpClient(http).overrideConfiguration(config)
          .build();
    }
    return this;
  }

  /** Starts one DescribeEndpoint now; a sync one on a new thread of the test's own. */
  public CompletableFuture<Outcome> call() {
    long start = System.nanoTime();
    CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    if (async != null) {
      async.describeEndpoint(r -> r.endpointName("churn-endpoint")).whenComplete((r, e) ->
          outcome.complete(new Outcome(r, e == null ? null : unwrap(e),
              System.nanoTime() - start)));
      return outcome;
    }
    SageMakerClient client = sync;
    if (client == null) {
      throw new IllegalStateException("connect() first");
    }
    Thread caller = new Thread(() -> {
      try {
        DescribeEndpointResponse r = client.describeEndpoint(x -> x.endpointName("churn-endpoint"));
        outcome.complete(new Outcome(r, null, System.nanoTime() - start));
      } catch (Throwable e) {
        outcome.complete(new Outcome(null, e, System.nanoTime() - start));
      }
    }, "test-caller-" + CALLERS.incrementAndGet());
    caller.setDaemon(true);
    caller.start();
    return outcome;
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** Closes the sagemaker4j client, not the HTTP client. */
  public void closeSdkClient() {
    if (sync != null) {
      sync.close();
      sync = null;
    }
    if (async != null) {
      async.close();
      async = null;
    }
  }

  /** Closes the sagemaker4j client, then the HTTP client. */
  @Override
  public void close() {
    closeSdkClient();
    if (closed) {
      return;
    }
    closed = true;
    if (http != null) {
      http.close();
    }
    if (asyncHttp != null) {
      asyncHttp.close();
    }
  }

  /** The SDK's threads still alive: their names start with {@code sagemaker4j-}. */
  public static java.util.List<String> sdkThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("sagemaker4j-"))
        .map(Thread::getName).sorted().toList();
  }

  @Override
  public String toString() {
    return kind.name();
  }
}
