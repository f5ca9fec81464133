package dev.sagemaker4j.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.services.sagemaker.SageMakerAsyncClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointRequest;

/** The official async client over Netty, checked at setup to read the canned answer whole. */
@State(Scope.Benchmark)
public class OfficialAsync {
  /** The measured client. */
  public SageMakerAsyncClient client;
  /** The request each call sends. */
  public DescribeEndpointRequest describeEndpoint;
  private SdkAsyncHttpClient http;

  /** Builds the client and makes one call. */
  @Setup(Level.Trial)
  public void setUp(LocalServer server) {
    describeEndpoint = OfficialRequests.describeEndpoint();
    http = Contenders.asyncHttpClient();
    client = Contenders.officialAsync(server.endpoint(), http);
    OfficialSync.check(client.describeEndpoint(describeEndpoint).join());
  }

  /** Closes the client and its HTTP client. */
  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    http.close();
  }
}
