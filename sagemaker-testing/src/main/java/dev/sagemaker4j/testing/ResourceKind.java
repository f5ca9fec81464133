package dev.sagemaker4j.testing;

/**
 * The kinds of resource whose lifecycle {@link LocalSageMaker#failNext} can make fail.
 */
public enum ResourceKind {
  /** An endpoint: a create ends {@code Failed}, an update rolls back to {@code InService}. */
  ENDPOINT,
  /** A processing job: ends {@code Failed} instead of {@code Completed}. */
  PROCESSING_JOB,
  /** A pipeline execution: ends {@code Failed} instead of {@code Succeeded}. */
  PIPELINE_EXECUTION,
  /** A HyperPod cluster: ends {@code Failed} instead of {@code InService}. */
  CLUSTER
}
