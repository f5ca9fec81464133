package dev.sagemaker4j.testing.support;

import dev.sagemaker4j.testing.LocalSageMaker;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;

/** The official AWS SDK v2 SageMaker client, pointed at a stand-in with its credentials. */
public final class OfficialClients {
  private OfficialClients() {}

  /** A new official client for {@code local}; the caller closes it. */
  public static SageMakerClient of(LocalSageMaker local) {
    return SageMakerClient.builder()
        .region(local.region())
        .endpointOverride(local.endpoint())
        .credentialsProvider(local.credentialsProvider())
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .build();
  }
}
