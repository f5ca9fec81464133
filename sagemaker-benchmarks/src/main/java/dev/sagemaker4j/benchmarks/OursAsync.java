package dev.sagemaker4j.benchmarks;

import dev.sagemaker4j.client.SageMakerAsyncClient;
import dev.sagemaker4j.model.DescribeEndpointRequest;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

/** This SDK's async client over Netty, checked at setup to read the canned answer whole. */
@State(Scope.Benchmark)
public class OursAsync {
  /** The measured client. */
  public SageMakerAsyncClient client;
  /** The request each call sends. */
  public DescribeEndpointRequest describeEndpoint;
  private SdkAsyncHttpClient http;

  /** Builds the client and makes one call. */
  @Setup(Level.Trial)
  public void setUp(LocalServer server) {
    describeEndpoint = DescribeEndpointRequest.builder().endpointName("churn-endpoint").build();
    http = Contenders.asyncHttpClient();
    client = Contenders.oursAsync(server.endpoint(), http);
    OursSync.check(client.describeEndpoint(describeEndpoint).join());
  }

  /** Closes the client and its HTTP client. */
  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    http.close();
  }
}
