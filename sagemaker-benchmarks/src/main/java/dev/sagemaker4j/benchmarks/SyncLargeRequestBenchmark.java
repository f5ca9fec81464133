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
 * One sync CreateProcessingJob call with every member set (about 2 KB of JSON), on one thread:
 * check (ours), serialize, sign, send over Apache, read and parse the small answer. The time per
 * call of this single-threaded benchmark is the CPU-time-per-call figure; the
 * {@code cpu.time.norm} and {@code gc.alloc.rate.norm} secondary results give the client JVM's
 * CPU time and bytes allocated per call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 4)
public class SyncLargeRequestBenchmark {
  /** This SDK. */
  @Benchmark
  public Object ours(OursSync s) {
    return s.client.createProcessingJob(s.createProcessingJob);
  }

  /** The official AWS SDK v2 client. */
  @Benchmark
  public Object official(OfficialSync s) {
    return s.client.createProcessingJob(s.createProcessingJob);
  }

  /** The HTTP client alone, request signed in advance. */
  @Benchmark
  public int floor(FloorSync s) throws IOException {
    return Floor.call(s.http, s.createProcessingJob, s.buffer);
  }
}
