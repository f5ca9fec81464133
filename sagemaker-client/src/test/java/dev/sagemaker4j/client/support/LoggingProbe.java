package dev.sagemaker4j.client.support;

import dev.sagemaker4j.client.SageMakerClient;
import java.net.URI;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * A program that builds sync clients as an application would, for a test to run in a JVM of
 * its own with the logging configuration it gives (SLF4J's simple logger reads its levels once
 * per JVM): first one over the URL-connection client, then two over the Apache client, with a
 * marker line on stderr before the Apache ones.
 */
public final class LoggingProbe {
  public static final String APACHE_MARKER = "--- probe: Apache clients from here ---";

  private LoggingProbe() {}

  public static void main(String[] args) {
    URI endpoint = URI.create("http://127.0.0.1:9");
    try (SdkHttpClient url = UrlConnectionHttpClient.create();
        SageMakerClient c = client(url, endpoint)) {
      System.err.println(APACHE_MARKER);
      try (SdkHttpClient apache = ApacheHttpClient.create();
          SageMakerClient a = client(apache, endpoint);
          SageMakerClient b = client(apache, endpoint)) {
        System.err.println("--- probe: done ---");
      }
    }
  }

  private static SageMakerClient client(SdkHttpClient http, URI endpoint) {
    return SageMakerClient.builder().region(Region.US_EAST_1).endpointOverride(endpoint)
        .credentialsProvider(ClientUnderTest.CREDENTIALS).httpClient(http).build();
  }
}
