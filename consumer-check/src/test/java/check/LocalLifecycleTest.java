package check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import dev.sagemaker4j.model.EndpointStatus;
import dev.sagemaker4j.model.ProductionVariantInstanceType;
import dev.sagemaker4j.testing.LocalSageMaker;
import org.junit.jupiter.api.Test;

/** A whole endpoint lifecycle against the embedded stand-in, as the README shows it. */
class LocalLifecycleTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
  private static final String IMAGE =
      "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";

  @Test
  void endpointLifecycle_createWaitDelete_movesThroughTheServiceStates() {
    try (LocalSageMaker local = LocalSageMaker.start();
         SageMakerClient sageMaker = local.client()) {
      sageMaker.createModel(r -> r.modelName("churn-model").executionRoleArn(ROLE)
          .primaryContainer(c -> c.image(IMAGE).modelDataUrl("s3://bucket/model.tar.gz")));
      sageMaker.createEndpointConfig(r -> r.endpointConfigName("churn-config")
          .productionVariants(v -> v.variantName("variant-a").modelName("churn-model")
              .initialInstanceCount(1).instanceType(ProductionVariantInstanceType.ML_M5_XLARGE)));
      String arn = sageMaker.createEndpoint(r -> r.endpointName("churn")
          .endpointConfigName("churn-config")).endpointArn();
      assertEquals("arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn", arn);
      assertEquals(EndpointStatus.CREATING,
          sageMaker.describeEndpoint(r -> r.endpointName("churn")).endpointStatus());

      DescribeEndpointResponse inService = sageMaker.waiter()
          .waitUntilEndpointInService(r -> r.endpointName("churn")).response().orElseThrow();
      assertEquals(EndpointStatus.IN_SERVICE, inService.endpointStatus());

      sageMaker.deleteEndpoint(r -> r.endpointName("churn"));
      sageMaker.waiter().waitUntilEndpointDeleted(r -> r.endpointName("churn"));
      sageMaker.deleteEndpointConfig(r -> r.endpointConfigName("churn-config"));
      sageMaker.deleteModel(r -> r.modelName("churn-model"));

      SageMakerException gone = assertThrows(SageMakerException.class,
          () -> sageMaker.describeModel(r -> r.modelName("churn-model")));
      assertEquals("ValidationException", gone.errorCode());
      assertTrue(gone.getMessage().contains("churn-model"), gone.getMessage());
    }
  }
}
