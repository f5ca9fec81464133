package dev.sagemaker4j.benchmarks.coldstart;

import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.client.SageMakerClientBuilder;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Cold start with this SDK: build a client, make one DescribeEndpoint call, report, exit. Runs
 * with only this SDK's class path. {@code OursColdStart <endpoint> apache|default}: with
 * {@code apache} it is given the Apache client (as the official one is), with {@code default}
 * it creates its own default HTTP client.
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
    if (args[1].equals("apache")) {
      builder.httpClient(Apache.create());
    }
    SageMakerClient client = builder.build();
    DescribeEndpointResponse response =
        client.describeEndpoint(r -> r.endpointName("churn-endpoint"));
    ChildReport.printAndExit(response.productionVariants().size());
  }

  /** Kept apart so that the default mode runs without the Apache jars. */
  private static final class Apache {
    static SdkHttpClient create() {
      return ApacheHttpClient.builder().build();
    }
  }
}
