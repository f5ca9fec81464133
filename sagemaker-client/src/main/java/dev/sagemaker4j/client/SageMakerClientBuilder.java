package dev.sagemaker4j.client;

import dev.sagemaker4j.client.internal.DefaultSageMakerClient;
import dev.sagemaker4j.client.internal.Operations;
import dev.sagemaker4j.client.internal.SyncInvoker;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * Builds a {@link SageMakerClient}.
 *
 * <pre>{@code
 * SageMakerClient client = SageMakerClient.builder()
 *     .region(Region.EU_WEST_1)
 *     .httpClient(ApacheHttpClient.create())   // optional: any SdkHttpClient
 *     .build();
 * }</pre>
 */
public final class SageMakerClientBuilder
    extends SageMakerClientBuilderBase<SageMakerClientBuilder> {
  private @Nullable SdkHttpClient httpClient;
  private SdkHttpClient.@Nullable Builder<?> httpClientBuilder;

  SageMakerClientBuilder() {}

  /**
   * The HTTP client to send through: Apache, URL-connection, CRT, or any other {@link
   * SdkHttpClient}, tuned as you like. The SageMaker client does not close it; close it yourself
   * when every client using it is closed. Without one, the client creates a URL-connection client
   * and closes it with itself.
   */
  public SageMakerClientBuilder httpClient(SdkHttpClient httpClient) {
    this.httpClient = httpClient;
    this.httpClientBuilder = null;
    return this;
  }

  /**
   * A builder of the HTTP client to send through, such as {@code ApacheHttpClient.builder()
   * .maxConnections(100)}: the SageMaker client builds it, owns it, and closes it with itself.
   * Replaces an {@link #httpClient(SdkHttpClient)} given before.
   */
  public SageMakerClientBuilder httpClientBuilder(SdkHttpClient.Builder<?> builder) {
    this.httpClientBuilder = builder;
    this.httpClient = null;
    return this;
  }

  /** A new client. Share one client across threads; close it when done. */
  public SageMakerClient build() {
    List<AutoCloseable> owned = new ArrayList<>();
    SdkHttpClient http = httpClient;
    if (http == null) {
      http = httpClientBuilder != null ? httpClientBuilder.build()
          : UrlConnectionHttpClient.create();
      owned.add(http);
    }
    return new DefaultSageMakerClient(new SyncInvoker(runtime(owned), http,
        Operations::byName));
  }
}
