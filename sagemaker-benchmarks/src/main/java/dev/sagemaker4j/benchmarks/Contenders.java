package dev.sagemaker4j.benchmarks;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * How every contender is built, in one place so that they differ only in the SDK: the same
 * region, the same static credentials, the local server as endpoint, and a new instance of the
 * same HTTP client with the same settings for each (Apache with its defaults for sync calls,
 * Netty with {@code maxConcurrency(256)} for async ones). Nothing a user would have on is turned
 * off in either SDK: default retry strategies, our constraint checking, the official client's
 * interceptors and endpoint rules.
 */
public final class Contenders {
  /** The region both SDKs sign for. */
  public static final Region REGION = Region.US_EAST_1;
  /** Calls in flight in the async benchmarks, and the Netty client's connection limit. */
  public static final int IN_FLIGHT = 256;

  private Contenders() {}

  /** The credentials both SDKs sign with (the SigV4 test suite's example key). */
  public static AwsCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(
        "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
  }

  /**
   * The sync HTTP client: Apache, as built by default. It is the official client's default, and
   * it sets {@code TCP_NODELAY}, so a call on loopback costs what the SDK and the client do rather
   * than TCP's delays.
   */
  public static SdkHttpClient syncHttpClient() {
    return ApacheHttpClient.builder().build();
  }

  /** The async HTTP client: Netty, with as many connections as calls in flight. */
  public static SdkAsyncHttpClient asyncHttpClient() {
    return NettyNioAsyncHttpClient.builder().maxConcurrency(IN_FLIGHT).build();
  }

  /** This SDK's sync client. */
  public static dev.sagemaker4j.client.SageMakerClient ours(URI endpoint, SdkHttpClient http) {
    return dev.sagemaker4j.client.SageMakerClient.builder()
        .region(REGION)
        .credentialsProvider(credentials())
        .endpointOverride(endpoint)
        .httpClient(http)
        .build();
  }

  /** This SDK's async client. */
  public static dev.sagemaker4j.client.SageMakerAsyncClient oursAsync(URI endpoint,
      SdkAsyncHttpClient http) {
    return dev.sagemaker4j.client.SageMakerAsyncClient.builder()
        .region(REGION)
        .credentialsProvider(credentials())
        .endpointOverride(endpoint)
        .httpClient(http)
        .build();
  }

  /** The official sync client. */
  public static software.amazon.awssdk.services.sagemaker.SageMakerClient official(URI endpoint,
      SdkHttpClient http) {
    return software.amazon.awssdk.services.sagemaker.SageMakerClient.builder()
        .region(REGION)
        .credentialsProvider(credentials())
        .endpointOverride(endpoint)
        .httpClient(http)
        .build();
  }

  /** The official async client. */
  public static software.amazon.awssdk.services.sagemaker.SageMakerAsyncClient officialAsync(
      URI endpoint, SdkAsyncHttpClient http) {
    return software.amazon.awssdk.services.sagemaker.SageMakerAsyncClient.builder()
        .region(REGION)
        .credentialsProvider(credentials())
        .endpointOverride(endpoint)
        .httpClient(http)
        .build();
  }
}
