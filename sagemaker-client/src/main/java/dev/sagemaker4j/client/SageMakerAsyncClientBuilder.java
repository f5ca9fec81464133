package dev.sagemaker4j.client;

import dev.sagemaker4j.client.internal.AsyncInvoker;
import dev.sagemaker4j.client.internal.DefaultSageMakerAsyncClient;
import dev.sagemaker4j.client.internal.Operations;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpService;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * Builds a {@link SageMakerAsyncClient}.
 *
 * <pre>{@code
 * SageMakerAsyncClient client = SageMakerAsyncClient.builder()
 *     .region(Region.EU_WEST_1)
 *     .httpClientBuilder(NettyNioAsyncHttpClient.builder().maxConcurrency(200))
 *     .build();
 * }</pre>
 */
public final class SageMakerAsyncClientBuilder
    extends SageMakerClientBuilderBase<SageMakerAsyncClientBuilder> {
  private @Nullable SdkAsyncHttpClient httpClient;
  private SdkAsyncHttpClient.@Nullable Builder<?> httpClientBuilder;

  SageMakerAsyncClientBuilder() {}

  /**
   * The async HTTP client to send through: Netty, CRT, or any other {@link SdkAsyncHttpClient}.
   * The SageMaker client does not close it: close it yourself when every client using it is
   * closed, or its threads keep running. Without one, the client creates one from the first
   * async HTTP implementation on the class path (add {@code software.amazon.awssdk:
   * netty-nio-client}) and closes it with itself.
   */
  public SageMakerAsyncClientBuilder httpClient(SdkAsyncHttpClient httpClient) {
    this.httpClient = httpClient;
    this.httpClientBuilder = null;
    return this;
  }

  /**
   * A builder of the async HTTP client to send through, such as {@code
   * NettyNioAsyncHttpClient.builder().maxConcurrency(200)}: the SageMaker client builds it, owns
   * it, and closes it (and its threads) with itself. Replaces an {@link
   * #httpClient(SdkAsyncHttpClient)} given before.
   */
  public SageMakerAsyncClientBuilder httpClientBuilder(SdkAsyncHttpClient.Builder<?> builder) {
    this.httpClientBuilder = builder;
    this.httpClient = null;
    return this;
  }

  /** A new client. Share one client; close it when done. */
  public SageMakerAsyncClient build() {
    List<AutoCloseable> owned = new ArrayList<>();
    SdkAsyncHttpClient http = httpClient;
    if (http == null) {
      http = httpClientBuilder != null ? httpClientBuilder.build() : defaultHttpClient();
      owned.add(http);
    }
    return new DefaultSageMakerAsyncClient(new AsyncInvoker(runtime(owned), http,
        Operations::byName));
  }

  private static SdkAsyncHttpClient defaultHttpClient() {
    Iterator<SdkAsyncHttpService> services = ServiceLoader.load(SdkAsyncHttpService.class,
        SageMakerAsyncClientBuilder.class.getClassLoader()).iterator();
    if (!services.hasNext()) {
      throw new IllegalStateException("No async HTTP client: add software.amazon.awssdk:"
          + "netty-nio-client (or aws-crt-client) to the class path, or pass one with"
          + " httpClient(...)");
    }
    return services.next().createAsyncHttpClientFactory()
        .buildWithDefaults(AttributeMap.builder().build()
            .merge(SdkHttpConfigurationOption.GLOBAL_HTTP_DEFAULTS));
  }
}
