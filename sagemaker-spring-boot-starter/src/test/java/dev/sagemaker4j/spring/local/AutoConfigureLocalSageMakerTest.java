package dev.sagemaker4j.spring.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.testing.LocalSageMaker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.TestPropertySource;

/**
 * The annotation alone, in a context without {@code @EnableAutoConfiguration} (as in a test
 * slice): it imports the auto-configurations and turns the stand-in on; the test's own
 * {@code @TestPropertySource} still applies beside the one the annotation carries.
 */
@SpringBootTest(classes = AutoConfigureLocalSageMakerTest.NothingElse.class)
@AutoConfigureLocalSageMaker
@TestPropertySource(properties = "sagemaker4j.local.account-id=210987654321")
class AutoConfigureLocalSageMakerTest {
  @Configuration(proxyBeanMethods = false)
  static class NothingElse {}

  @Autowired SageMakerClient client;
  @Autowired LocalSageMaker local;

  @Test
  void theClientCallsTheStandIn() {
    String arn = client.createModel(r -> r.modelName("slice-model")
        .executionRoleArn("arn:aws:iam::123456789012:role/SageMakerRole")
        .primaryContainer(c -> c.image("683313688378.dkr.ecr.us-east-1.amazonaws.com/xgboost:1")))
        .modelArn();

    assertThat(arn).isEqualTo("arn:aws:sagemaker:us-east-1:210987654321:model/slice-model");
    try (SageMakerClient standIns = local.client()) {
      assertThat(standIns.describeModel(r -> r.modelName("slice-model")).modelArn())
          .isEqualTo(arn);
    }
  }
}
