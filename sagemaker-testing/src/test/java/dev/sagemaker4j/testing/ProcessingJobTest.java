package dev.sagemaker4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.exception.ResourceInUseException;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.client.waiters.WaiterResponse;
import dev.sagemaker4j.model.DescribeProcessingJobResponse;
import dev.sagemaker4j.model.ProcessingJobStatus;
import dev.sagemaker4j.testing.support.StandInTest;
import dev.sagemaker4j.testing.support.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Processing jobs: ARN, lifecycle over polls, stop, failure, errors. */
class ProcessingJobTest extends StandInTest {
  private DescribeProcessingJobResponse describe(String name) {
    return client.describeProcessingJob(r -> r.processingJobName(name));
  }

  @Test
  void createProcessingJob_answersArnAndIsBornInProgressWithoutTimes() {
    String arn = createProcessingJob("Churn-Preprocess");

    DescribeProcessingJobResponse job = describe("Churn-Preprocess");
    assertEquals(ARN + "processing-job/churn-preprocess", arn);
    assertEquals(arn, job.processingJobArn());
    assertEquals(ProcessingJobStatus.IN_PROGRESS, job.processingJobStatus());
    assertEquals(IMAGE, job.appSpecification().imageUri());
    assertEquals(30, job.processingResources().clusterConfig().volumeSizeInGB());
    assertFalse(job.processingStartTime().isPresent());
    assertFalse(job.processingEndTime().isPresent());
    assertEquals(TestClock.START, job.creationTime());
  }

  @Test
  void describeProcessingJob_movesInProgressToCompletedWithStartAndEndTimes() {
    createProcessingJob("churn-preprocess");
    clock.advance(Duration.ofMinutes(5));

    describe("churn-preprocess");
    assertEquals(ProcessingJobStatus.IN_PROGRESS, describe("churn-preprocess")
        .processingJobStatus());
    DescribeProcessingJobResponse done = describe("churn-preprocess");

    assertEquals(ProcessingJobStatus.COMPLETED, done.processingJobStatus());
    assertEquals(TestClock.START.plus(Duration.ofMinutes(5)),
        done.processingEndTime().orElseThrow());
    assertTrue(done.processingStartTime().isPresent());
    assertFalse(done.failureReason().isPresent());
  }

  @Test
  void waiter_processingJobCompletedOrStopped_succeedsOnTheThirdPoll() {
    createProcessingJob("churn-preprocess");

    WaiterResponse<DescribeProcessingJobResponse> done = client.waiter()
        .waitUntilProcessingJobCompletedOrStopped(r -> r.processingJobName("churn-preprocess"));

    assertEquals(3, done.attempts());
  }

  @Test
  void describeProcessingJob_whenFailurePlanned_endsFailedWithReason() {
    createProcessingJob("churn-preprocess");
    local.failNext(ResourceKind.PROCESSING_JOB, "churn-preprocess",
        "AlgorithmError: the script exited with code 1");

    describe("churn-preprocess");
    describe("churn-preprocess");
    DescribeProcessingJobResponse failed = describe("churn-preprocess");

    assertEquals(ProcessingJobStatus.FAILED, failed.processingJobStatus());
    assertEquals("AlgorithmError: the script exited with code 1",
        failed.failureReason().orElseThrow());
    assertTrue(failed.processingEndTime().isPresent());
  }

  @Test
  void stopProcessingJob_isStoppingThenStopped() {
    createProcessingJob("churn-preprocess");

    client.stopProcessingJob(r -> r.processingJobName("churn-preprocess"));
    DescribeProcessingJobResponse stopping = describe("churn-preprocess");
    describe("churn-preprocess");
    DescribeProcessingJobResponse stopped = describe("churn-preprocess");

    assertEquals(ProcessingJobStatus.STOPPING, stopping.processingJobStatus());
    assertEquals(ProcessingJobStatus.STOPPED, stopped.processingJobStatus());
    assertTrue(stopped.processingEndTime().isPresent());
  }

  @Test
  void stopProcessingJob_whenCompleted_failsWithValidationException() {
    createProcessingJob("churn-preprocess");
    client.waiter().waitUntilProcessingJobCompletedOrStopped(
        r -> r.processingJobName("churn-preprocess"));

    SageMakerException e = assertThrows(SageMakerException.class,
        () -> client.stopProcessingJob(r -> r.processingJobName("churn-preprocess")));

    assertEquals("ValidationException", e.errorCode());
    assertTrue(e.errorMessage().contains("Completed"), e.errorMessage());
  }

  @Test
  void createProcessingJob_whenNameExists_failsWithResourceInUse() {
    createProcessingJob("churn-preprocess");

    ResourceInUseException e = assertThrows(ResourceInUseException.class,
        () -> createProcessingJob("churn-preprocess"));

    assertEquals("ResourceInUse", e.errorCode());
    assertTrue(e.errorMessage().contains(ARN + "processing-job/churn-preprocess"));
    assertTrue(e.errorMessage().endsWith("."), e.errorMessage());
  }

  @Test
  void describeOrStopProcessingJob_whenMissing_failsWithCouldNotFindRequestedJob() {
    SageMakerException describe = assertThrows(SageMakerException.class,
        () -> describe("ghost-job"));
    SageMakerException stop = assertThrows(SageMakerException.class,
        () -> client.stopProcessingJob(r -> r.processingJobName("ghost-job")));

    for (SageMakerException e : new SageMakerException[] {describe, stop}) {
      assertEquals("ValidationException", e.errorCode());
      assertTrue(e.errorMessage().startsWith("Could not find requested job"), e.errorMessage());
    }
  }
}
