package dev.sagemaker4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.exception.ConflictException;
import dev.sagemaker4j.client.exception.ResourceNotFoundException;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.client.waiters.WaiterException;
import dev.sagemaker4j.model.DescribePipelineExecutionResponse;
import dev.sagemaker4j.model.DescribePipelineResponse;
import dev.sagemaker4j.model.PipelineExecutionStatus;
import dev.sagemaker4j.model.PipelineStatus;
import dev.sagemaker4j.testing.support.StandInTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Pipelines and executions: ARNs, name or ARN, lifecycle, failure, errors, tokens. */
class PipelineTest extends StandInTest {
  private static final String PIPELINE_ARN = ARN + "pipeline/churn-pipeline";

  private String start(String nameOrArn) {
    return client.startPipelineExecution(r -> r.pipelineName(nameOrArn)).pipelineExecutionArn()
        .orElseThrow();
  }

  private DescribePipelineExecutionResponse describe(String arn) {
    return client.describePipelineExecution(r -> r.pipelineExecutionArn(arn));
  }

  private static void assertNotFound(String messageEnd, Executable call) {
    ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class, call);
    assertEquals("ResourceNotFound", e.errorCode());
    assertTrue(e.errorMessage().endsWith(messageEnd), e.errorMessage());
  }

  @Test
  void createPipeline_answersLowerCasedArnAndIsActive() {
    String arn = createPipeline("Churn-Pipeline");

    DescribePipelineResponse byName = client.describePipeline(r -> r.pipelineName("churn-pipeline"));
    DescribePipelineResponse byArn = client.describePipeline(r -> r.pipelineName(PIPELINE_ARN));
    assertEquals(PIPELINE_ARN, arn);
    assertEquals(PipelineStatus.ACTIVE, byName.pipelineStatus().orElseThrow());
    assertEquals("Churn-Pipeline", byName.pipelineName().orElseThrow());
    assertEquals(ROLE, byName.roleArn().orElseThrow());
    assertEquals(PIPELINE_ARN, byArn.pipelineArn().orElseThrow());
  }

  @Test
  void createPipeline_whenNameExists_failsWithUniqueNamesValidation() {
    createPipeline("churn-pipeline");

    SageMakerException e = assertThrows(SageMakerException.class,
        () -> createPipeline("churn-pipeline"));

    assertEquals("ValidationException", e.errorCode());
    assertTrue(e.errorMessage().contains(
        "Pipeline names must be unique within an AWS account and region"), e.errorMessage());
  }

  @Test
  void createPipeline_resentWithTheSameToken_answersTheSameArn() {
    String token = "3f2a5d9e-6b4c-4f7e-9d1a-2b8c7e6f5a41";
    String first = client.createPipeline(r -> r.pipelineName("churn-pipeline").roleArn(ROLE)
        .pipelineDefinition("{}").clientRequestToken(token)).pipelineArn().orElseThrow();

    String again = client.createPipeline(r -> r.pipelineName("churn-pipeline").roleArn(ROLE)
        .pipelineDefinition("{}").clientRequestToken(token)).pipelineArn().orElseThrow();

    assertEquals(first, again);
  }

  @Test
  void describeOrDeletePipeline_whenMissing_failsWithResourceNotFound() {
    assertNotFound("does not exist.", () -> client.describePipeline(r -> r.pipelineName("ghost")));
    assertNotFound("does not exist.", () -> client.describePipeline(
        r -> r.pipelineName(ARN + "pipeline/ghost")));
    assertNotFound("does not exist.", () -> client.deletePipeline(r -> r.pipelineName("ghost")));
    assertNotFound("does not exist.", () -> start("ghost"));
  }

  @Test
  void describePipelineExecution_whenMissing_failsWithResourceNotFound() {
    createPipeline("churn-pipeline");

    assertNotFound("does not exist.", () -> describe(PIPELINE_ARN + "/execution/abcdef123456"));
  }

  @Test
  void startPipelineExecution_answersExecutionArnWithTwelveCharacterId() {
    createPipeline("Churn-Pipeline");

    String byName = start("Churn-Pipeline");
    String byArn = start(PIPELINE_ARN);

    assertTrue(byName.matches(PIPELINE_ARN + "/execution/[a-z0-9]{12}"), byName);
    assertTrue(byArn.matches(PIPELINE_ARN + "/execution/[a-z0-9]{12}"), byArn);
    assertTrue(!byName.equals(byArn));
    assertEquals(PIPELINE_ARN, describe(byName).pipelineArn().orElseThrow());
  }

  @Test
  void describePipelineExecution_movesExecutingToSucceededAfterTwoPolls() {
    createPipeline("churn-pipeline");
    String execution = start("churn-pipeline");

    DescribePipelineExecutionResponse first = describe(execution);
    describe(execution);
    DescribePipelineExecutionResponse third = describe(execution);

    assertEquals(PipelineExecutionStatus.EXECUTING, first.pipelineExecutionStatus().orElseThrow());
    assertEquals(PipelineExecutionStatus.SUCCEEDED, third.pipelineExecutionStatus().orElseThrow());
    assertEquals(1, client.waiter().waitUntilPipelineExecutionCompleted(
        r -> r.pipelineExecutionArn(execution)).attempts());
  }

  @Test
  void describePipelineExecution_whenFailurePlanned_endsFailedWithReason() {
    createPipeline("churn-pipeline");
    String execution = start("churn-pipeline");
    local.failNext(ResourceKind.PIPELINE_EXECUTION, "churn-pipeline", "Step Preprocess failed.");

    WaiterException e = assertThrows(WaiterException.class, () -> client.waiter()
        .waitUntilPipelineExecutionCompleted(r -> r.pipelineExecutionArn(execution)));

    DescribePipelineExecutionResponse failed = describe(execution);
    assertEquals(PipelineExecutionStatus.FAILED, failed.pipelineExecutionStatus().orElseThrow());
    assertEquals("Step Preprocess failed.", failed.failureReason().orElseThrow());
    assertEquals(3, e.attempts());
  }

  @Test
  void deletePipeline_whileAnExecutionRuns_failsWithConflict() {
    createPipeline("churn-pipeline");
    String execution = start("churn-pipeline");

    ConflictException e = assertThrows(ConflictException.class,
        () -> client.deletePipeline(r -> r.pipelineName("churn-pipeline")));

    assertEquals("ConflictException", e.errorCode());
    assertTrue(e.errorMessage().contains(PIPELINE_ARN), e.errorMessage());
    client.waiter().waitUntilPipelineExecutionCompleted(r -> r.pipelineExecutionArn(execution));
    assertEquals(PIPELINE_ARN, client.deletePipeline(r -> r.pipelineName("churn-pipeline"))
        .pipelineArn().orElseThrow());
    assertNotFound("does not exist.",
        () -> client.describePipeline(r -> r.pipelineName("churn-pipeline")));
  }
}
