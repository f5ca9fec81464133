package dev.sagemaker4j.benchmarks.coldstart;

import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.client.SageMakerClientBuilder;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Cold start with this SDK: build a client, make one DescribeEndpoint call, report, exit. Runs
 * with only this SDK's class path. {@code OursColdStart <endpoint> apache|urlconnection|default}:
 * with {@code apache} or {@code urlconnection} it is given that HTTP client (as the official one
 * is), with {@code default} it creates its own default HTTP client.
 */
public final class OursColdStart {
  private OursColdStart() {}

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

  /** Kept apart so that the other modes run without the Apache jars. */
  private static final class Apache {
    static SdkHttpClient create() {
      return ApacheHttpClient.builder().build();
    }
  }

  /** The URL-connection client, built as the official cold start builds it. */
  private static final class UrlConnection {
    static SdkHttpClient create() {
      return UrlConnectionHttpClient.builder().build();
    }
  }
}
