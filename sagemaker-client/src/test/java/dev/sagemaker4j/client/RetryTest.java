package dev.sagemaker4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.sagemaker4j.client.exception.ResourceInUseException;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.client.support.ClientTestBase;
import dev.sagemaker4j.client.support.Harness.Mode;
import dev.sagemaker4j.client.support.Wire;
import dev.sagemaker4j.model.CreatePipelineResponse;
import dev.sagemaker4j.model.fixtures.FixtureRequests;
import dev.sagemaker4j.model.fixtures.JsonTrees;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * One test per branch of the retry ladder, sync and async, each counting attempts: what is
 * retried (throttling, 500, 503, a reset connection) and what is not (modeled errors,
 * validation), the attempt limit, the backoff, and the one idempotency token every attempt of
 * a call carries.
 */
class RetryTest extends ClientTestBase {
  private static final String THROTTLED =
      "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}";

  /** Answers each request with the next response, the last one for ever. */
  private static void answer(ResponseDefinitionBuilder... responses) {
    for (int i = 0; i < responses.length; i++) {
      String state = i == 0 ? Scenario.STARTED : "step-" + i;
      var stub = post("/").inScenario("retry").whenScenarioStateIs(state)
          .willReturn(responses[i]);
      if (i < responses.length - 1) {
        stub = stub.willSetStateTo("step-" + (i + 1));
      }
      wm.stubFor(stub);
    }
  }

  private static ResponseDefinitionBuilder status(int status, String body) {
    return aResponse().withStatus(status).withHeader("x-amzn-RequestId", "rid-" + status)
        .withBody(body);
  }

  private static ResponseDefinitionBuilder ok(String body) {
    return status(200, body);
  }

  private CreatePipelineResponse createPipeline(Mode mode) {
    var request = FixtureRequests.createPipeline().toBuilder()
        .clientRequestToken(null).build();
    return harness.call(mode, c -> c.createPipeline(request), c -> c.createPipeline(request));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createPipeline_whenThrottledTwice_resendsTheSameTokenAndSucceeds(Mode mode) {
    answer(status(400, THROTTLED), status(400, THROTTLED),
        ok("{\"PipelineArn\":\"arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-pipeline\"}"));

    CreatePipelineResponse response = createPipeline(mode);

    List<LoggedRequest> sent = Wire.requests(wm);
    assertEquals(3, sent.size());
    assertEquals(3, response.responseMetadata().orElseThrow().attempts());
    List<String> tokens = sent.stream()
        .map(r -> JsonTrees.parse(r.getBody()).get("ClientRequestToken").asText()).toList();
    assertEquals(1, tokens.stream().distinct().count(), tokens.toString());
    assertTrue(tokens.get(0).matches("[0-9a-f-]{36}"), tokens.get(0));
    assertEquals(List.of("attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3"),
        sent.stream().map(r -> r.getHeader("amz-sdk-request")).toList());
    assertEquals(1, sent.stream().map(r -> r.getHeader("amz-sdk-invocation-id")).distinct()
        .count(), "one invocation id per call");
    assertEquals(3, sent.stream().map(r -> r.getHeader("Authorization")).distinct().count(),
        "each attempt signed afresh");
    List<Duration> waits = harness.waits(mode);
    assertEquals(2, waits.size(), waits.toString());
    // throttling backs off from a 500 ms base, with jitter
    assertTrue(waits.stream().allMatch(d -> d.compareTo(Duration.ofSeconds(20)) <= 0), waits.toString());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void serverErrors500And503_areRetried(Mode mode) {
    answer(status(500, "{\"__type\":\"InternalFailure\",\"message\":\"oops\"}"),
        status(503, "{\"__type\":\"ServiceUnavailable\",\"message\":\"busy\"}"),
        ok("{\"PipelineArn\":\"arn:aws:sagemaker:us-east-1:123456789012:pipeline/p\"}"));

    CreatePipelineResponse response = createPipeline(mode);

    assertEquals(3, Wire.requests(wm).size());
    assertEquals(3, response.responseMetadata().orElseThrow().attempts());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void resourceInUse_isNotRetried(Mode mode) {
    answer(status(400, "{\"__type\":\"ResourceInUse\",\"Message\":\"Processing job 'p' already"
        + " exists.\"}"));

    ResourceInUseException e = assertThrows(ResourceInUseException.class,
        () -> harness.call(mode, c -> c.createProcessingJob(FixtureRequests.createProcessingJob()),
            c -> c.createProcessingJob(FixtureRequests.createProcessingJob())));

    assertEquals(1, Wire.requests(wm).size());
    assertEquals(1, e.attempts());
    assertEquals(List.of(), harness.waits(mode));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void validationException_isNotRetried(Mode mode) {
    answer(status(400, "{\"__type\":\"ValidationException\",\"message\":\"1 validation error"
        + " detected\"}"));

    SageMakerException e = assertThrows(SageMakerException.class, () -> createPipeline(mode));

    assertEquals("ValidationException", e.errorCode());
    assertEquals(1, Wire.requests(wm).size());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void connectionReset_isRetried(Mode mode) {
    answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        ok("{\"PipelineArn\":\"arn:aws:sagemaker:us-east-1:123456789012:pipeline/p\"}"));

    CreatePipelineResponse response = createPipeline(mode);

    assertEquals(2, Wire.requests(wm).size());
    assertEquals(2, response.responseMetadata().orElseThrow().attempts());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void attemptLimit_isHonoured(Mode mode) {
    answer(status(503, "{\"__type\":\"ServiceUnavailable\",\"message\":\"busy\"}"));

    SageMakerException e = assertThrows(SageMakerException.class, () -> createPipeline(mode));

    assertEquals(3, Wire.requests(wm).size());
    assertEquals(3, e.attempts());
    assertEquals(503, e.statusCode());
    assertTrue(e.getMessage().endsWith("(SDK Attempt Count: 3)"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void connectionFailureEveryTime_endsInAClientExceptionWithTheCause(Mode mode) {
    answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    SdkClientException e = assertThrows(SdkClientException.class, () -> createPipeline(mode));

    assertEquals(3, Wire.requests(wm).size());
    assertEquals(3, e.numAttempts());
    assertTrue(e.getMessage().startsWith("Unable to execute HTTP request to SageMaker at "
        + wm.baseUrl() + " (CreatePipeline): "), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aTokenTheCallerSet_isSentAsIs(Mode mode) {
    answer(status(400, THROTTLED),
        ok("{\"PipelineArn\":\"arn:aws:sagemaker:us-east-1:123456789012:pipeline/p\"}"));
    var request = FixtureRequests.createPipeline();

    harness.call(mode, c -> c.createPipeline(request), c -> c.createPipeline(request));

    for (LoggedRequest r : Wire.requests(wm)) {
      assertEquals("5f0c3b52-8a4e-4d7b-9a36-2c1e6f8d9b01",
          JsonTrees.parse(r.getBody()).get("ClientRequestToken").asText());
    }
  }
}
