package dev.sagemaker4j.benchmarks;

import dev.sagemaker4j.benchmarks.server.CannedResponses;
import java.io.IOException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;

/** The sync floor: the same HTTP client, with both requests built and signed once. */
@State(Scope.Benchmark)
public class FloorSync {
  /** The HTTP client, the same kind and settings as the SDKs get. */
  public SdkHttpClient http;
  /** CreateProcessingJob, signed once, with the captured body. */
  public HttpExecuteRequest createProcessingJob;
  /** DescribeEndpoint, signed once. */
  public HttpExecuteRequest describeEndpoint;
  /** Where answers are read to. */
  public final byte[] buffer = new byte[16 * 1024];

  /** Builds and signs the requests, and checks that the server answers them. */
  @Setup(Level.Trial)
  public void setUp(LocalServer server) throws IOException {
    http = Contenders.syncHttpClient();
    createProcessingJob = Floor.of(server.endpoint(), WireFixtures.CREATE_PROCESSING_JOB)
        .syncRequest();
    describeEndpoint = Floor.of(server.endpoint(), WireFixtures.DESCRIBE_ENDPOINT).syncRequest();
    Floor.call(http, createProcessingJob, buffer);
    int read = Floor.call(http, describeEndpoint, buffer);
    if (read != CannedResponses.body("DescribeEndpoint").length) {
      throw new IllegalStateException("the floor read " + read + " bytes of DescribeEndpoint");
    }
  }

  /** Closes the HTTP client. */
  @TearDown(Level.Trial)
  public void tearDown() {
    http.close();
  }
}
