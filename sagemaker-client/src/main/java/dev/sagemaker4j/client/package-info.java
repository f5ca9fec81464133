/**
 * The SageMaker clients: {@link dev.sagemaker4j.client.SageMakerClient} and {@link
 * dev.sagemaker4j.client.SageMakerAsyncClient}, their builders and configuration.
 */
package dev.sagemaker4j.client;
