package dev.sagemaker4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.model.ClusterSummary;
import dev.sagemaker4j.model.EndpointStatus;
import dev.sagemaker4j.model.EndpointSummary;
import dev.sagemaker4j.model.ListEndpointsResponse;
import dev.sagemaker4j.model.ListModelsResponse;
import dev.sagemaker4j.model.ModelSummary;
import dev.sagemaker4j.model.PipelineSummary;
import dev.sagemaker4j.model.ProcessingJobSummary;
import dev.sagemaker4j.testing.support.StandInTest;
import dev.sagemaker4j.testing.support.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Lists: default orders, sorting, filters, and pages cut before filtering. */
class ListTest extends StandInTest {
  private void endpoints(String... names) {
    for (String name : names) {
      createEndpoint(name);
      tick();
    }
  }

  private static List<String> names(List<EndpointSummary> endpoints) {
    return endpoints.stream().map(EndpointSummary::endpointName).collect(Collectors.toList());
  }

  @Test
  void listModels_byDefault_newestFirst() {
    for (String name : new String[] {"model-a", "model-b", "model-c"}) {
      createModel(name);
      tick();
    }

    List<String> names = client.listModels(r -> { }).models().stream()
        .map(ModelSummary::modelName).collect(Collectors.toList());

    assertEquals(List.of("model-c", "model-b", "model-a"), names);
  }

  @Test
  void listModels_sortedByNameAscending_inNameOrder() {
    for (String name : new String[] {"model-b", "model-c", "model-a"}) {
      createModel(name);
    }

    List<String> names = client.listModels(r -> r.sortBy("Name").sortOrder("Ascending"))
        .models().stream().map(ModelSummary::modelName).collect(Collectors.toList());

    assertEquals(List.of("model-a", "model-b", "model-c"), names);
  }

  @Test
  void listEndpoints_byDefault_newestFirst() {
    endpoints("ep-a", "ep-b", "ep-c");

    assertEquals(List.of("ep-c", "ep-b", "ep-a"), names(client.listEndpoints(r -> { }).endpoints()));
  }

  @Test
  void listEndpoints_withSameCreationTime_stillInCreationOrder() {
    for (String name : new String[] {"ep-a", "ep-b", "ep-c"}) {
      createEndpoint(name);
    }

    assertEquals(List.of("ep-c", "ep-b", "ep-a"), names(client.listEndpoints(r -> { }).endpoints()));
    assertEquals(List.of("ep-a", "ep-b", "ep-c"),
        names(client.listEndpoints(r -> r.sortOrder("Ascending")).endpoints()));
  }

  @Test
  void listEndpoints_withStatusEquals_keepsOnlyThatStatus() {
    endpoints("ep-a", "ep-b");
    client.waiter().waitUntilEndpointInService(r -> r.endpointName("ep-a"));

    List<EndpointSummary> inService =
        client.listEndpoints(r -> r.statusEquals(EndpointStatus.IN_SERVICE)).endpoints();

    assertEquals(List.of("ep-a"), names(inService));
  }

  @Test
  void listProcessingJobs_byDefault_oldestFirst() {
    for (String name : new String[] {"job-a", "job-b", "job-c"}) {
      createProcessingJob(name);
      tick();
    }

    List<String> names = client.listProcessingJobs(r -> { }).processingJobSummaries().stream()
        .map(ProcessingJobSummary::processingJobName).collect(Collectors.toList());

    assertEquals(List.of("job-a", "job-b", "job-c"), names);
  }

  @Test
  void listClusters_byDefault_oldestFirst() {
    for (String name : new String[] {"cluster-a", "cluster-b", "cluster-c"}) {
      createCluster(name);
      tick();
    }

    List<String> names = client.listClusters(r -> { }).clusterSummaries().stream()
        .map(ClusterSummary::clusterName).collect(Collectors.toList());
    List<String> byNameDescending = client.listClusters(r -> r.sortBy("NAME")
        .sortOrder("Descending")).clusterSummaries().stream()
        .map(ClusterSummary::clusterName).collect(Collectors.toList());

    assertEquals(List.of("cluster-a", "cluster-b", "cluster-c"), names);
    assertEquals(List.of("cluster-c", "cluster-b", "cluster-a"), byNameDescending);
  }

  @Test
  void listPipelines_byDefault_newestFirst() {
    for (String name : new String[] {"pipe-a", "pipe-b"}) {
      createPipeline(name);
      tick();
    }

    List<String> names = client.listPipelines(r -> { }).pipelineSummaries().stream()
        .map(p -> p.pipelineName().orElseThrow()).collect(Collectors.toList());
    List<PipelineSummary> prefixed = client.listPipelines(r -> r.pipelineNamePrefix("pipe-a"))
        .pipelineSummaries();

    assertEquals(List.of("pipe-b", "pipe-a"), names);
    assertEquals(1, prefixed.size());
  }

  @Test
  void listModels_withCreationTimeWindow_keepsWhatWasCreatedInside() {
    createModel("model-old");
    clock.advance(Duration.ofHours(1));
    createModel("model-mid");
    clock.advance(Duration.ofHours(1));
    createModel("model-new");

    List<String> names = client.listModels(r -> r
            .creationTimeAfter(TestClock.START.plus(Duration.ofMinutes(30)))
            .creationTimeBefore(TestClock.START.plus(Duration.ofMinutes(90))))
        .models().stream().map(ModelSummary::modelName).collect(Collectors.toList());

    assertEquals(List.of("model-mid"), names);
  }

  @Test
  void listProcessingJobs_withStatusEqualsAndNameSort_filtersAndSorts() {
    createProcessingJob("job-b");
    createProcessingJob("job-a");
    createProcessingJob("job-c");
    client.stopProcessingJob(r -> r.processingJobName("job-c"));

    List<String> names = client.listProcessingJobs(r -> r.statusEquals("InProgress")
            .sortBy("Name").sortOrder("Descending")).processingJobSummaries().stream()
        .map(ProcessingJobSummary::processingJobName).collect(Collectors.toList());

    assertEquals(List.of("job-b", "job-a"), names);
  }

  @Test
  void listModels_withoutMaxResults_givesPagesOfTen() {
    for (int i = 0; i < 12; i++) {
      createModel("model-" + i);
    }

    ListModelsResponse first = client.listModels(r -> { });
    ListModelsResponse second = client.listModels(r -> r.nextToken(first.nextToken().get()));

    assertEquals(10, first.models().size());
    assertTrue(first.nextToken().orElseThrow().length() > 100, first.nextToken().get());
    assertEquals(2, second.models().size());
    assertTrue(second.nextToken().isEmpty());
  }

  @Test
  void listEndpoints_withNameContains_cutsThePageBeforeFiltering() {
    // Newest first: match-e, other-d, other-c, other-b, match-a.
    endpoints("match-a", "other-b", "other-c", "other-d", "match-e");

    ListEndpointsResponse short1 = client.listEndpoints(r -> r.nameContains("match").maxResults(2));
    ListEndpointsResponse empty = client.listEndpoints(r -> r.nameContains("match").maxResults(2)
        .nextToken(short1.nextToken().orElseThrow()));
    ListEndpointsResponse last = client.listEndpoints(r -> r.nameContains("match").maxResults(2)
        .nextToken(empty.nextToken().orElseThrow()));

    assertEquals(List.of("match-e"), names(short1.endpoints()));
    assertNotNull(short1.nextToken().orElse(null));
    assertEquals(List.of(), names(empty.endpoints()));
    assertNotNull(empty.nextToken().orElse(null));
    assertEquals(List.of("match-a"), names(last.endpoints()));
    assertTrue(last.nextToken().isEmpty());
  }

  @Test
  void paginator_keepsGoingOverShortAndEmptyPages() {
    endpoints("match-a", "other-b", "other-c", "other-d", "match-e");

    List<String> all = StreamSupport.stream(client.listEndpointsPaginator(
            r -> r.nameContains("MATCH").maxResults(2)).endpoints().spliterator(), false)
        .map(EndpointSummary::endpointName).collect(Collectors.toList());

    assertEquals(List.of("match-e", "match-a"), all);
  }

  @Test
  void listModels_withATokenItDidNotIssue_failsWithValidationException() {
    assertServiceError("ValidationException",
        "Invalid pagination token. Please verify the token and retry.",
        () -> client.listModels(r -> r.nextToken("bm90LWEtdG9rZW4=")));
  }

  @Test
  void listEndpoints_withUnknownSortBy_failsWithEnumValueSet() {
    assertServiceError("ValidationException", "1 validation error detected: Value 'Size' at"
            + " 'sortBy' failed to satisfy constraint: Member must satisfy enum value set:"
            + " [Name, CreationTime, Status]",
        () -> client.listEndpoints(r -> r.sortBy("Size")));
  }
}
