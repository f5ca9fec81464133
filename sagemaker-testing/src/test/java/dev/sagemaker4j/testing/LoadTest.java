package dev.sagemaker4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.SageMakerAsyncClient;
import dev.sagemaker4j.model.DescribeModelResponse;
import dev.sagemaker4j.model.ListExperimentsResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;

/**
 * The async client under load against the stand-in on this machine's cores: 10,000 calls with
 * 500 in flight, every one signed, verified and answered, no failure, a bounded number of
 * threads; and 500 calls in flight to the engine's operations (creates, describes, lists) at
 * once. It prints its figures.
 */
class LoadTest {
  private static final int CALLS = 10_000;
  private static final int IN_FLIGHT = 500;

  @Test
  void tenThousandCalls_fiveHundredInFlight_noFailure_boundedThreads() throws Exception {
    try (LocalSageMaker local = LocalSageMaker.start();
        SdkAsyncHttpClient http = http();
        SageMakerAsyncClient sageMaker = client(local, http)) {
      sageMaker.createModel(r -> r.modelName("load-model")
          .executionRoleArn("arn:aws:iam::123456789012:role/SageMakerRole")
          .primaryContainer(c -> c.image("683313688378.dkr.ecr.us-east-1.amazonaws.com/x:1")))
          .get(30, TimeUnit.SECONDS);
      int threadsBefore = Thread.activeCount();

      Semaphore window = new Semaphore(IN_FLIGHT);
      CountDownLatch done = new CountDownLatch(CALLS);
      AtomicInteger failures = new AtomicInteger();
      AtomicReference<Throwable> firstFailure = new AtomicReference<>();
      AtomicInteger maxThreads = new AtomicInteger();
      long[] latencies = new long[CALLS];
      long start = System.nanoTime();
      for (int i = 0; i < CALLS; i++) {
        window.acquire();
        int index = i;
        long sent = System.nanoTime();
        CompletableFuture<DescribeModelResponse> call =
            sageMaker.describeModel(r -> r.modelName("load-model"));
        call.whenComplete((r, e) -> {
          latencies[index] = System.nanoTime() - sent;
          if (e != null || !"load-model".equals(r.modelName())) {
            failures.incrementAndGet();
            firstFailure.compareAndSet(null, e);
          }
          window.release();
          done.countDown();
        });
        if (i % 500 == 0) {
          maxThreads.accumulateAndGet(Thread.activeCount(), Math::max);
        }
      }
      assertTrue(done.await(5, TimeUnit.MINUTES), "calls still running after 5 minutes");
      long elapsedMs = (System.nanoTime() - start) / 1_000_000;

      Arrays.sort(latencies);
      System.out.printf("load: %d calls, %d in flight: %d ms, %.0f calls/s, latency p50 %.1f ms,"
          + " p99 %.1f ms, max %.1f ms; %d failures; threads %d before, at most %d during%n",
          CALLS, IN_FLIGHT, elapsedMs, CALLS * 1000.0 / elapsedMs, latencies[CALLS / 2] / 1e6,
          latencies[CALLS * 99 / 100] / 1e6, latencies[CALLS - 1] / 1e6, failures.get(),
          threadsBefore, maxThreads.get());
      assertEquals(0, failures.get(), "first failure: " + firstFailure.get());
      int clientThreads = (int) Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().startsWith("aws-java-sdk-NettyEventLoop")
              || t.getName().startsWith("sagemaker4j-"))
          .count();
      assertTrue(clientThreads <= 2 * Runtime.getRuntime().availableProcessors() + 2,
          "threads the client side runs: " + clientThreads);
    }
  }

  @Test
  void fiveHundredCallsInFlight_toTheEngine_allAnswered() throws Exception {
    try (LocalSageMaker local = LocalSageMaker.start();
        SdkAsyncHttpClient http = http();
        SageMakerAsyncClient sageMaker = client(local, http)) {
      sageMaker.createExperiment(r -> r.experimentName("shared")).get(30, TimeUnit.SECONDS);

      // All at once: a third creates, a third describes, a third lists.
      List<CompletableFuture<?>> calls = new ArrayList<>();
      long start = System.nanoTime();
      for (int i = 0; i < IN_FLIGHT; i++) {
        int n = i;
        calls.add(switch (i % 3) {
          case 0 -> sageMaker.createExperiment(r -> r.experimentName("experiment-" + n));
          case 1 -> sageMaker.describeExperiment(r -> r.experimentName("shared"));
          default -> sageMaker.listExperiments(r -> r.maxResults(10));
        });
      }
      CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0]))
          .get(2, TimeUnit.MINUTES);
      long elapsedMs = (System.nanoTime() - start) / 1_000_000;

      System.out.printf("engine: %d calls in flight at once, all answered in %d ms%n",
          IN_FLIGHT, elapsedMs);
      int experiments = 0;
      String token = null;
      do {
        String next = token;
        ListExperimentsResponse page = sageMaker.listExperiments(r -> r.maxResults(100)
            .nextToken(next)).get(30, TimeUnit.SECONDS);
        experiments += page.experimentSummaries().size();
        token = page.nextToken().orElse(null);
      } while (token != null);
      assertEquals(1 + (IN_FLIGHT + 2) / 3, experiments, "every create was stored once");
    }
  }

  /** An HTTP client that holds {@link #IN_FLIGHT} connections. */
  private static SdkAsyncHttpClient http() {
    return NettyNioAsyncHttpClient.builder().maxConcurrency(IN_FLIGHT)
        .connectionAcquisitionTimeout(Duration.ofSeconds(60)).build();
  }

  private static SageMakerAsyncClient client(LocalSageMaker local, SdkAsyncHttpClient http) {
    return SageMakerAsyncClient.builder().region(local.region())
        .endpointOverride(local.endpoint()).credentialsProvider(local.credentialsProvider())
        .httpClient(http).build();
  }
}
