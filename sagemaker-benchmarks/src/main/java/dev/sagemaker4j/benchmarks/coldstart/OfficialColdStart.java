package dev.sagemaker4j.benchmarks.coldstart;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.SageMakerClientBuilder;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;

/**
 * Cold start with the official client: build a client, make one DescribeEndpoint call, report,
 * exit. Runs with only the official client's default dependencies on the class path.
 * {@code OfficialColdStart <endpoint> apache|urlconnection|default}: {@code apache} or {@code
 * urlconnection} passes that HTTP client to the builder (the URL-connection one is added to the
 * class path for it); {@code default} lets the SDK pick its default (Apache, from its
 * dependencies).
 */
public final class OfficialColdStart {
  private OfficialColdStart() {}

  /** Makes the call and exits. */
  public static void main(String[] args) {
    SageMakerClientBuilder builder = SageMakerClient.builder()
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
            "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")))
        .endpointOverride(URI.create(args[0]));
    switch (args[1]) {
      case "apache" -> builder.httpClient(Apache.create());
      case "urlconnection" -> builder.httpClient(UrlConnection.create());
      case "default" -> { }
      default -> throw new IllegalArgumentException("unknown HTTP client " + args[1]);
    }
    SageMakerClient client = builder.build();
    DescribeEndpointResponse response =
        client.describeEndpoint(r -> r.endpointName("churn-endpoint"));
    ChildReport.printAndExit(response.productionVariants().size());
  }

  /** Kept apart, as in {@link OursColdStart}. */
  private static final class Apache {
    static SdkHttpClient create() {
      return ApacheHttpClient.builder().build();
    }
  }

  /** Kept apart so that the other modes run without the URL-connection jar. */
  private static final class UrlConnection {
    static SdkHttpClient create() {
      return UrlConnectionHttpClient.builder().build();
    }
  }
}
