package dev.sagemaker4j.benchmarks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Async throughput with {@value Contenders#IN_FLIGHT} calls in flight over Netty: one invocation
 * starts {@value Contenders#IN_FLIGHT} DescribeEndpoint calls (large answer) at once and waits
 * for all of them. Scores are calls per second; {@code cpu.time.norm} and
 * {@code gc.alloc.rate.norm} are per call.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(Contenders.IN_FLIGHT)
@Fork(2)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 4)
public class AsyncThroughputBenchmark {
  /** This SDK. */
  @Benchmark
  public void ours(OursAsync s, Blackhole bh) {
    CompletableFuture<?>[] calls = new CompletableFuture<?>[Contenders.IN_FLIGHT];
    for (int i = 0; i < calls.length; i++) {
      calls[i] = s.client.describeEndpoint(s.describeEndpoint);
    }
    for (CompletableFuture<?> call : calls) {
      bh.consume(call.join());
    }
  }

  /** The official AWS SDK v2 client. */
  @Benchmark
  public void official(OfficialAsync s, Blackhole bh) {
    CompletableFuture<?>[] calls = new CompletableFuture<?>[Contenders.IN_FLIGHT];
    for (int i = 0; i < calls.length; i++) {
      calls[i] = s.client.describeEndpoint(s.describeEndpoint);
    }
    for (CompletableFuture<?> call : calls) {
      bh.consume(call.join());
    }
  }

  /** The HTTP client alone, request signed in advance, answers read to their end. */
  @Benchmark
  public void floor(FloorAsync s, Blackhole bh) {
    CompletableFuture<?>[] calls = new CompletableFuture<?>[Contenders.IN_FLIGHT];
    for (int i = 0; i < calls.length; i++) {
      calls[i] = s.describeEndpoint.callAsync(s.http);
    }
    for (CompletableFuture<?> call : calls) {
      bh.consume(call.join());
    }
  }
}
