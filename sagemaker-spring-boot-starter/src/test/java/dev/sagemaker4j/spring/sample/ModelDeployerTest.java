package dev.sagemaker4j.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.client.waiters.WaiterException;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import dev.sagemaker4j.model.EndpointStatus;
import dev.sagemaker4j.spring.local.AutoConfigureLocalSageMaker;
import dev.sagemaker4j.testing.LocalSageMaker;
import dev.sagemaker4j.testing.ResourceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The sample application's service, tested against the stand-in: no AWS account. */
@SpringBootTest
@AutoConfigureLocalSageMaker
class ModelDeployerTest {
  static final String IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";
  static final String MODEL = "s3://churn-models/xgboost/model.tar.gz";
  static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";

  @Autowired ModelDeployer deployer;
  @Autowired LocalSageMaker sageMaker;

  @BeforeEach
  void forgetEverything() {
    sageMaker.reset();
  }

  @Test
  void deploy_createsTheEndpoint_andWaitsUntilItIsInService() {
    long start = System.nanoTime();

    DescribeEndpointResponse endpoint = deployer.deploy("churn", IMAGE, MODEL, ROLE);

    assertThat(endpoint.endpointStatus()).isEqualTo(EndpointStatus.IN_SERVICE);
    assertThat(endpoint.endpointArn())
        .isEqualTo("arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn");
    assertThat(endpoint.endpointConfigName()).hasValue("churn-config");
    // the waiter polls every 30 s against AWS; against the stand-in it does not sleep
    assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(10);
  }

  @Test
  void deploy_whenTheEndpointFails_reportsWhy() {
    sageMaker.failNext(ResourceKind.ENDPOINT, "churn", "The primary container failed ping.");

    assertThatThrownBy(() -> deployer.deploy("churn", IMAGE, MODEL, ROLE))
        .isInstanceOf(WaiterException.class)
        .hasMessageContaining("The primary container failed ping.");
  }
}
