/** A user's modular application that calls SageMaker through sagemaker4j. */
module check.modular {
  requires dev.sagemaker4j.client;
  requires jdk.httpserver;
}
