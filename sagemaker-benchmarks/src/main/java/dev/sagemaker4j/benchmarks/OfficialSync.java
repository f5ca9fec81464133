package dev.sagemaker4j.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.CreateProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.EndpointStatus;

/**
 * The official sync client and its requests, built once per fork, with the same checks as
 * {@link OursSync}: its bodies are the captured ones, and it reads the canned answer whole.
 */
@State(Scope.Benchmark)
public class OfficialSync {
  /** The measured client. */
  public SageMakerClient client;
  /** The large request, built by hand equal to ours ({@link OfficialRequests}). */
  public CreateProcessingJobRequest createProcessingJob;
  /** The small request with the large answer. */
  public DescribeEndpointRequest describeEndpoint;
  private SdkHttpClient http;

  /** Builds the requests and the client, and checks what they send and read. */
  @Setup(Level.Trial)
  public void setUp(LocalServer server) {
    createProcessingJob = OfficialRequests.createProcessingJob();
    describeEndpoint = OfficialRequests.describeEndpoint();
    try (CapturingHttpClient capture = new CapturingHttpClient(Contenders.syncHttpClient());
        SageMakerClient checked = Contenders.official(server.endpoint(), capture)) {
      checked.createProcessingJob(createProcessingJob);
      WireFixtures.requireFixtureBody("the official client", WireFixtures.CREATE_PROCESSING_JOB,
          capture.last().body());
      checked.describeEndpoint(describeEndpoint);
      WireFixtures.requireFixtureBody("the official client", WireFixtures.DESCRIBE_ENDPOINT,
          capture.last().body());
    }
    http = Contenders.syncHttpClient();
    client = Contenders.official(server.endpoint(), http);
    check(client.describeEndpoint(describeEndpoint));
    if (client.createProcessingJob(createProcessingJob).processingJobArn() == null) {
      throw new IllegalStateException("the official client read no ProcessingJobArn");
    }
  }

  static void check(DescribeEndpointResponse r) {
    if (r.productionVariants().size() != 7 || r.endpointStatus() != EndpointStatus.IN_SERVICE) {
      throw new IllegalStateException("the official client did not read the canned"
          + " DescribeEndpoint: " + r.productionVariants().size() + " variants, "
          + r.endpointStatusAsString());
    }
  }

  /** Closes the client and its HTTP client. */
  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    http.close();
  }
}
