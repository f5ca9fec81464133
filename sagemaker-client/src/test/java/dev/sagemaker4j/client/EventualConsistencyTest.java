package dev.sagemaker4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.client.support.ClientTestBase;
import dev.sagemaker4j.client.support.Harness.Mode;
import dev.sagemaker4j.client.support.Wire;
import dev.sagemaker4j.model.CreateEndpointResponse;
import dev.sagemaker4j.model.fixtures.FixtureRequests;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CreateEndpoint reads the endpoint configuration from an eventually consistent store: right
 * after CreateEndpointConfig it can fail with "Could not find endpoint configuration" although
 * the configuration exists. The client retries exactly that, a bounded number of times.
 */
class EventualConsistencyTest extends ClientTestBase {
  private static final String ARN =
      "arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/churn-endpoint-config-v2";
  private static final String NOT_FOUND = "{\"__type\":\"ValidationException\",\"message\":"
      + "\"Could not find endpoint configuration \\\"" + ARN + "\\\".\"}";

  private CreateEndpointResponse createEndpoint(Mode mode) {
    return harness.call(mode, c -> c.createEndpoint(FixtureRequests.createEndpoint()),
        c -> c.createEndpoint(FixtureRequests.createEndpoint()));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createEndpoint_whenTheNewConfigIsNotYetVisible_retriesUntilItIs(Mode mode) {
    wm.stubFor(post("/").inScenario("ec").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(400).withBody(NOT_FOUND)).willSetStateTo("once"));
    wm.stubFor(post("/").inScenario("ec").whenScenarioStateIs("once")
        .willReturn(aResponse().withStatus(400).withBody(NOT_FOUND)).willSetStateTo("visible"));
    wm.stubFor(post("/").inScenario("ec").whenScenarioStateIs("visible")
        .willReturn(aResponse().withStatus(200).withBody("{\"EndpointArn\":"
            + "\"arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn-endpoint\"}")));

    CreateEndpointResponse response = createEndpoint(mode);

    assertEquals("arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn-endpoint",
        response.endpointArn());
    assertEquals(3, Wire.requests(wm).size());
    assertEquals(3, response.responseMetadata().orElseThrow().attempts());
    assertEquals(2, harness.waits(mode).size());
    assertTrue(harness.waits(mode).stream().allMatch(d -> d.compareTo(Duration.ofSeconds(8)) <= 0),
        harness.waits(mode).toString());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createEndpoint_whenTheConfigReallyIsMissing_failsAfterTheBoundedRetries(Mode mode) {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(400).withBody(NOT_FOUND)));

    SageMakerException e = assertThrows(SageMakerException.class, () -> createEndpoint(mode));

    assertEquals("ValidationException", e.errorCode());
    assertEquals("Could not find endpoint configuration \"" + ARN + "\".", e.errorMessage());
    int expected = 1 + OverrideConfiguration.DEFAULT_EVENTUAL_CONSISTENCY_RETRIES;
    assertEquals(expected, Wire.requests(wm).size());
    assertEquals(expected, e.attempts());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createEndpoint_whenTheModelIsNotYetVisible_retriesToo(Mode mode) {
    wm.stubFor(post("/").inScenario("ec").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(400).withBody("{\"__type\":\"ValidationException\","
            + "\"message\":\"Could not find model \\\"arn:aws:sagemaker:us-east-1:123456789012:"
            + "model/churn-xgboost-model\\\".\"}")).willSetStateTo("visible"));
    wm.stubFor(post("/").inScenario("ec").whenScenarioStateIs("visible")
        .willReturn(aResponse().withStatus(200).withBody("{\"EndpointArn\":\"arn:x\"}")));

    createEndpoint(mode);

    assertEquals(2, Wire.requests(wm).size());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void otherValidationErrors_ofCreateEndpoint_areFinal(Mode mode) {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(400).withBody("{\"__type\":"
        + "\"ValidationException\",\"message\":\"Cannot create already existing endpoint"
        + " \\\"arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn-endpoint\\\".\"}")));

    assertThrows(SageMakerException.class, () -> createEndpoint(mode));

    assertEquals(1, Wire.requests(wm).size());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void theSameMessageFromAnotherOperation_isFinal(Mode mode) {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(400).withBody(NOT_FOUND)));

    assertThrows(SageMakerException.class, () -> harness.call(mode,
        c -> c.describeEndpointConfig(r -> r.endpointConfigName("churn-endpoint-config-v2")),
        c -> c.describeEndpointConfig(r -> r.endpointConfigName("churn-endpoint-config-v2"))));

    assertEquals(1, Wire.requests(wm).size());
  }
}
