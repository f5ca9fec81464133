/**
 * JMH benchmarks of this SDK against the official AWS SDK v2 SageMaker client and the bare HTTP
 * client, over one local server; run them with {@code sagemaker-benchmarks/run.sh}.
 */
package dev.sagemaker4j.benchmarks;
