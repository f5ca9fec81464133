package dev.sagemaker4j.testing;

/**
 * The kinds of resource of the stand-in's hand-written families whose lifecycle {@link
 * LocalSageMaker#failNext(ResourceKind, String, String)} can make fail; {@link
 * LocalSageMaker#failNext(String, String, String)} takes any other kind by its name.
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
