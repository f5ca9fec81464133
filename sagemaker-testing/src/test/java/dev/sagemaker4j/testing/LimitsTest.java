package dev.sagemaker4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sagemaker4j.client.exception.ResourceLimitExceededException;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.model.ListModelsResponse;
import dev.sagemaker4j.testing.support.Shared;
import dev.sagemaker4j.testing.support.StandInTest;
import org.junit.jupiter.api.Test;

/** Quotas (ResourceLimitExceeded with the service's message) and throttling. */
class LimitsTest extends StandInTest {
  private static final String ENDPOINT_TYPE = Shared.LIMITED_ENDPOINT_TYPE;
  private static final String PROCESSING_TYPE = Shared.LIMITED_PROCESSING_TYPE;

  private void createLimitedEndpoint(String name, int instances) {
    createConfig(name + "-config", "churn-model", ENDPOINT_TYPE, instances);
    client.createEndpoint(r -> r.endpointName(name).endpointConfigName(name + "-config"));
  }

  @Test
  void createEndpoint_overTheInstanceQuota_failsWithResourceLimitExceeded() {
    createModel("churn-model");
    createLimitedEndpoint("churn-a", 2);

    ResourceLimitExceededException e = assertThrows(ResourceLimitExceededException.class,
        () -> createLimitedEndpoint("churn-b", 1));

    assertEquals("ResourceLimitExceeded", e.errorCode());
    assertEquals("The account-level service limit 'ml.m5.xlarge for endpoint usage' is 2"
        + " Instances, with current utilization of 2 Instances and a request delta of 1"
        + " Instances. Please use AWS Service Quotas to request an increase for this quota.",
        e.errorMessage());
  }

  @Test
  void createEndpoint_afterAnotherIsGone_fitsTheQuotaAgain() {
    createModel("churn-model");
    createLimitedEndpoint("churn-a", 2);
    client.waiter().waitUntilEndpointInService(r -> r.endpointName("churn-a"));
    client.deleteEndpoint(r -> r.endpointName("churn-a"));
    createConfig("churn-b-config", "churn-model", ENDPOINT_TYPE, 2);
    assertThrows(ResourceLimitExceededException.class, () -> client.createEndpoint(
        r -> r.endpointName("churn-b").endpointConfigName("churn-b-config")));

    client.waiter().waitUntilEndpointDeleted(r -> r.endpointName("churn-a"));
    client.createEndpoint(r -> r.endpointName("churn-b").endpointConfigName("churn-b-config"));
  }

  @Test
  void updateEndpoint_toAConfigOverTheQuota_failsWithResourceLimitExceeded() {
    createModel("churn-model");
    createLimitedEndpoint("churn-a", 1);
    client.waiter().waitUntilEndpointInService(r -> r.endpointName("churn-a"));
    createConfig("big-config", "churn-model", ENDPOINT_TYPE, 2);

    ResourceLimitExceededException e = assertThrows(ResourceLimitExceededException.class,
        () -> client.updateEndpoint(r -> r.endpointName("churn-a")
            .endpointConfigName("big-config")));

    assertEquals("The account-level service limit 'ml.m5.xlarge for endpoint usage' is 2"
        + " Instances, with current utilization of 1 Instances and a request delta of 2"
        + " Instances. Please use AWS Service Quotas to request an increase for this quota.",
        e.errorMessage());
  }

  @Test
  void createProcessingJob_overTheInstanceQuota_failsUntilTheRunningJobEnds() {
    createProcessingJob("job-a", PROCESSING_TYPE, 3);

    ResourceLimitExceededException e = assertThrows(ResourceLimitExceededException.class,
        () -> createProcessingJob("job-b", PROCESSING_TYPE, 2));

    assertEquals("The account-level service limit 'ml.m5.4xlarge for processing job usage' is 4"
        + " Instances, with current utilization of 3 Instances and a request delta of 2"
        + " Instances. Please use AWS Service Quotas to request an increase for this quota.",
        e.errorMessage());
    client.waiter().waitUntilProcessingJobCompletedOrStopped(r -> r.processingJobName("job-a"));
    createProcessingJob("job-b", PROCESSING_TYPE, 2);
  }

  @Test
  void createProcessingJob_withInstancePreferences_countsTheFirstPreferenceAgainstItsQuota() {
    createProcessingJob("job-a", PROCESSING_TYPE, 3);

    ResourceLimitExceededException e = assertThrows(ResourceLimitExceededException.class,
        () -> client.createProcessingJob(r -> r.processingJobName("job-b").roleArn(ROLE)
            .appSpecification(a -> a.imageUri(IMAGE))
            .processingResources(p -> p.clusterConfig(c -> c.volumeSizeInGB(30)
                .instancePreferences(i -> i.instanceType(PROCESSING_TYPE).instanceCount(2),
                    i -> i.instanceType(INSTANCE_TYPE).instanceCount(1))))));

    assertEquals("The account-level service limit 'ml.m5.4xlarge for processing job usage' is 4"
        + " Instances, with current utilization of 3 Instances and a request delta of 2"
        + " Instances. Please use AWS Service Quotas to request an increase for this quota.",
        e.errorMessage());
  }

  @Test
  void otherInstanceTypes_haveNoQuota() {
    for (int i = 0; i < 5; i++) {
      createProcessingJob("job-" + i, INSTANCE_TYPE, 10);
    }

    assertEquals(5, client.listProcessingJobs(r -> { }).processingJobSummaries().size());
  }

  @Test
  void throttleNext_withoutRetries_failsWithRateExceeded() {
    local.throttleNext(1);

    SageMakerException e = assertServiceError("ThrottlingException", "Rate exceeded",
        () -> unchecked.listModels(r -> { }));

    assertEquals(true, e.isThrottlingException());
    assertEquals(0, unchecked.listModels(r -> { }).models().size());
  }

  @Test
  void throttleNext_twice_isRetriedByTheClientAndSucceedsOnTheThirdAttempt() {
    local.throttleNext(2);

    ListModelsResponse models = client.listModels(r -> { });

    assertEquals(3, models.responseMetadata().orElseThrow().attempts());
  }

  @Test
  void throttleNext_moreThanTheClientRetries_failsAfterItsLastAttempt() {
    local.throttleNext(5);

    SageMakerException e = assertServiceError("ThrottlingException", "Rate exceeded",
        () -> client.listModels(r -> { }));

    assertEquals(3, e.attempts());
  }

  @Test
  void reset_stopsThrottling() {
    local.throttleNext(10);

    local.reset();

    assertEquals(1, client.listModels(r -> { }).responseMetadata().orElseThrow().attempts());
  }
}
