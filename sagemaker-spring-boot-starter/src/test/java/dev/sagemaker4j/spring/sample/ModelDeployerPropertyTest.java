package dev.sagemaker4j.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.testing.LocalSageMaker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The same support by property instead of annotation, with the stand-in in another region. */
@SpringBootTest(properties = {"sagemaker4j.local.enabled=true", "sagemaker4j.region=eu-west-1"})
class ModelDeployerPropertyTest {
  @Autowired ModelDeployer deployer;
  @Autowired SageMakerClient client;
  @Autowired LocalSageMaker sageMaker;

  @Test
  void deploy_inTheConfiguredRegion() {
    String arn = deployer.deploy("churn-eu", ModelDeployerTest.IMAGE, ModelDeployerTest.MODEL,
        ModelDeployerTest.ROLE).endpointArn();

    assertThat(arn).isEqualTo("arn:aws:sagemaker:eu-west-1:123456789012:endpoint/churn-eu");
    assertThat(sageMaker.region().id()).isEqualTo("eu-west-1");
    assertThat(client.describeModel(r -> r.modelName("churn-eu-model")).modelName())
        .isEqualTo("churn-eu-model");
  }
}
