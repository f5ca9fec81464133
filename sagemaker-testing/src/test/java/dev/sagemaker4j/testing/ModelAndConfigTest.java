package dev.sagemaker4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagemaker4j.model.DescribeEndpointConfigResponse;
import dev.sagemaker4j.model.DescribeModelResponse;
import dev.sagemaker4j.model.EndpointStatus;
import dev.sagemaker4j.testing.support.StandInTest;
import dev.sagemaker4j.testing.support.TestClock;
import org.junit.jupiter.api.Test;

/** Models and endpoint configurations: ARNs, echoes, duplicates, references, deletes. */
class ModelAndConfigTest extends StandInTest {
  @Test
  void createModel_answersLowerCasedArnAndDescribeEchoesTheRequest() {
    String arn = client.createModel(r -> r.modelName("Churn-XGBoost").executionRoleArn(ROLE)
        .primaryContainer(c -> c.image(IMAGE).modelDataUrl("s3://bucket/model.tar.gz")))
        .modelArn();

    DescribeModelResponse model = client.describeModel(r -> r.modelName("Churn-XGBoost"));
    assertEquals(ARN + "model/churn-xgboost", arn);
    assertEquals(arn, model.modelArn());
    assertEquals("Churn-XGBoost", model.modelName());
    assertEquals(ROLE, model.executionRoleArn().orElseThrow());
    assertEquals("s3://bucket/model.tar.gz",
        model.primaryContainer().orElseThrow().modelDataUrl().orElseThrow());
    assertEquals(TestClock.START, model.creationTime());
  }

  @Test
  void createModel_whenNameExists_failsWithCannotCreate() {
    createModel("churn-model");

    assertServiceError("ValidationException",
        "Cannot create already existing model \"" + ARN + "model/churn-model\".",
        () -> createModel("churn-model"));
  }

  @Test
  void describeOrDeleteModel_whenMissing_failsWithCouldNotFindModel() {
    String message = "Could not find model \"" + ARN + "model/ghost-model\".";

    assertServiceError("ValidationException", message,
        () -> client.describeModel(r -> r.modelName("Ghost-Model")));
    assertServiceError("ValidationException", message,
        () -> client.deleteModel(r -> r.modelName("ghost-model")));
  }

  @Test
  void createEndpointConfig_whenNameExists_failsWithCannotCreate() {
    createModel("churn-model");
    createConfig("churn-config", "churn-model");

    assertServiceError("ValidationException", "Cannot create already existing endpoint"
            + " configuration \"" + ARN + "endpoint-config/churn-config\".",
        () -> createConfig("churn-config", "churn-model"));
  }

  @Test
  void createEndpointConfig_whenModelMissing_failsWithCouldNotFindModel() {
    assertServiceError("ValidationException",
        "Could not find model \"" + ARN + "model/ghost-model\".",
        () -> createConfig("churn-config", "Ghost-Model"));
  }

  @Test
  void describeEndpointConfig_echoesTheVariants() {
    createModel("churn-model");
    String arn = client.createEndpointConfig(r -> r.endpointConfigName("Churn-Config")
        .productionVariants(v -> v.variantName("AllTraffic").modelName("churn-model")
            .instanceType(INSTANCE_TYPE).initialInstanceCount(2).initialVariantWeight(1.0f)))
        .endpointConfigArn();

    DescribeEndpointConfigResponse config =
        client.describeEndpointConfig(r -> r.endpointConfigName("Churn-Config"));
    assertEquals(ARN + "endpoint-config/churn-config", arn);
    assertEquals(arn, config.endpointConfigArn());
    assertEquals(2, config.productionVariants().get(0).initialInstanceCount().getAsInt());
    assertEquals(INSTANCE_TYPE,
        config.productionVariants().get(0).instanceTypeAsString().orElseThrow());
  }

  @Test
  void describeOrDeleteEndpointConfig_whenMissing_failsWithCouldNotFindEndpointConfiguration() {
    String message = "Could not find endpoint configuration \"" + ARN
        + "endpoint-config/ghost-config\".";

    assertServiceError("ValidationException", message,
        () -> client.describeEndpointConfig(r -> r.endpointConfigName("ghost-config")));
    assertServiceError("ValidationException", message,
        () -> client.deleteEndpointConfig(r -> r.endpointConfigName("ghost-config")));
  }

  @Test
  void deleteModelAndConfig_whileAnEndpointUsesThem_succeed() {
    createEndpoint("churn");
    client.waiter().waitUntilEndpointInService(r -> r.endpointName("churn"));

    client.deleteModel(r -> r.modelName("churn-model"));
    client.deleteEndpointConfig(r -> r.endpointConfigName("churn-config"));

    assertEquals(EndpointStatus.IN_SERVICE,
        client.describeEndpoint(r -> r.endpointName("churn")).endpointStatus());
    assertServiceError("ValidationException",
        "Could not find model \"" + ARN + "model/churn-model\".",
        () -> client.describeModel(r -> r.modelName("churn-model")));
  }
}
