package dev.sagemaker4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.client.support.ClientTestBase;
import dev.sagemaker4j.client.support.Harness;
import dev.sagemaker4j.client.support.Harness.Mode;
import dev.sagemaker4j.client.support.Wire;
import dev.sagemaker4j.client.waiters.WaiterException;
import dev.sagemaker4j.client.waiters.WaiterOverrides;
import dev.sagemaker4j.client.waiters.WaiterResponse;
import dev.sagemaker4j.model.DescribeClusterResponse;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import dev.sagemaker4j.model.DescribePipelineExecutionResponse;
import dev.sagemaker4j.model.DescribeProcessingJobResponse;
import dev.sagemaker4j.model.EndpointStatus;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each waiter path, sync and async, with waits recorded instead of slept: success after some
 * polls, a failure state, an error the waiter expects (as success or as failure), an error it
 * does not, the most polls, and the overall time limit.
 */
class WaiterTest extends ClientTestBase {
  private static ResponseDefinitionBuilder ok(String json) {
    return aResponse().withStatus(200).withHeader("x-amzn-RequestId", "rid").withBody(json);
  }

  private static ResponseDefinitionBuilder error(String code, String message) {
    return aResponse().withStatus(400).withBody("{\"__type\":\"" + code + "\",\"message\":\""
        + message + "\"}");
  }

  private static ResponseDefinitionBuilder endpoint(String status) {
    return ok("{\"EndpointName\":\"churn-endpoint\",\"EndpointStatus\":\"" + status + "\"}");
  }

  /** Answers each poll with the next response, the last one for ever. */
  private static void polls(ResponseDefinitionBuilder... responses) {
    for (int i = 0; i < responses.length; i++) {
      var stub = post("/").inScenario("polls")
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "poll-" + i).willReturn(responses[i]);
      if (i < responses.length - 1) {
        stub = stub.willSetStateTo("poll-" + (i + 1));
      }
      wm.stubFor(stub);
    }
  }

  private static WaiterResponse<DescribeEndpointResponse> inService(Mode mode,
      WaiterOverrides overrides) {
    return harness.call(mode,
        c -> c.waiter().waitUntilEndpointInService(r -> r.endpointName("churn-endpoint"),
            o -> copy(overrides, o)),
        c -> c.waiter().waitUntilEndpointInService(r -> r.endpointName("churn-endpoint"),
            o -> copy(overrides, o)));
  }

  private static void copy(WaiterOverrides from, WaiterOverrides.Builder to) {
    from.delay().ifPresent(to::delay);
    from.maxAttempts().ifPresent(to::maxAttempts);
    from.timeout().ifPresent(to::timeout);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void endpointInService_afterTwoCreatingPolls_returnsTheResponseAndThreePolls(Mode mode) {
    polls(endpoint("Creating"), endpoint("Creating"), endpoint("InService"));

    WaiterResponse<DescribeEndpointResponse> done = inService(mode, WaiterOverrides.none());

    assertEquals(3, done.attempts());
    assertEquals(EndpointStatus.IN_SERVICE, done.response().orElseThrow().endpointStatus());
    assertEquals(3, Wire.requests(wm).size());
    assertEquals(List.of(Duration.ofSeconds(30), Duration.ofSeconds(30)), harness.waits(mode),
        "the model's 30 s delay");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void endpointInService_whenTheEndpointFails_throwsWithTheLastResponse(Mode mode) {
    polls(endpoint("Creating"), ok("{\"EndpointName\":\"churn-endpoint\",\"EndpointStatus\":"
        + "\"Failed\",\"FailureReason\":\"Image not found\"}"));

    WaiterException e = assertThrows(WaiterException.class,
        () -> inService(mode, WaiterOverrides.none()));

    assertEquals(WaiterException.Reason.FAILURE_STATE, e.reason());
    assertEquals("EndpointInService", e.waiter());
    assertEquals(2, e.attempts());
    assertEquals("Failed", ((DescribeEndpointResponse) e.lastResponse().orElseThrow())
        .endpointStatusAsString());
    assertEquals("EndpointInService failed: DescribeEndpoint matched the failure state"
        + " EndpointStatus = Failed after 2 polls: Image not found", e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void endpointInService_whenTheEndpointIsMissing_failsOnTheValidationError(Mode mode) {
    polls(error("ValidationException", "Could not find endpoint \\\"arn:x\\\"."));

    WaiterException e = assertThrows(WaiterException.class,
        () -> inService(mode, WaiterOverrides.none()));

    assertEquals(WaiterException.Reason.FAILURE_STATE, e.reason());
    assertEquals("ValidationException",
        ((SageMakerException) e.lastError().orElseThrow()).errorCode());
    assertEquals(1, e.attempts());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void endpointDeleted_succeedsOnTheErrorThatSaysItIsGone(Mode mode) {
    polls(endpoint("Deleting"), error("ValidationException", "Could not find endpoint."));

    WaiterResponse<DescribeEndpointResponse> done = harness.call(mode,
        c -> c.waiter().waitUntilEndpointDeleted(r -> r.endpointName("churn-endpoint")),
        c -> c.waiter().waitUntilEndpointDeleted(r -> r.endpointName("churn-endpoint")));

    assertEquals(2, done.attempts());
    assertTrue(done.response().isEmpty());
    assertEquals("ValidationException",
        ((SageMakerException) done.exception().orElseThrow()).errorCode());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anErrorNoAcceptorExpects_endsTheWaitWithThatError(Mode mode) {
    polls(endpoint("Creating"), error("AccessDeniedException", "not allowed"));

    SageMakerException e = assertThrows(SageMakerException.class,
        () -> inService(mode, WaiterOverrides.none()));

    assertEquals("AccessDeniedException", e.errorCode());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void mostPolls_endTheWait(Mode mode) {
    polls(endpoint("Creating"));

    WaiterException e = assertThrows(WaiterException.class,
        () -> inService(mode, WaiterOverrides.builder().maxAttempts(4)
            .delay(Duration.ofSeconds(5)).build()));

    assertEquals(WaiterException.Reason.MAX_ATTEMPTS, e.reason());
    assertEquals(4, e.attempts());
    assertEquals(4, Wire.requests(wm).size());
    assertEquals(Collections.nCopies(3, Duration.ofSeconds(5)), harness.waits(mode));
    assertTrue(e.getMessage().startsWith("EndpointInService gave up after 4 polls of"
        + " DescribeEndpoint"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void timeLimit_endsTheWaitBeforeAPollThatWouldPassIt(Mode mode) {
    polls(endpoint("Creating"));

    WaiterException e = assertThrows(WaiterException.class,
        () -> inService(mode, WaiterOverrides.builder().timeout(Duration.ofMinutes(2)).build()));

    // polls at 0, 30, 60, 90 and 120 s; a sixth would start at 150 s
    assertEquals(WaiterException.Reason.TIMEOUT, e.reason());
    assertEquals(5, e.attempts());
    assertEquals(4, harness.waits(mode).size());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void processingJobCompletedOrStopped_succeedsOnStopped(Mode mode) {
    polls(ok("{\"ProcessingJobStatus\":\"Stopping\"}"), ok("{\"ProcessingJobStatus\":\"Stopped\"}"));

    WaiterResponse<DescribeProcessingJobResponse> done = harness.call(mode,
        c -> c.waiter().waitUntilProcessingJobCompletedOrStopped(r -> r.processingJobName("p")),
        c -> c.waiter().waitUntilProcessingJobCompletedOrStopped(r -> r.processingJobName("p")));

    assertEquals("Stopped", done.response().orElseThrow().processingJobStatusAsString());
    assertEquals(List.of(Duration.ofSeconds(60)), harness.waits(mode));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void clusterInService_andClusterDeleted_fromTheProjectsOwnWaiters(Mode mode) {
    polls(ok("{\"ClusterStatus\":\"Creating\"}"), ok("{\"ClusterStatus\":\"InService\"}"),
        ok("{\"ClusterStatus\":\"Deleting\"}"), error("ResourceNotFound", "Cluster gone."));

    WaiterResponse<DescribeClusterResponse> up = harness.call(mode,
        c -> c.waiter().waitUntilClusterInService(r -> r.clusterName("llm")),
        c -> c.waiter().waitUntilClusterInService(r -> r.clusterName("llm")));
    WaiterResponse<DescribeClusterResponse> gone = harness.call(mode,
        c -> c.waiter().waitUntilClusterDeleted(r -> r.clusterName("llm")),
        c -> c.waiter().waitUntilClusterDeleted(r -> r.clusterName("llm")));

    assertEquals(2, up.attempts());
    assertEquals(2, gone.attempts());
    assertTrue(gone.exception().isPresent());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void pipelineExecutionCompleted_failsOnStopped(Mode mode) {
    polls(ok("{\"PipelineExecutionStatus\":\"Executing\"}"),
        ok("{\"PipelineExecutionStatus\":\"Stopped\"}"));

    WaiterException e = assertThrows(WaiterException.class, () -> harness.call(mode,
        c -> c.waiter().waitUntilPipelineExecutionCompleted(r -> r.pipelineExecutionArn(
            "arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/abcdef123456")),
        c -> c.waiter().waitUntilPipelineExecutionCompleted(r -> r.pipelineExecutionArn(
            "arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/abcdef123456"))));

    assertEquals(WaiterException.Reason.FAILURE_STATE, e.reason());
    assertEquals("Stopped", ((DescribePipelineExecutionResponse) e.lastResponse().orElseThrow())
        .pipelineExecutionStatusAsString().orElseThrow());
  }

  @org.junit.jupiter.api.Test
  void waiterOnAFake_usesTheFakesAnswers() {
    SageMakerClient fake = new SageMakerClient() {
      int polls;

      @Override
      public DescribeEndpointResponse describeEndpoint(
          dev.sagemaker4j.model.DescribeEndpointRequest request) {
        return DescribeEndpointResponse.builder().endpointName(request.endpointName())
            .endpointStatus(++polls < 2 ? "Creating" : "InService").build();
      }

      @Override
      public void close() {}
    };
    List<Duration> slept = new java.util.ArrayList<>();

    WaiterResponse<DescribeEndpointResponse> done =
        dev.sagemaker4j.client.waiters.SageMakerWaiter.create(fake, slept::add)
            .waitUntilEndpointInService(r -> r.endpointName("e"));

    assertEquals(2, done.attempts());
    assertEquals(List.of(Duration.ofSeconds(30)), slept);
  }

  @org.junit.jupiter.api.Test
  void asyncWait_returnsAFutureAtOnce() {
    polls(endpoint("Creating"), endpoint("InService"));
    var future = harness.async.waiter().waitUntilEndpointInService(
        r -> r.endpointName("churn-endpoint"));

    assertEquals(2, Harness.join(future).attempts());
  }
}
