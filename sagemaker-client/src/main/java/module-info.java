/**
 * The SageMaker clients: {@code SageMakerClient} and {@code SageMakerAsyncClient} with their
 * builders and configuration ({@code dev.sagemaker4j.client}), the service's errors ({@code
 * dev.sagemaker4j.client.exception}), paginators and waiters.
 *
 * <p>{@code dev.sagemaker4j.client.internal} (the operation descriptors and the call path) is for
 * the test kit only. The async client finds its HTTP client through the AWS SDK's {@code
 * SdkAsyncHttpService} (Netty's, when {@code netty-nio-client} is present).
 */
// "module": the test kit is compiled after this module; the AWS SDK's jars are automatic modules.
@SuppressWarnings({"module", "requires-automatic", "requires-transitive-automatic"})
module dev.sagemaker4j.client {
  requires transitive dev.sagemaker4j.model;
  requires transitive org.reactivestreams;
  requires transitive software.amazon.awssdk.auth;
  requires transitive software.amazon.awssdk.awscore;
  requires transitive software.amazon.awssdk.core;
  requires transitive software.amazon.awssdk.http;
  requires transitive software.amazon.awssdk.http.auth.spi;
  requires transitive software.amazon.awssdk.identity.spi;
  requires transitive software.amazon.awssdk.regions;
  requires transitive software.amazon.awssdk.retries.api;
  requires software.amazon.awssdk.http.auth.aws;
  requires software.amazon.awssdk.http.urlconnection;
  requires software.amazon.awssdk.retries;
  requires software.amazon.awssdk.utils;
  requires org.slf4j;

  exports dev.sagemaker4j.client;
  exports dev.sagemaker4j.client.exception;
  exports dev.sagemaker4j.client.paginators;
  exports dev.sagemaker4j.client.waiters;
  exports dev.sagemaker4j.client.internal to dev.sagemaker4j.testing;

  uses software.amazon.awssdk.http.async.SdkAsyncHttpService;
}
