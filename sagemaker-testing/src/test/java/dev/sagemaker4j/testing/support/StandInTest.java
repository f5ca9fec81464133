package dev.sagemaker4j.testing.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sagemaker4j.client.SageMakerAsyncClient;
import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.testing.LocalSageMaker;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

/** What the stand-in's tests share: the stand-in, its clients, and small helpers. */
public abstract class StandInTest {
  protected static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
  protected static final String IMAGE =
      "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-xgboost:latest";
  protected static final String ARN = "arn:aws:sagemaker:us-east-1:123456789012:";
  protected static final String INSTANCE_TYPE = "ml.c5.large";

  protected final LocalSageMaker local = Shared.LOCAL;
  protected final SageMakerClient client = Shared.CLIENT;
  protected final SageMakerClient unchecked = Shared.UNCHECKED;
  protected final SageMakerAsyncClient async = Shared.ASYNC;
  protected final TestClock clock = Shared.CLOCK;

  @BeforeEach
  void resetStandIn() {
    Shared.reset();
  }

  /** Runs {@code call}, expecting a service error with this code and message. */
  protected static SageMakerException assertServiceError(String code, String message,
      Executable call) {
    SageMakerException e = assertThrows(SageMakerException.class, call);
    assertEquals(code, e.errorCode(), () -> "message was: " + e.errorMessage());
    assertEquals(message, e.errorMessage());
    assertEquals(400, e.statusCode());
    return e;
  }

  protected void tick() {
    clock.advance(Duration.ofSeconds(1));
  }

  protected void createModel(String name) {
    client.createModel(r -> r.modelName(name).executionRoleArn(ROLE)
        .primaryContainer(c -> c.image(IMAGE)));
  }

  protected void createConfig(String name, String model) {
    createConfig(name, model, INSTANCE_TYPE, 1);
  }

  protected void createConfig(String name, String model, String instanceType, int count) {
    client.createEndpointConfig(r -> r.endpointConfigName(name)
        .productionVariants(v -> v.variantName("AllTraffic").modelName(model)
            .instanceType(instanceType).initialInstanceCount(count)));
  }

  /** A model, a configuration and an endpoint, all named after {@code name}. */
  protected String createEndpoint(String name) {
    createModel(name + "-model");
    createConfig(name + "-config", name + "-model");
    return client.createEndpoint(r -> r.endpointName(name).endpointConfigName(name + "-config"))
        .endpointArn();
  }

  protected String createProcessingJob(String name) {
    return createProcessingJob(name, INSTANCE_TYPE, 1);
  }

  protected String createProcessingJob(String name, String instanceType, int count) {
    return client.createProcessingJob(r -> r.processingJobName(name).roleArn(ROLE)
        .appSpecification(a -> a.imageUri(IMAGE))
        .processingResources(p -> p.clusterConfig(c -> c.instanceCount(count)
            .instanceType(instanceType).volumeSizeInGB(30))))
        .processingJobArn();
  }

  protected String createPipeline(String name) {
    return client.createPipeline(r -> r.pipelineName(name).roleArn(ROLE)
        .pipelineDefinition("{\"Version\":\"2020-12-01\",\"Steps\":[]}")).pipelineArn().orElseThrow();
  }

  protected String createCluster(String name) {
    return client.createCluster(r -> r.clusterName(name)
        .instanceGroups(g -> g.instanceGroupName("workers").instanceType("ml.c5.xlarge")
            .instanceCount(2).executionRole(ROLE)))
        .clusterArn();
  }
}
