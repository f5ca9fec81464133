package dev.sagemaker4j.benchmarks;

import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.model.CreateProcessingJobRequest;
import dev.sagemaker4j.model.DescribeEndpointRequest;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import dev.sagemaker4j.model.EndpointStatus;
import dev.sagemaker4j.model.fixtures.FixtureRequests;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * This SDK's sync client and its requests, built once per fork. Setup first checks, through a
 * recording HTTP client of the same kind, that the client sends the official client's captured
 * bodies (as JSON trees), then that the measured client reads the canned answer whole.
 */
@State(Scope.Benchmark)
public class OursSync {
  /** The measured client. */
  public SageMakerClient client;
  /** The large request, from sagemaker-model's {@code FixtureRequests}. */
  public CreateProcessingJobRequest createProcessingJob;
  /** The small request with the large answer. */
  public DescribeEndpointRequest describeEndpoint;
  private SdkHttpClient http;

  /** Builds the requests and the client, and checks what they send and read. */
  @Setup(Level.Trial)
  public void setUp(LocalServer server) {
    createProcessingJob = FixtureRequests.createProcessingJob();
    describeEndpoint = DescribeEndpointRequest.builder().endpointName("churn-endpoint").build();
    try (CapturingHttpClient capture = new CapturingHttpClient(Contenders.syncHttpClient());
        SageMakerClient checked = Contenders.ours(server.endpoint(), capture)) {
      checked.createProcessingJob(createProcessingJob);
      WireFixtures.requireFixtureBody("sagemaker4j", WireFixtures.CREATE_PROCESSING_JOB,
          capture.last().body());
      checked.describeEndpoint(describeEndpoint);
      WireFixtures.requireFixtureBody("sagemaker4j", WireFixtures.DESCRIBE_ENDPOINT,
          capture.last().body());
    }
    http = Contenders.syncHttpClient();
    client = Contenders.ours(server.endpoint(), http);
    check(client.describeEndpoint(describeEndpoint));
    if (client.createProcessingJob(createProcessingJob).processingJobArn() == null) {
      throw new IllegalStateException("sagemaker4j read no ProcessingJobArn");
    }
  }

  static void check(DescribeEndpointResponse r) {
    if (r.productionVariants().size() != 7 || r.endpointStatus() != EndpointStatus.IN_SERVICE) {
      throw new IllegalStateException("sagemaker4j did not read the canned DescribeEndpoint: "
          + r.productionVariants().size() + " variants, " + r.endpointStatusAsString());
    }
  }

  /** Closes the client and its HTTP client. */
  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    http.close();
  }
}
