package dev.sagemaker4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.testing.support.OfficialClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeImageResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeNotebookInstanceResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.EndpointStatus;
import software.amazon.awssdk.services.sagemaker.model.ImageStatus;
import software.amazon.awssdk.services.sagemaker.model.ListNotebookInstancesResponse;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsResponse;
import software.amazon.awssdk.services.sagemaker.model.ModelSummary;
import software.amazon.awssdk.services.sagemaker.model.NotebookInstanceStatus;
import software.amazon.awssdk.services.sagemaker.model.TrainingJobStatus;
import software.amazon.awssdk.services.sagemaker.model.TrainingJobSummary;
import software.amazon.awssdk.services.sagemaker.waiters.SageMakerWaiter;

/**
 * The official AWS SDK v2 client's own paginators and waiters against the stand-in: pages cut
 * before they are filtered (short and empty pages that still carry a token) are walked to the
 * end, an empty list keeps its result member, and its waiters reach the end states of a
 * hand-written family (endpoints) and of resources the engine holds (training jobs, notebook
 * instances, images), a planned failure included.
 */
class OfficialPaginatorsAndWaitersTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
  private static final String IMAGE =
      "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-xgboost:latest";

  private static LocalSageMaker local;
  private static SageMakerClient official;
  private static SageMakerWaiter waiter;

  @BeforeAll
  static void start() {
    local = LocalSageMaker.start();
    official = OfficialClients.of(local);
    // The stand-in moves with Describe calls, not time: nothing to wait for between polls.
    waiter = SageMakerWaiter.builder().client(official)
        .overrideConfiguration(WaiterOverrideConfiguration.builder().maxAttempts(20)
            .backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(1))).build())
        .build();
  }

  @AfterAll
  static void stop() {
    waiter.close();
    official.close();
    local.close();
  }

  @BeforeEach
  void reset() {
    local.reset();
  }

  @Test
  void listTrainingJobsPaginator_walksEveryPage() {
    for (int i = 1; i <= 25; i++) {
      createTrainingJob(String.format("job-%02d", i));
    }

    List<ListTrainingJobsResponse> pages = official.listTrainingJobsPaginator(
        r -> r.maxResults(10)).stream().toList();

    assertEquals(List.of(10, 10, 5), pages.stream().map(p -> p.trainingJobSummaries().size())
        .toList());
    List<String> names = pages.stream().flatMap(p -> p.trainingJobSummaries().stream())
        .map(TrainingJobSummary::trainingJobName).toList();
    assertEquals("job-25", names.get(0), "newest first");
    assertEquals(25, names.stream().distinct().count());
  }

  @Test
  void listTrainingJobsPaginator_withAFilter_walksShortAndEmptyPagesToTheEnd() {
    for (int i = 1; i <= 25; i++) {
      createTrainingJob(String.format("job-%02d", i));
    }

    List<ListTrainingJobsResponse> pages = official.listTrainingJobsPaginator(
        r -> r.maxResults(5).nameContains("job-1")).stream().toList();

    // Windows of 5, newest first, filtered after the cut: 25-21, 20-16, 15-11, 10-06, 05-01.
    assertEquals(List.of(0, 4, 5, 1, 0), pages.stream()
        .map(p -> p.trainingJobSummaries().size()).toList());
    assertNotNull(pages.get(0).nextToken(), "an empty page still carries a token");
    assertTrue(pages.get(0).hasTrainingJobSummaries(), "an empty page keeps its result member");
    assertEquals(List.of("job-19", "job-18", "job-17", "job-16", "job-15", "job-14", "job-13",
        "job-12", "job-11", "job-10"), pages.stream()
        .flatMap(p -> p.trainingJobSummaries().stream())
        .map(TrainingJobSummary::trainingJobName).toList());
  }

  @Test
  void listModelsPaginator_ofTheHandWrittenFamily_walksEveryPage() {
    for (int i = 1; i <= 12; i++) {
      createModel("model-" + i);
    }

    List<String> names = official.listModelsPaginator(r -> r.maxResults(5)).models().stream()
        .map(ModelSummary::modelName).toList();

    assertEquals(12, names.size());
  }

  @Test
  void anEmptyList_keepsItsResultMember() {
    ListNotebookInstancesResponse page = official.listNotebookInstances(r -> { });

    assertTrue(page.hasNotebookInstances(), "sent as []");
    assertEquals(List.of(), page.notebookInstances());
    assertEquals(null, page.nextToken());
  }

  @Test
  void endpointWaiters_reachInServiceThenDeleted() {
    createModel("churn-model");
    official.createEndpointConfig(r -> r.endpointConfigName("churn-config")
        .productionVariants(v -> v.variantName("AllTraffic").modelName("churn-model")
            .instanceType("ml.c5.large").initialInstanceCount(1)));
    official.createEndpoint(r -> r.endpointName("churn").endpointConfigName("churn-config"));

    WaiterResponse<DescribeEndpointResponse> inService =
        waiter.waitUntilEndpointInService(r -> r.endpointName("churn"));
    assertEquals(EndpointStatus.IN_SERVICE,
        inService.matched().response().orElseThrow().endpointStatus());

    official.deleteEndpoint(r -> r.endpointName("churn"));
    WaiterResponse<DescribeEndpointResponse> deleted =
        waiter.waitUntilEndpointDeleted(r -> r.endpointName("churn"));
    assertTrue(deleted.matched().exception().isPresent(), "ends on the not-found error");
  }

  @Test
  void trainingJobWaiter_reachesCompleted() {
    createTrainingJob("train");

    WaiterResponse<DescribeTrainingJobResponse> done =
        waiter.waitUntilTrainingJobCompletedOrStopped(r -> r.trainingJobName("train"));

    DescribeTrainingJobResponse job = done.matched().response().orElseThrow();
    assertEquals(TrainingJobStatus.COMPLETED, job.trainingJobStatus());
    assertTrue(done.attemptsExecuted() > 1, "it was InProgress first");
  }

  @Test
  void trainingJobWaiter_onAPlannedFailure_endsInTheFailureState() {
    createTrainingJob("doomed");
    local.failNext("TrainingJob", "doomed", "ClientError: out of memory");

    assertThrows(SdkClientException.class,
        () -> waiter.waitUntilTrainingJobCompletedOrStopped(r -> r.trainingJobName("doomed")));

    DescribeTrainingJobResponse job =
        official.describeTrainingJob(r -> r.trainingJobName("doomed"));
    assertEquals(TrainingJobStatus.FAILED, job.trainingJobStatus());
    assertEquals("ClientError: out of memory", job.failureReason());
  }

  @Test
  void notebookInstanceWaiters_reachInServiceStoppedAndDeleted() {
    official.createNotebookInstance(r -> r.notebookInstanceName("nb").instanceType("ml.t3.medium")
        .roleArn(ROLE));

    WaiterResponse<DescribeNotebookInstanceResponse> inService =
        waiter.waitUntilNotebookInstanceInService(r -> r.notebookInstanceName("nb"));
    assertEquals(NotebookInstanceStatus.IN_SERVICE,
        inService.matched().response().orElseThrow().notebookInstanceStatus());

    official.stopNotebookInstance(r -> r.notebookInstanceName("nb"));
    WaiterResponse<DescribeNotebookInstanceResponse> stopped =
        waiter.waitUntilNotebookInstanceStopped(r -> r.notebookInstanceName("nb"));
    assertEquals(NotebookInstanceStatus.STOPPED,
        stopped.matched().response().orElseThrow().notebookInstanceStatus());

    official.deleteNotebookInstance(r -> r.notebookInstanceName("nb"));
    WaiterResponse<DescribeNotebookInstanceResponse> deleted =
        waiter.waitUntilNotebookInstanceDeleted(r -> r.notebookInstanceName("nb"));
    assertTrue(deleted.matched().exception().isPresent(), "ends on the not-found error");
  }

  @Test
  void imageWaiter_reachesCreated() {
    official.createImage(r -> r.imageName("custom-image").roleArn(ROLE));

    WaiterResponse<DescribeImageResponse> created =
        waiter.waitUntilImageCreated(r -> r.imageName("custom-image"));

    assertEquals(ImageStatus.CREATED, created.matched().response().orElseThrow().imageStatus());
    List<String> arns = new ArrayList<>();
    official.listImagesPaginator(r -> r.maxResults(1)).images()
        .forEach(i -> arns.add(i.imageArn()));
    assertEquals(List.of("arn:aws:sagemaker:us-east-1:123456789012:image/custom-image"), arns);
  }

  private static void createModel(String name) {
    official.createModel(r -> r.modelName(name).executionRoleArn(ROLE)
        .primaryContainer(c -> c.image(IMAGE)));
  }

  private static void createTrainingJob(String name) {
    official.createTrainingJob(r -> r.trainingJobName(name).roleArn(ROLE)
        .algorithmSpecification(a -> a.trainingImage(IMAGE).trainingInputMode("File"))
        .outputDataConfig(o -> o.s3OutputPath("s3://bucket/output"))
        .resourceConfig(c -> c.instanceType("ml.m5.xlarge").instanceCount(1).volumeSizeInGB(30))
        .stoppingCondition(s -> s.maxRuntimeInSeconds(3600)));
  }
}
