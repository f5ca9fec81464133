package dev.sagemaker4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.client.waiters.WaiterException;
import dev.sagemaker4j.client.waiters.WaiterResponse;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import dev.sagemaker4j.model.EndpointStatus;
import dev.sagemaker4j.model.ProductionVariantSummary;
import dev.sagemaker4j.testing.support.StandInTest;
import org.junit.jupiter.api.Test;

/** Endpoints: errors of the service's table, lifecycle over polls, failures. */
class EndpointTest extends StandInTest {
  private static final String CHURN_ARN = ARN + "endpoint/churn-endpoint";

  private DescribeEndpointResponse describe(String name) {
    return client.describeEndpoint(r -> r.endpointName(name));
  }

  @Test
  void createEndpoint_answersLowerCasedArnAndKeepsTheNameAsGiven() {
    String arn = createEndpoint("Churn-Endpoint");

    assertEquals(CHURN_ARN, arn);
    DescribeEndpointResponse e = describe("churn-endpoint");
    assertEquals("Churn-Endpoint", e.endpointName());
    assertEquals(CHURN_ARN, e.endpointArn());
    assertEquals("Churn-Endpoint-config", e.endpointConfigName().orElseThrow());
  }

  @Test
  void createEndpoint_whenNameExists_failsWithCannotCreate() {
    createEndpoint("churn-endpoint");

    assertServiceError("ValidationException",
        "Cannot create already existing endpoint \"" + CHURN_ARN + "\".",
        () -> unchecked.createEndpoint(r -> r.endpointName("churn-endpoint")
            .endpointConfigName("churn-endpoint-config")));
  }

  @Test
  void createEndpoint_whenNameExistsInOtherCase_failsWithCannotCreate() {
    createEndpoint("churn-endpoint");

    assertServiceError("ValidationException",
        "Cannot create already existing endpoint \"" + CHURN_ARN + "\".",
        () -> unchecked.createEndpoint(r -> r.endpointName("CHURN-Endpoint")
            .endpointConfigName("churn-endpoint-config")));
  }

  @Test
  void createEndpoint_whileOldOneIsDeleting_failsWithCannotCreate() {
    createEndpoint("churn-endpoint");
    describe("churn-endpoint");
    describe("churn-endpoint");
    client.deleteEndpoint(r -> r.endpointName("churn-endpoint"));

    assertEquals(EndpointStatus.DELETING, describe("churn-endpoint").endpointStatus());
    assertServiceError("ValidationException",
        "Cannot create already existing endpoint \"" + CHURN_ARN + "\".",
        () -> unchecked.createEndpoint(r -> r.endpointName("churn-endpoint")
            .endpointConfigName("churn-endpoint-config")));
  }

  @Test
  void createEndpoint_whenConfigMissing_failsWithCouldNotFindEndpointConfiguration() {
    assertServiceError("ValidationException", "Could not find endpoint configuration \"" + ARN
            + "endpoint-config/no-such-config\".",
        () -> unchecked.createEndpoint(r -> r.endpointName("churn-endpoint")
            .endpointConfigName("No-Such-Config")));
  }

  @Test
  void createEndpoint_whenModelOfConfigIsGone_failsWithCouldNotFindModel() {
    createModel("churn-model");
    createConfig("churn-config", "churn-model");
    client.deleteModel(r -> r.modelName("churn-model"));

    assertServiceError("ValidationException",
        "Could not find model \"" + ARN + "model/churn-model\".",
        () -> unchecked.createEndpoint(r -> r.endpointName("churn-endpoint")
            .endpointConfigName("churn-config")));
  }

  @Test
  void describeUpdateDeleteEndpoint_whenMissing_failWithCouldNotFindEndpoint() {
    String message = "Could not find endpoint \"" + ARN + "endpoint/ghost\".";
    createModel("m");
    createConfig("c", "m");

    assertServiceError("ValidationException", message, () -> describe("Ghost"));
    assertServiceError("ValidationException", message,
        () -> client.updateEndpoint(r -> r.endpointName("ghost").endpointConfigName("c")));
    assertServiceError("ValidationException", message,
        () -> client.deleteEndpoint(r -> r.endpointName("ghost")));
  }

  @Test
  void describeEndpoint_movesCreatingToInServiceAfterTwoPolls() {
    createEndpoint("churn-endpoint");

    DescribeEndpointResponse first = describe("churn-endpoint");
    DescribeEndpointResponse second = describe("churn-endpoint");
    DescribeEndpointResponse third = describe("churn-endpoint");

    assertEquals(EndpointStatus.CREATING, first.endpointStatus());
    assertFalse(first.productionVariants().get(0).currentInstanceCount().isPresent());
    assertEquals(1, first.productionVariants().get(0).desiredInstanceCount().getAsInt());
    assertEquals(EndpointStatus.CREATING, second.endpointStatus());
    assertEquals(EndpointStatus.IN_SERVICE, third.endpointStatus());
    ProductionVariantSummary variant = third.productionVariants().get(0);
    assertEquals("AllTraffic", variant.variantName());
    assertEquals(1, variant.currentInstanceCount().getAsInt());
    assertEquals(1.0f, variant.currentWeight().orElseThrow());
    assertFalse(third.failureReason().isPresent());
  }

  @Test
  void waiter_endpointInService_succeedsOnTheThirdPoll() {
    createEndpoint("churn-endpoint");

    WaiterResponse<DescribeEndpointResponse> done =
        client.waiter().waitUntilEndpointInService(r -> r.endpointName("churn-endpoint"));

    assertEquals(3, done.attempts());
    assertEquals(EndpointStatus.IN_SERVICE, done.response().orElseThrow().endpointStatus());
  }

  @Test
  void describeEndpoint_whenFailurePlanned_endsFailedWithReason() {
    createEndpoint("churn-endpoint");
    local.failNext(ResourceKind.ENDPOINT, "churn-endpoint", "The primary container failed ping.");

    describe("churn-endpoint");
    describe("churn-endpoint");
    DescribeEndpointResponse failed = describe("churn-endpoint");

    assertEquals(EndpointStatus.FAILED, failed.endpointStatus());
    assertEquals("The primary container failed ping.", failed.failureReason().orElseThrow());
    WaiterException e = assertThrows(WaiterException.class,
        () -> client.waiter().waitUntilEndpointInService(r -> r.endpointName("churn-endpoint")));
    assertTrue(e.getMessage().contains("The primary container failed ping."), e.getMessage());
  }

  @Test
  void failNext_forAnotherName_leavesThisEndpointAlone() {
    createEndpoint("churn-endpoint");
    local.failNext(ResourceKind.ENDPOINT, "other-endpoint", "boom");

    client.waiter().waitUntilEndpointInService(r -> r.endpointName("churn-endpoint"));
    createEndpoint("other-endpoint");
    assertThrows(WaiterException.class,
        () -> client.waiter().waitUntilEndpointInService(r -> r.endpointName("other-endpoint")));
  }

  @Test
  void updateEndpoint_isUpdatingOnTheOldConfigThenInServiceOnTheNew() {
    createEndpoint("churn-endpoint");
    client.waiter().waitUntilEndpointInService(r -> r.endpointName("churn-endpoint"));
    createConfig("churn-config-v2", "churn-endpoint-model", INSTANCE_TYPE, 3);

    String arn = client.updateEndpoint(r -> r.endpointName("churn-endpoint")
        .endpointConfigName("churn-config-v2")).endpointArn();
    DescribeEndpointResponse updating = describe("churn-endpoint");
    describe("churn-endpoint");
    DescribeEndpointResponse updated = describe("churn-endpoint");

    assertEquals(CHURN_ARN, arn);
    assertEquals(EndpointStatus.UPDATING, updating.endpointStatus());
    assertEquals("churn-endpoint-config", updating.endpointConfigName().orElseThrow());
    assertEquals("churn-config-v2",
        updating.pendingDeploymentSummary().orElseThrow().endpointConfigName());
    assertEquals(EndpointStatus.IN_SERVICE, updated.endpointStatus());
    assertEquals("churn-config-v2", updated.endpointConfigName().orElseThrow());
    assertEquals(3, updated.productionVariants().get(0).currentInstanceCount().getAsInt());
    assertFalse(updated.pendingDeploymentSummary().isPresent());
  }

  @Test
  void updateEndpoint_whenFailurePlanned_rollsBackToOldConfigWithReason() {
    createEndpoint("churn-endpoint");
    client.waiter().waitUntilEndpointInService(r -> r.endpointName("churn-endpoint"));
    createConfig("churn-config-v2", "churn-endpoint-model");
    local.failNext(ResourceKind.ENDPOINT, null, "Not enough capacity for ml.c5.large.");

    client.updateEndpoint(r -> r.endpointName("churn-endpoint")
        .endpointConfigName("churn-config-v2"));
    describe("churn-endpoint");
    describe("churn-endpoint");
    DescribeEndpointResponse rolledBack = describe("churn-endpoint");

    assertEquals(EndpointStatus.IN_SERVICE, rolledBack.endpointStatus());
    assertEquals("churn-endpoint-config", rolledBack.endpointConfigName().orElseThrow());
    assertEquals("Not enough capacity for ml.c5.large.",
        rolledBack.failureReason().orElseThrow());
  }

  @Test
  void updateOrDeleteEndpoint_whileCreating_failsWithCannotUpdateInProgress() {
    createEndpoint("churn-endpoint");
    createConfig("churn-config-v2", "churn-endpoint-model");
    String message = "Cannot update in-progress endpoint \"" + CHURN_ARN + "\".";

    assertServiceError("ValidationException", message, () -> client.updateEndpoint(
        r -> r.endpointName("churn-endpoint").endpointConfigName("churn-config-v2")));
    assertServiceError("ValidationException", message,
        () -> client.deleteEndpoint(r -> r.endpointName("churn-endpoint")));
  }

  @Test
  void updateOrDeleteEndpoint_whileUpdating_failsWithCannotUpdateInProgress() {
    createEndpoint("churn-endpoint");
    client.waiter().waitUntilEndpointInService(r -> r.endpointName("churn-endpoint"));
    createConfig("churn-config-v2", "churn-endpoint-model");
    client.updateEndpoint(r -> r.endpointName("churn-endpoint")
        .endpointConfigName("churn-config-v2"));
    String message = "Cannot update in-progress endpoint \"" + CHURN_ARN + "\".";

    assertServiceError("ValidationException", message, () -> client.updateEndpoint(
        r -> r.endpointName("churn-endpoint").endpointConfigName("churn-config-v2")));
    assertServiceError("ValidationException", message,
        () -> client.deleteEndpoint(r -> r.endpointName("churn-endpoint")));
  }

  @Test
  void updateEndpoint_whenFailed_failsWithCannotUpdateFailedEndpoint() {
    createEndpoint("churn-endpoint");
    local.failNext(ResourceKind.ENDPOINT, "churn-endpoint", "boom");
    describe("churn-endpoint");
    describe("churn-endpoint");

    SageMakerException e = assertThrows(SageMakerException.class, () -> client.updateEndpoint(
        r -> r.endpointName("churn-endpoint").endpointConfigName("churn-endpoint-config")));

    assertEquals("ValidationException", e.errorCode());
    assertTrue(e.errorMessage().startsWith("Cannot update failed endpoint"), e.errorMessage());
  }

  @Test
  void updateEndpoint_whenConfigMissing_failsWithCouldNotFindEndpointConfiguration() {
    createEndpoint("churn-endpoint");
    client.waiter().waitUntilEndpointInService(r -> r.endpointName("churn-endpoint"));

    assertServiceError("ValidationException", "Could not find endpoint configuration \"" + ARN
            + "endpoint-config/ghost-config\".",
        () -> client.updateEndpoint(r -> r.endpointName("churn-endpoint")
            .endpointConfigName("ghost-config")));
  }

  @Test
  void deleteEndpoint_isDeletingAndListedThenGone() {
    createEndpoint("churn-endpoint");
    client.waiter().waitUntilEndpointInService(r -> r.endpointName("churn-endpoint"));

    client.deleteEndpoint(r -> r.endpointName("churn-endpoint"));

    assertEquals(EndpointStatus.DELETING,
        client.listEndpoints(r -> { }).endpoints().get(0).endpointStatus());
    assertEquals(EndpointStatus.DELETING, describe("churn-endpoint").endpointStatus());
    assertEquals(EndpointStatus.DELETING, describe("churn-endpoint").endpointStatus());
    assertServiceError("ValidationException", "Could not find endpoint \"" + CHURN_ARN + "\".",
        () -> describe("churn-endpoint"));
    assertTrue(client.listEndpoints(r -> { }).endpoints().isEmpty());
  }

  @Test
  void deleteEndpoint_whenFailed_isAllowed() {
    createEndpoint("churn-endpoint");
    local.failNext(ResourceKind.ENDPOINT, null, "boom");
    describe("churn-endpoint");
    describe("churn-endpoint");

    client.deleteEndpoint(r -> r.endpointName("churn-endpoint"));

    assertEquals(EndpointStatus.DELETING, describe("churn-endpoint").endpointStatus());
  }

  @Test
  void waiter_endpointDeleted_succeedsWhenDescribeSaysCouldNotFind() {
    createEndpoint("churn-endpoint");
    client.waiter().waitUntilEndpointInService(r -> r.endpointName("churn-endpoint"));
    client.deleteEndpoint(r -> r.endpointName("churn-endpoint"));

    WaiterResponse<DescribeEndpointResponse> gone =
        client.waiter().waitUntilEndpointDeleted(r -> r.endpointName("churn-endpoint"));

    assertEquals(3, gone.attempts());
  }
}
