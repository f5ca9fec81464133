package dev.sagemaker4j.spring.sample;

import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import dev.sagemaker4j.model.ProductionVariantInstanceType;
import org.springframework.stereotype.Service;

/** Deploys a model behind a new endpoint and waits until the endpoint is in service. */
@Service
public class ModelDeployer {
  private final SageMakerClient sageMaker;

  public ModelDeployer(SageMakerClient sageMaker) {
    this.sageMaker = sageMaker;
  }

  /**
   * Creates the model {@code name}-model, the endpoint configuration {@code name}-config (one
   * ml.m5.xlarge instance) and the endpoint {@code name}, then waits until it is in service.
   */
  public DescribeEndpointResponse deploy(String name, String image, String modelDataUrl,
      String roleArn) {
    sageMaker.createModel(r -> r.modelName(name + "-model").executionRoleArn(roleArn)
        .primaryContainer(c -> c.image(image).modelDataUrl(modelDataUrl)));
    sageMaker.createEndpointConfig(r -> r.endpointConfigName(name + "-config")
        .productionVariants(v -> v.variantName("primary").modelName(name + "-model")
            .initialInstanceCount(1).instanceType(ProductionVariantInstanceType.ML_M5_XLARGE)));
    sageMaker.createEndpoint(r -> r.endpointName(name).endpointConfigName(name + "-config"));
    return sageMaker.waiter().waitUntilEndpointInService(r -> r.endpointName(name))
        .response().orElseThrow();
  }
}
