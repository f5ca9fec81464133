package dev.sagemaker4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.exception.ResourceInUseException;
import dev.sagemaker4j.client.exception.ResourceNotFoundException;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.model.DescribeDomainResponse;
import dev.sagemaker4j.model.DescribeExperimentResponse;
import dev.sagemaker4j.model.DescribeNotebookInstanceResponse;
import dev.sagemaker4j.model.DescribeTrainingJobResponse;
import dev.sagemaker4j.model.DomainStatus;
import dev.sagemaker4j.model.ExperimentSummary;
import dev.sagemaker4j.model.NotebookInstanceStatus;
import dev.sagemaker4j.model.Tag;
import dev.sagemaker4j.model.TrainingJobStatus;
import dev.sagemaker4j.model.TrainingJobSummary;
import dev.sagemaker4j.testing.support.StandInTest;
import dev.sagemaker4j.testing.support.TestClock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model-driven engine, behaviour by behaviour, on kinds no hand-written family holds:
 * names, ARNs, errors, describes, lifecycles, lists, tags, search and parents.
 */
class EngineTest extends StandInTest {
  private void createTrainingJob(String name) {
    client.createTrainingJob(r -> r.trainingJobName(name).roleArn(ROLE)
        .algorithmSpecification(a -> a.trainingImage(IMAGE).trainingInputMode("File"))
        .outputDataConfig(o -> o.s3OutputPath("s3://bucket/output"))
        .resourceConfig(c -> c.instanceType("ml.m5.xlarge").instanceCount(1).volumeSizeInGB(30))
        .stoppingCondition(s -> s.maxRuntimeInSeconds(3600))
        .tags(t -> t.key("team").value("ml")));
  }

  @Test
  void create_answersTheArnInItsRealForm_andDescribeRepeatsTheRequest() {
    String arn = client.createExperiment(r -> r.experimentName("Churn-Study")
        .displayName("Churn-study").description("Which customers leave"))
        .experimentArn().orElseThrow();

    DescribeExperimentResponse d = client.describeExperiment(r -> r.experimentName("churn-study"));

    assertEquals(ARN + "experiment/churn-study", arn);
    assertEquals(arn, d.experimentArn().orElseThrow());
    assertEquals("Churn-Study", d.experimentName().orElseThrow(), "the caller's case is kept");
    assertEquals("Churn-study", d.displayName().orElseThrow());
    assertEquals("Which customers leave", d.description().orElseThrow());
    assertEquals(clock.instant(), d.creationTime().orElseThrow());
  }

  @Test
  void create_aNameTakenIgnoringCase_isRefusedWithTheModeledErrorOrValidation() {
    client.createExperiment(r -> r.experimentName("study"));
    createTrainingJob("train");

    // CreateExperiment models no ResourceInUse; CreateTrainingJob does.
    assertServiceError("ValidationException", "Cannot create already existing experiment \""
        + ARN + "experiment/study\".",
        () -> client.createExperiment(r -> r.experimentName("STUDY")));
    ResourceInUseException e = assertThrows(ResourceInUseException.class,
        () -> createTrainingJob("Train"));
    assertEquals("Training job \"" + ARN + "training-job/train\" already exists.",
        e.errorMessage());
  }

  @Test
  void describe_aMissingResource_answersTheModeledErrorOrValidation() {
    // DescribeExperiment models ResourceNotFound; DescribeNotebookInstance models nothing.
    ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class,
        () -> client.describeExperiment(r -> r.experimentName("gone")));
    assertEquals("Experiment \"" + ARN + "experiment/gone\" does not exist.", e.errorMessage());
    assertServiceError("ValidationException", "Could not find notebook instance \"" + ARN
        + "notebook-instance/gone\".",
        () -> client.describeNotebookInstance(r -> r.notebookInstanceName("gone")));
  }

  @Test
  void trainingJob_movesFromInProgressToCompleted_afterThePollsOfOneStep() {
    createTrainingJob("train");

    List<TrainingJobStatus> seen = List.of(describeJob("train").trainingJobStatus(),
        describeJob("train").trainingJobStatus(), describeJob("train").trainingJobStatus());

    assertEquals(List.of(TrainingJobStatus.IN_PROGRESS, TrainingJobStatus.IN_PROGRESS,
        TrainingJobStatus.COMPLETED), seen);
  }

  @Test
  void failNext_ofAnEngineKind_endsTheStepFailedWithTheReason() {
    createTrainingJob("train");
    local.failNext("training-job", "TRAIN", "ClientError: bad data");

    describeJob("train");
    describeJob("train");
    DescribeTrainingJobResponse failed = describeJob("train");

    assertEquals(TrainingJobStatus.FAILED, failed.trainingJobStatus());
    assertEquals("ClientError: bad data", failed.failureReason().orElseThrow());
  }

  @Test
  void stop_whileInProgress_stopsIt_andOnceEnded_isRefused() {
    createTrainingJob("a");
    createTrainingJob("b");
    client.stopTrainingJob(r -> r.trainingJobName("a"));
    assertEquals(TrainingJobStatus.STOPPING, describeJob("a").trainingJobStatus());
    describeJob("a");
    assertEquals(TrainingJobStatus.STOPPED, describeJob("a").trainingJobStatus());

    describeJob("b");
    describeJob("b");
    assertServiceError("ValidationException", "The training job \"" + ARN
        + "training-job/b\" is Completed and cannot be stopped.",
        () -> client.stopTrainingJob(r -> r.trainingJobName("b")));
  }

  @Test
  void notebookInstance_startStopAndDelete_moveThroughTheirStates() {
    client.createNotebookInstance(r -> r.notebookInstanceName("nb").instanceType("ml.t3.medium")
        .roleArn(ROLE));
    assertEquals(NotebookInstanceStatus.PENDING, notebook("nb"));
    notebook("nb");
    assertEquals(NotebookInstanceStatus.IN_SERVICE, notebook("nb"));

    client.stopNotebookInstance(r -> r.notebookInstanceName("nb"));
    notebook("nb");
    notebook("nb");
    assertEquals(NotebookInstanceStatus.STOPPED, notebook("nb"));
    client.startNotebookInstance(r -> r.notebookInstanceName("nb"));
    assertEquals(NotebookInstanceStatus.PENDING, notebook("nb"));

    client.deleteNotebookInstance(r -> r.notebookInstanceName("nb"));
    assertEquals(NotebookInstanceStatus.DELETING, notebook("nb"), "it lingers while Deleting");
    notebook("nb");
    assertThrows(SageMakerException.class, () -> notebook("nb"));
  }

  @Test
  void update_storesWhatItSays() {
    client.createExperiment(r -> r.experimentName("study").description("before"));
    tick();

    client.updateExperiment(r -> r.experimentName("study").description("after"));

    DescribeExperimentResponse d = client.describeExperiment(r -> r.experimentName("study"));
    assertEquals("after", d.description().orElseThrow());
    assertEquals(clock.instant(), d.lastModifiedTime().orElseThrow());
  }

  @Test
  void list_filtersSortsAndPages_likeTheService() {
    for (String name : List.of("churn-a", "fraud-b", "churn-c")) {
      client.createExperiment(r -> r.experimentName(name));
      tick();
    }

    List<String> newestFirst = names(client.listExperiments(r -> { }).experimentSummaries());
    List<String> byName = names(client.listExperiments(r -> r.sortBy("Name")
        .sortOrder("Ascending")).experimentSummaries());
    var firstPage = client.listExperiments(r -> r.maxResults(2));

    assertEquals(List.of("churn-c", "fraud-b", "churn-a"), newestFirst);
    assertEquals(List.of("churn-a", "churn-c", "fraud-b"), byName);
    assertEquals(2, firstPage.experimentSummaries().size());
    assertEquals(List.of("churn-a"), names(client.listExperiments(
        r -> r.maxResults(2).nextToken(firstPage.nextToken().orElseThrow()))
        .experimentSummaries()));
    assertEquals(List.of("churn-c"), names(client.listExperiments(
        r -> r.createdAfter(TestClock.START.plusSeconds(1))).experimentSummaries()));
  }

  @Test
  void list_byStatus_andAnEnumValueTheServiceDoesNotKnow_isRefused() {
    createTrainingJob("done");
    describeJob("done");
    describeJob("done");
    createTrainingJob("running");

    List<String> completed = client.listTrainingJobs(r -> r.statusEquals("Completed"))
        .trainingJobSummaries().stream().map(TrainingJobSummary::trainingJobName).toList();

    assertEquals(List.of("done"), completed);
    SageMakerException e = assertThrows(SageMakerException.class,
        () -> unchecked.listTrainingJobs(r -> r.statusEquals("Finished")));
    assertTrue(e.errorMessage().startsWith("1 validation error detected: Value 'Finished' at"
        + " 'statusEquals' failed to satisfy constraint: Member must satisfy enum value set:"),
        e.errorMessage());
  }

  @Test
  void tags_fromTheCreate_addedListedAndDeleted_onAnyResourcesArn() {
    createTrainingJob("train");
    String jobArn = ARN + "training-job/train";
    createModel("churn-model"); // a hand-written family's resource
    String modelArn = ARN + "model/churn-model";

    client.addTags(r -> r.resourceArn(jobArn).tags(t -> t.key("stage").value("dev")));
    client.addTags(r -> r.resourceArn(modelArn).tags(t -> t.key("owner").value("me")));
    client.deleteTags(r -> r.resourceArn(jobArn).tagKeys("team"));

    assertEquals(List.of(Tag.builder().key("stage").value("dev").build()),
        client.listTags(r -> r.resourceArn(jobArn)).tags());
    assertEquals(List.of(Tag.builder().key("owner").value("me").build()),
        client.listTags(r -> r.resourceArn(modelArn)).tags());
    assertServiceError("ValidationException", "Could not find resource \"" + ARN
        + "training-job/nope\".", () -> client.listTags(r -> r.resourceArn(ARN
            + "training-job/nope")));
  }

  @Test
  void search_findsTheEnginesResourcesByAFilter() {
    createTrainingJob("a");
    createTrainingJob("b");

    List<String> found = client.search(r -> r.resource("TrainingJob")
        .searchExpression(e -> e.filters(f -> f.name("TrainingJobName").operator("Equals")
            .value("b")))).results().stream()
        .map(x -> x.trainingJob().orElseThrow().trainingJobName().orElseThrow()).toList();

    assertEquals(List.of("b"), found);
  }

  @Test
  void domain_getsAnIdOfTheModelsForm_andAUserProfileNeedsIt() {
    String id = client.createDomain(r -> r.domainName("studio").authMode("IAM")
        .defaultUserSettings(u -> u.executionRole(ROLE)).subnetIds("subnet-1").vpcId("vpc-1"))
        .domainId().orElseThrow();

    DescribeDomainResponse d = client.describeDomain(r -> r.domainId(id));
    client.createUserProfile(r -> r.domainId(id).userProfileName("alice"));

    assertTrue(id.matches("d-[a-z0-9]+"), id);
    assertEquals(DomainStatus.PENDING, d.status().orElseThrow());
    assertEquals(ARN + "user-profile/" + id + "/alice", client.describeUserProfile(
        r -> r.domainId(id).userProfileName("alice")).userProfileArn().orElseThrow());
    assertThrows(SageMakerException.class,
        () -> client.createUserProfile(r -> r.domainId("d-missing").userProfileName("bob")));
  }

  @Test
  void describe_madeUpRequiredMembers_stayTheSameFromOneAnswerToTheNext() {
    client.createProject(r -> r.projectName("proj"));

    String first = client.describeProject(r -> r.projectName("proj")).projectId();
    String second = client.describeProject(r -> r.projectName("proj")).projectId();

    assertEquals(first, second);
  }

  // ---------------------------------------------------------------------------------------------

  private DescribeTrainingJobResponse describeJob(String name) {
    return client.describeTrainingJob(r -> r.trainingJobName(name));
  }

  private NotebookInstanceStatus notebook(String name) {
    DescribeNotebookInstanceResponse d =
        client.describeNotebookInstance(r -> r.notebookInstanceName(name));
    return d.notebookInstanceStatus().orElseThrow();
  }

  private static List<String> names(List<ExperimentSummary> summaries) {
    return summaries.stream().map(s -> s.experimentName().orElseThrow()).toList();
  }
}
