package dev.sagemaker4j.examples;

import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.model.CapacitySizeType;
import dev.sagemaker4j.model.ProductionVariantInstanceType;
import dev.sagemaker4j.model.TrafficRoutingConfigType;

/**
 * Deploys a model behind an endpoint, then moves the endpoint to a new configuration with a
 * blue/green canary deployment, and cleans up: CreateModel, CreateEndpointConfig,
 * CreateEndpoint, wait until in service, UpdateEndpoint, wait again, delete everything.
 */
public final class DeployModel {
  static final String IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";

  public static void main(String[] args) {
    try (Examples env = Examples.open(args)) {
      run(env);
    }
  }

  static void run(Examples env) {
    env.title("Deploy a model, then a blue/green canary update");
    SageMakerClient sageMaker = env.client();
    String model = env.name("churn-model");
    String configV1 = env.name("churn-config-v1");
    String configV2 = env.name("churn-config-v2");
    String endpoint = env.name("churn-endpoint");

    sageMaker.createModel(r -> r.modelName(model).executionRoleArn(env.roleArn())
        .primaryContainer(c -> c.image(IMAGE).modelDataUrl(env.s3("churn/model.tar.gz"))));
    env.step("created model %s", model);
    for (String config : new String[] {configV1, configV2}) {
      sageMaker.createEndpointConfig(r -> r.endpointConfigName(config)
          .productionVariants(v -> v.variantName("variant-a").modelName(model)
              .initialInstanceCount(1).instanceType(ProductionVariantInstanceType.ML_M5_XLARGE)));
      env.step("created endpoint configuration %s", config);
    }

    String arn = sageMaker.createEndpoint(r -> r.endpointName(endpoint)
        .endpointConfigName(configV1)).endpointArn();
    env.step("creating endpoint %s", arn);
    int polls = sageMaker.waiter().waitUntilEndpointInService(r -> r.endpointName(endpoint),
        env::waits).attempts();
    env.step("endpoint in service after %d polls", polls);

    sageMaker.updateEndpoint(r -> r.endpointName(endpoint).endpointConfigName(configV2)
        .deploymentConfig(d -> d.blueGreenUpdatePolicy(b -> b
            .trafficRoutingConfiguration(t -> t.type(TrafficRoutingConfigType.CANARY)
                .waitIntervalInSeconds(300)
                .canarySize(c -> c.type(CapacitySizeType.CAPACITY_PERCENT).value(10)))
            .terminationWaitInSeconds(300))));
    env.step("updating to %s: 10%% canary, then the rest after 5 minutes", configV2);
    String now = sageMaker.waiter().waitUntilEndpointInService(r -> r.endpointName(endpoint),
        env::waits).response().orElseThrow().endpointConfigName().orElse("?");
    env.step("endpoint in service on %s", now);

    sageMaker.deleteEndpoint(r -> r.endpointName(endpoint));
    sageMaker.waiter().waitUntilEndpointDeleted(r -> r.endpointName(endpoint), env::waits);
    env.step("endpoint deleted");
    sageMaker.deleteEndpointConfig(r -> r.endpointConfigName(configV1));
    sageMaker.deleteEndpointConfig(r -> r.endpointConfigName(configV2));
    sageMaker.deleteModel(r -> r.modelName(model));
    env.step("configurations and model deleted");
  }

  private DeployModel() {}
}
