package dev.sagemaker4j.examples;

import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.client.exception.ResourceLimitExceededException;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.model.ConstraintViolation;
import dev.sagemaker4j.model.ConstraintViolationException;
import dev.sagemaker4j.model.ProductionVariantInstanceType;

/**
 * The errors a deployment meets, and what the SDK tells about each: a name already taken, an
 * account quota used up, and a request that breaks the model's rules, caught before sending.
 */
public final class HandleErrors {
  public static void main(String[] args) {
    // Locally, allow one ml.m5.xlarge endpoint instance, as a fresh account might.
    try (Examples env = Examples.open(args,
        local -> local.endpointInstanceQuota("ml.m5.xlarge", 1), System.out)) {
      run(env);
    }
  }

  static void run(Examples env) {
    env.title("Handle errors");
    SageMakerClient sageMaker = env.client();
    String model = env.name("churn-model");
    sageMaker.createModel(r -> r.modelName(model).executionRoleArn(env.roleArn())
        .primaryContainer(c -> c.image(DeployModel.IMAGE)));

    // 1. A duplicate name: SageMaker answers ValidationException for models.
    try {
      sageMaker.createModel(r -> r.modelName(model).executionRoleArn(env.roleArn())
          .primaryContainer(c -> c.image(DeployModel.IMAGE)));
    } catch (SageMakerException e) {
      env.step("duplicate name: %s: %s (request id %s)", e.errorCode(), e.errorMessage(),
          e.requestId());
    }

    // 2. An account quota: a modeled error with its own exception type.
    String config = env.name("churn-config");
    sageMaker.createEndpointConfig(r -> r.endpointConfigName(config)
        .productionVariants(v -> v.variantName("a").modelName(model).initialInstanceCount(2)
            .instanceType(ProductionVariantInstanceType.ML_M5_XLARGE)));
    try {
      sageMaker.createEndpoint(r -> r.endpointName(env.name("churn")).endpointConfigName(config));
      env.step("the quota allowed two instances; nothing to report");
    } catch (ResourceLimitExceededException e) {
      env.step("quota: %s", e.errorMessage());
    }

    // 3. Broken rules are caught before anything is sent, all of them at once.
    try {
      sageMaker.createEndpoint(r -> r.endpointName("churn endpoint!")
          .tags(t -> t.key("").value("x")));
    } catch (ConstraintViolationException e) {
      for (ConstraintViolation v : e.violations()) {
        env.step("not sent: %s", v.message());
      }
    }

    sageMaker.deleteEndpointConfig(r -> r.endpointConfigName(config));
    sageMaker.deleteModel(r -> r.modelName(model));
    env.step("cleaned up");
  }

  private HandleErrors() {}
}
