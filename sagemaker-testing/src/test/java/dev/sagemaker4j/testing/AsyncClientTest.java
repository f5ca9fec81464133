package dev.sagemaker4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.exception.ResourceNotFoundException;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.model.CreateModelResponse;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import dev.sagemaker4j.model.EndpointStatus;
import dev.sagemaker4j.model.ListEndpointsResponse;
import dev.sagemaker4j.testing.support.StandInTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The same stand-in through the async client (Netty). */
class AsyncClientTest extends StandInTest {
  private static <T> T join(CompletableFuture<T> f) throws Exception {
    return f.get(30, TimeUnit.SECONDS);
  }

  @Test
  void createAndDescribeEndpoint_overTheAsyncClient() throws Exception {
    join(async.createModel(r -> r.modelName("churn-model").executionRoleArn(ROLE)
        .primaryContainer(c -> c.image(IMAGE))));
    join(async.createEndpointConfig(r -> r.endpointConfigName("churn-config")
        .productionVariants(v -> v.variantName("AllTraffic").modelName("churn-model")
            .instanceType(INSTANCE_TYPE).initialInstanceCount(1))));

    String arn = join(async.createEndpoint(r -> r.endpointName("churn-endpoint")
        .endpointConfigName("churn-config"))).endpointArn();
    DescribeEndpointResponse e = join(async.describeEndpoint(r -> r.endpointName("churn-endpoint")));

    assertEquals(ARN + "endpoint/churn-endpoint", arn);
    assertEquals(EndpointStatus.CREATING, e.endpointStatus());
  }

  @Test
  void waiter_overTheAsyncClient_pollsUntilInService() throws Exception {
    createEndpoint("churn-endpoint");

    int attempts = join(async.waiter().waitUntilEndpointInService(
        r -> r.endpointName("churn-endpoint"), o -> o.delay(Duration.ZERO))).attempts();

    assertEquals(3, attempts);
  }

  @Test
  void waiter_overTheAsyncClient_pollsWithoutPauseByDefault() throws Exception {
    createEndpoint("churn-endpoint");

    // the waiter's own delay is 30 s between polls: join() gives up after 30 s
    int attempts = join(async.waiter().waitUntilEndpointInService(
        r -> r.endpointName("churn-endpoint"))).attempts();

    assertEquals(3, attempts);
  }

  @Test
  void serviceError_overTheAsyncClient_completesExceptionally() {
    CompletionException e = assertThrows(CompletionException.class,
        () -> async.describeModel(r -> r.modelName("ghost")).join());

    SageMakerException cause = assertInstanceOf(SageMakerException.class, e.getCause());
    assertEquals("ValidationException", cause.errorCode());
    assertEquals("Could not find model \"" + ARN + "model/ghost\".", cause.errorMessage());
  }

  @Test
  void modeledError_overTheAsyncClient_isTyped() {
    CompletionException e = assertThrows(CompletionException.class,
        () -> async.describeCluster(r -> r.clusterName("ghost")).join());

    assertInstanceOf(ResourceNotFoundException.class, e.getCause());
  }

  @Test
  void deleteWithEmptyBodyAndLists_overTheAsyncClient() throws Exception {
    createEndpoint("churn-endpoint");
    client.waiter().waitUntilEndpointInService(r -> r.endpointName("churn-endpoint"));

    join(async.deleteEndpoint(r -> r.endpointName("churn-endpoint")));
    ListEndpointsResponse list = join(async.listEndpoints(r -> r.maxResults(5)));

    assertEquals(EndpointStatus.DELETING, list.endpoints().get(0).endpointStatus());
    assertTrue(list.nextToken().isEmpty());
  }

  @Test
  void manyCallsInFlight_allLandAndSignaturesHold() throws Exception {
    List<CompletableFuture<CreateModelResponse>> calls = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String name = "model-" + i;
      calls.add(async.createModel(r -> r.modelName(name).executionRoleArn(ROLE)
          .primaryContainer(c -> c.image(IMAGE))));
    }
    for (CompletableFuture<CreateModelResponse> call : calls) {
      join(call);
    }

    assertEquals(40, client.listModels(r -> r.maxResults(100)).models().size());
  }

  @Test
  void throttling_overTheAsyncClient_isRetried() throws Exception {
    local.throttleNext(1);

    int attempts = join(async.listModels(r -> { })).responseMetadata().orElseThrow().attempts();

    assertEquals(2, attempts);
  }
}
