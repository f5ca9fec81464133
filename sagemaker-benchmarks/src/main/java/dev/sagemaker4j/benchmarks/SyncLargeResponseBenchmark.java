package dev.sagemaker4j.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One sync DescribeEndpoint call whose answer is large (3.4 KB, seven production variants), on
 * one thread: serialize, sign, send over Apache, read and parse the whole answer into the SDK's
 * response type. Figures as in {@link SyncLargeRequestBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 4)
public class SyncLargeResponseBenchmark {
  /** This SDK. */
  @Benchmark
  public Object ours(OursSync s) {
    return s.client.describeEndpoint(s.describeEndpoint);
  }

  /** The official AWS SDK v2 client. */
  @Benchmark
  public Object official(OfficialSync s) {
    return s.client.describeEndpoint(s.describeEndpoint);
  }

  /** The HTTP client alone, request signed in advance, answer read to its end. */
  @Benchmark
  public int floor(FloorSync s) throws IOException {
    return Floor.call(s.http, s.describeEndpoint, s.buffer);
  }
}
