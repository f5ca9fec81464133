package dev.sagemaker4j.testing;

import dev.sagemaker4j.testing.support.StandInTest;
import org.junit.jupiter.api.Test;

/**
 * Requests that break the service model, sent by a client that does not check them: the stand-in
 * answers with the service's ValidationException form and its paths.
 */
class ValidationTest extends StandInTest {
  @Test
  void createEndpointConfig_withBadModelName_failsWithThePatternAtTheServicePath() {
    createModel("churn-model");

    assertServiceError("ValidationException", "1 validation error detected: Value 'ENTER MODEL"
            + " NAME' at 'productionVariants.1.member.modelName' failed to satisfy constraint:"
            + " Member must satisfy regular expression pattern:"
            + " ^[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?",
        () -> unchecked.createEndpointConfig(r -> r.endpointConfigName("churn-config")
            .productionVariants(v -> v.variantName("AllTraffic").modelName("ENTER MODEL NAME")
                .instanceType(INSTANCE_TYPE).initialInstanceCount(1))));
  }

  @Test
  void createEndpoint_withSeveralViolations_listsThemAll() {
    String longName = "e".repeat(64);

    assertServiceError("ValidationException", "2 validation errors detected: Value '" + longName
            + "' at 'endpointName' failed to satisfy constraint: Member must have length less"
            + " than or equal to 63; Value null at 'endpointConfigName' failed to satisfy"
            + " constraint: Member must not be null",
        () -> unchecked.createEndpoint(r -> r.endpointName(longName)));
  }

  @Test
  void listModels_withMaxResultsOverOneHundred_failsWithRange() {
    assertServiceError("ValidationException", "1 validation error detected: Value '101' at"
            + " 'maxResults' failed to satisfy constraint: Member must have value less than or"
            + " equal to 100",
        () -> unchecked.listModels(r -> r.maxResults(101)));
  }

  @Test
  void createProcessingJob_withZeroInstances_failsAtTheNestedPath() {
    assertServiceError("ValidationException", "1 validation error detected: Value '0' at"
            + " 'processingResources.clusterConfig.instanceCount' failed to satisfy constraint:"
            + " Member must have value greater than or equal to 1",
        () -> unchecked.createProcessingJob(r -> r.processingJobName("churn-preprocess")
            .roleArn(ROLE).appSpecification(a -> a.imageUri(IMAGE))
            .processingResources(p -> p.clusterConfig(c -> c.instanceCount(0)
                .instanceType(INSTANCE_TYPE).volumeSizeInGB(30)))));
  }

  @Test
  void createModel_withEmptyTagKey_failsAtTheListElementPath() {
    assertServiceError("ValidationException", "1 validation error detected: Value '' at"
            + " 'tags.2.member.key' failed to satisfy constraint: Member must have length"
            + " greater than or equal to 1",
        () -> unchecked.createModel(r -> r.modelName("churn-model").executionRoleArn(ROLE)
            .primaryContainer(c -> c.image(IMAGE))
            .tags(t -> t.key("project").value("churn"), t -> t.key("").value("x"))));
  }
}
