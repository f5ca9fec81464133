package dev.sagemaker4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.client.exception.UnreadableResponseException;
import dev.sagemaker4j.client.support.ClientTestBase;
import dev.sagemaker4j.client.support.Harness.Mode;
import dev.sagemaker4j.client.support.Wire;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import dev.sagemaker4j.model.fixtures.FixtureRequests;
import dev.sagemaker4j.model.fixtures.Fixtures;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Error answers become typed exceptions with code, message, status, request id and attempts:
 * the captured ones exactly as the official client reported them, and the malformed ones a
 * proxy or a broken connection produce without a parser's stack trace or a null message.
 */
class ErrorMappingTest extends ClientTestBase {
  private static final String RID = "8d6c2f1e-3b4a-4c5d-9e8f-0a1b2c3d4e99";

  static Stream<Arguments> fixtures() {
    return Fixtures.ERRORS.stream().flatMap(f -> Stream.of(Mode.values())
        .map(m -> Arguments.of(f, m)));
  }

  private DescribeEndpointResponse describe(Mode mode) {
    return harness.call(mode, c -> c.describeEndpoint(r -> r.endpointName("churn-endpoint")),
        c -> c.describeEndpoint(r -> r.endpointName("churn-endpoint")));
  }

  private static SageMakerException fail(Runnable call) {
    return assertThrows(SageMakerException.class, call::run);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("fixtures")
  void capturedError_mapsAsTheOfficialClientMappedIt(String fixture, Mode mode) throws Exception {
    JsonNode f = Fixtures.error(fixture);
    JsonNode expect = f.get("expect");
    ResponseDefinitionBuilder response = aResponse().withStatus(f.get("status").asInt())
        .withBody(f.get("body").asText());
    for (Map.Entry<String, JsonNode> h : f.get("headers").properties()) {
      response = response.withHeader(h.getKey(), h.getValue().asText());
    }
    wm.stubFor(post("/").willReturn(response));
    var request = FixtureRequests.all().values().stream().map(s -> s.get())
        .filter(r -> r.getClass().getSimpleName().equals(""
            + f.get("operation").asText() + "Request"))
        .findFirst().orElseThrow();

    Exception e = assertThrows(Exception.class,
        () -> FixtureWireTest.call(mode, f.get("operation").asText(), request));

    assertEquals(expect.get("exception").asText(), e.getClass().getSimpleName());
    SageMakerException s = (SageMakerException) e;
    assertEquals(expect.get("errorCode").asText(), s.errorCode());
    assertEquals(expect.get("errorCode").asText(), s.awsErrorDetails().errorCode());
    assertEquals(expect.get("message").asText(), s.errorMessage());
    assertEquals(expect.get("requestId").asText(), s.requestId());
    assertEquals(expect.get("statusCode").asInt(), s.statusCode());
    assertEquals(expect.get("exceptionMessage").asText(), s.getMessage());
    assertEquals(expect.get("attempts").asInt(), s.attempts());
    assertEquals(expect.get("attempts").asInt(), Wire.requests(wm).size(),
        "retryable: " + expect.get("retryable"));
    assertEquals("SageMaker", s.awsErrorDetails().serviceName());
    assertInstanceOf(AwsServiceException.class, s);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void htmlFromAProxy_isATypedErrorWithStatusAndRequestId(Mode mode) {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "text/html")
        .withHeader("x-amzn-RequestId", RID)
        .withBody("<html><head><title>403 Forbidden</title></head><body>\n<h1>Forbidden</h1>"
            + "</body></html>")));

    SageMakerException e = fail(() -> describe(mode));

    assertEquals(403, e.statusCode());
    assertEquals(RID, e.requestId());
    assertNull(e.errorCode());
    assertTrue(e.errorMessage().startsWith("SageMaker returned HTTP 403 with a body that is not"
        + " SageMaker's JSON: <html><head><title>403 Forbidden"), e.errorMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void emptyErrorBody_isDescribed(Mode mode) {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(400).withHeader("x-amzn-RequestId", RID)));

    SageMakerException e = fail(() -> describe(mode));

    assertEquals("SageMaker returned HTTP 400 with an empty body", e.errorMessage());
    assertEquals(RID, e.requestId());
    assertEquals(1, e.attempts());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void codeFromTheHeader_winsOverTheBody_andLosesItsNamespace(Mode mode) {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(400)
        .withHeader("X-Amzn-ErrorType", "ResourceNotFound:http://internal.amazon.com/coral/")
        .withBody("{\"__type\":\"SomethingElse\",\"message\":\"Cluster not found\"}")));

    SageMakerException e = fail(() -> describe(mode));

    assertInstanceOf(dev.sagemaker4j.client.exception.ResourceNotFoundException.class, e);
    assertEquals("ResourceNotFound", e.errorCode());
    assertEquals("Cluster not found", e.errorMessage());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void namespacedType_andOtherMessageSpellings_areRead(Mode mode) {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(400).withBody(
        "{\"__type\":\"com.amazonaws.sagemaker#ResourceInUse:http://x\",\"errorMessage\":\"busy\"}")));

    SageMakerException e = fail(() -> describe(mode));

    assertInstanceOf(dev.sagemaker4j.client.exception.ResourceInUseException.class, e);
    assertEquals("busy", e.errorMessage());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void unmodeledCode_keepsCodeMessageStatusAndRequestId(Mode mode) {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(400).withHeader("x-amzn-RequestId", RID)
        .withBody("{\"__type\":\"ValidationException\",\"message\":\"Could not find endpoint"
            + " \\\"arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn-endpoint\\\".\"}")));

    SageMakerException e = fail(() -> describe(mode));

    assertEquals(SageMakerException.class, e.getClass());
    assertEquals("ValidationException", e.errorCode());
    assertEquals("Could not find endpoint \"arn:aws:sagemaker:us-east-1:123456789012:endpoint/"
        + "churn-endpoint\".", e.errorMessage());
    assertEquals(400, e.statusCode());
    assertEquals(RID, e.requestId());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void jsonErrorWithoutMessage_getsOne(Mode mode) {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(400)
        .withBody("{\"__type\":\"ValidationException\"}")));

    SageMakerException e = fail(() -> describe(mode));

    assertEquals("SageMaker returned HTTP 400 error ValidationException and no message",
        e.errorMessage());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void truncatedSuccess_isUnreadable_withStatusAndRequestId(Mode mode) {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(200).withHeader("x-amzn-RequestId", RID)
        .withBody("{\"EndpointName\":\"churn-endpoint\",\"EndpointStatus\":\"InSer")));

    UnreadableResponseException e = assertThrows(UnreadableResponseException.class,
        () -> describe(mode));

    assertEquals(200, e.statusCode());
    assertEquals(RID, e.requestId());
    assertEquals("DescribeEndpoint", e.operation());
    assertNotNull(e.getCause());
    assertTrue(e.getMessage().startsWith("SageMaker's response to DescribeEndpoint could not be"
        + " read: "), e.getMessage());
    // a truncated read is an I/O failure: the standard strategy retried it
    assertEquals(3, Wire.requests(wm).size());
    assertEquals(3, e.numAttempts());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void successOfTheWrongShape_namesTheMember(Mode mode) {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(200).withHeader("x-amzn-RequestId", RID)
        .withBody("{\"ProductionVariants\":{\"VariantName\":\"a\"}}")));

    UnreadableResponseException e = assertThrows(UnreadableResponseException.class,
        () -> describe(mode));

    assertTrue(e.getMessage().contains("ProductionVariants: expected a list"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void emptySuccess_isAnEmptyResponse(Mode mode) {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(200).withHeader("x-amzn-RequestId", RID)));

    var deleted = harness.call(mode, c -> c.deleteEndpoint(r -> r.endpointName("churn-endpoint")),
        c -> c.deleteEndpoint(r -> r.endpointName("churn-endpoint")));

    assertEquals(RID, deleted.responseMetadata().orElseThrow().requestId().orElseThrow());
  }
}
