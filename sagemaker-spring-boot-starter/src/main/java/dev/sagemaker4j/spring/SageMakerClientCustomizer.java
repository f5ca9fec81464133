package dev.sagemaker4j.spring;

import dev.sagemaker4j.client.SageMakerClientBuilder;

/**
 * Changes the builder of the auto-configured {@link dev.sagemaker4j.client.SageMakerClient}
 * after the {@code sagemaker4j.*} properties were applied, for what properties do not cover: an
 * HTTP client of your own, a credentials provider, interceptors. Declare one or more as beans;
 * they run in their {@code @Order}.
 *
 * <pre>{@code
 * @Bean
 * SageMakerClientCustomizer apacheHttpClient() {
 *   return builder -> builder.httpClient(ApacheHttpClient.create());
 * }
 * }</pre>
 *
 * <p>An HTTP client or credentials provider given this way is not closed by the SageMaker
 * client: make it a bean of its own so that the application context closes it.
 */
@FunctionalInterface
public interface SageMakerClientCustomizer {
  /** Changes the builder; called once, before the client is built. */
  void customize(SageMakerClientBuilder builder);
}
