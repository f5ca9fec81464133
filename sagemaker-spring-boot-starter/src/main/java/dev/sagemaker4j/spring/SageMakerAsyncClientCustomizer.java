package dev.sagemaker4j.spring;

import dev.sagemaker4j.client.SageMakerAsyncClientBuilder;

/**
 * Changes the builder of the auto-configured {@link dev.sagemaker4j.client.SageMakerAsyncClient}
 * after the {@code sagemaker4j.*} properties were applied. Declare one or more as beans; they run
 * in their {@code @Order}.
 *
 * <pre>{@code
 * @Bean
 * SageMakerAsyncClientCustomizer nettyPool(SdkAsyncHttpClient netty) {   // a bean of yours
 *   return builder -> builder.httpClient(netty);
 * }
 * }</pre>
 *
 * <p>An HTTP client or credentials provider given this way is not closed by the SageMaker
 * client: make it a bean of its own so that the application context closes it.
 */
@FunctionalInterface
public interface SageMakerAsyncClientCustomizer {
  /** Changes the builder; called once, before the client is built. */
  void customize(SageMakerAsyncClientBuilder builder);
}
