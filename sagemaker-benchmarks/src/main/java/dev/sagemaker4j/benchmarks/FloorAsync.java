package dev.sagemaker4j.benchmarks;

import dev.sagemaker4j.benchmarks.server.CannedResponses;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

/** The async floor: the same Netty client, DescribeEndpoint built and signed once. */
@State(Scope.Benchmark)
public class FloorAsync {
  /** The HTTP client, the same kind and settings as the SDKs get. */
  public SdkAsyncHttpClient http;
  /** DescribeEndpoint, signed once. */
  public Floor describeEndpoint;

  /** Builds and signs the request, and checks that the server answers it. */
  @Setup(Level.Trial)
  public void setUp(LocalServer server) {
    http = Contenders.asyncHttpClient();
    describeEndpoint = Floor.of(server.endpoint(), WireFixtures.DESCRIBE_ENDPOINT);
    int read = describeEndpoint.callAsync(http).join();
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
