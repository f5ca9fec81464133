package dev.sagemaker4j.testing;

// The README's "Testing your code with sagemaker-testing" example, kept compiling and passing.
import static org.junit.jupiter.api.Assertions.*;

import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.client.exception.ResourceLimitExceededException;
import dev.sagemaker4j.model.*;
import dev.sagemaker4j.testing.SageMakerError;
import dev.sagemaker4j.testing.SageMakerWireMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EndpointDeployerTest {
  @RegisterExtension
  static SageMakerWireMock sageMaker = SageMakerWireMock.create();

  /** The code under test. */
  record EndpointDeployer(SageMakerClient sageMaker) {
    String deploy(String name, String config) {
      return sageMaker.createEndpoint(r -> r.endpointName(name).endpointConfigName(config))
          .endpointArn();
    }
  }

  @Test
  void deploy_sendsTheNameAndConfig_andReturnsTheArn() {
    sageMaker.stubs().createEndpoint().willReturn(CreateEndpointResponse.builder()
        .endpointArn("arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn").build());

    String arn = new EndpointDeployer(sageMaker.client()).deploy("churn", "churn-v2");

    assertEquals("arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn", arn);
    CreateEndpointRequest sent = sageMaker.sent().createEndpoint().get(0);
    assertEquals("churn-v2", sent.endpointConfigName());
  }

  @Test
  void deploy_whenTheQuotaIsUsedUp_throwsTheModeledError() {
    sageMaker.stubs().createEndpoint().willFail(SageMakerError.RESOURCE_LIMIT_EXCEEDED,
        "The account-level service limit 'ml.m5.xlarge for endpoint usage' is 2 Instances");

    assertThrows(ResourceLimitExceededException.class,
        () -> new EndpointDeployer(sageMaker.client()).deploy("churn", "churn-v2"));
  }

  @Test
  void deploy_whenThrottled_retriesAndSucceeds() {
    sageMaker.stubs().createEndpoint().throttleThenReturn(2,
        CreateEndpointResponse.builder().endpointArn("arn:aws:sagemaker:x").build());

    new EndpointDeployer(sageMaker.client()).deploy("churn", "churn-v2");

    assertEquals(3, sageMaker.sent().createEndpoint().size());
  }
}
