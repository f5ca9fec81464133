package dev.sagemaker4j.client.support;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sagemaker4j.client.OverrideConfiguration;
import dev.sagemaker4j.client.SageMakerAsyncClient;
import dev.sagemaker4j.client.SageMakerClient;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * A sync and an async client pointed at one WireMock server, with fixed credentials, a fixed
 * signing clock, a sleeper and a scheduler that record their waits instead of waiting, and
 * reproducible idempotency tokens. Tests run each case through both clients with {@link Mode}.
 */
public final class Harness implements AutoCloseable {
  /** Which client a case goes through. */
  public enum Mode {
    SYNC,
    ASYNC
  }

  public static final String ACCESS_KEY = "AKIDEXAMPLE";
  public static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  public static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

  public final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  public final RecordingScheduler scheduler = new RecordingScheduler();
  public final SdkHttpClient http = UrlConnectionHttpClient.create();
  public final SdkAsyncHttpClient asyncHttp = NettyNioAsyncHttpClient.builder()
      .eventLoopGroup(TestEventLoop.GROUP).maxConcurrency(256).build();
  public final SageMakerClient sync;
  public final SageMakerAsyncClient async;
  private final Random tokens = new Random(42);

  public Harness(WireMockExtension wm) {
    this(wm, o -> {});
  }

  public Harness(WireMockExtension wm, Consumer<OverrideConfiguration.Builder> config) {
    Consumer<OverrideConfiguration.Builder> base = o -> o
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .sleeper(sleeps::add)
        .scheduledExecutorService(scheduler)
        .idempotencyTokenSupplier(() -> new UUID(tokens.nextLong(), tokens.nextLong()).toString());
    URI endpoint = URI.create(wm.baseUrl());
    StaticCredentialsProvider credentials =
        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    sync = SageMakerClient.builder().region(Region.US_EAST_1).endpointOverride(endpoint)
        .credentialsProvider(credentials).httpClient(http)
        .overrideConfiguration(base.andThen(config)).build();
    async = SageMakerAsyncClient.builder().region(Region.US_EAST_1).endpointOverride(endpoint)
        .credentialsProvider(credentials).httpClient(asyncHttp)
        .overrideConfiguration(base.andThen(config)).build();
  }

  /** Calls through the client {@code mode} names; async failures are unwrapped and thrown. */
  public <O> O call(Mode mode, Function<SageMakerClient, O> viaSync,
      Function<SageMakerAsyncClient, CompletableFuture<O>> viaAsync) {
    if (mode == Mode.SYNC) {
      return viaSync.apply(sync);
    }
    return join(viaAsync.apply(async));
  }

  /** The future's value, or its failure unwrapped; fails the test after 30 s. */
  public static <O> O join(CompletableFuture<O> future) {
    try {
      return future.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new AssertionError(cause);
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("the future did not complete within 30 s", e);
    }
  }

  /** Forgets recorded waits and WireMock's stubs and requests, between tests of a class. */
  public void reset(WireMockExtension wm) {
    sleeps.clear();
    scheduler.delays().clear();
    wm.resetAll();
  }

  /** Every wait, sync sleeps and async scheduled retries alike. */
  public List<Duration> waits(Mode mode) {
    return mode == Mode.SYNC ? sleeps : scheduler.delays();
  }

  @Override
  public void close() {
    sync.close();
    async.close();
    http.close();
    asyncHttp.close();
    scheduler.shutdownNow();
  }
}
