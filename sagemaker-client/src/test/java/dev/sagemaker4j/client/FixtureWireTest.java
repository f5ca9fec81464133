package dev.sagemaker4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.sagemaker4j.client.support.ClientTestBase;
import dev.sagemaker4j.client.support.Harness.Mode;
import dev.sagemaker4j.client.support.Wire;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import dev.sagemaker4j.model.fixtures.FixtureRequests;
import dev.sagemaker4j.model.fixtures.Fixtures;
import dev.sagemaker4j.model.fixtures.JsonTrees;
import dev.sagemaker4j.model.fixtures.WirePath;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The captures of the official AWS SDK v2 client, replayed: what this SDK sends for each fixture
 * request equals what the official client sent, and each captured response reads to what the
 * official client read. Sync and async.
 */
class FixtureWireTest extends ClientTestBase {
  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  static Stream<Arguments> requests() {
    return Fixtures.REQUESTS.stream().flatMap(f -> Stream.of(Mode.values())
        .map(m -> Arguments.of(f, m)));
  }

  static Stream<Arguments> responses() {
    return Fixtures.RESPONSES.stream().flatMap(f -> Stream.of(Mode.values())
        .map(m -> Arguments.of(f, m)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("requests")
  void request_goesOutAsTheOfficialClientSentIt(String fixture, Mode mode) throws Exception {
    JsonNode f = Fixtures.request(fixture);
    wm.stubFor(post("/").willReturn(aResponse().withStatus(200).withBody("{}")));
    SageMakerRequest request = FixtureRequests.all().get(fixture).get();

    call(mode, f.get("operation").asText(), request);

    LoggedRequest sent = Wire.only(wm);
    assertEquals(f.get("target").asText(), sent.getHeader("X-Amz-Target"));
    assertEquals(f.get("contentType").asText(), sent.getHeader("Content-Type"));
    assertEquals(f.get("method").asText(), sent.getMethod().getName());
    assertEquals(f.get("path").asText(), sent.getUrl());
    assertEquals("SignedHeaders=" + f.get("signedHeaders").asText(),
        sent.getHeader("Authorization").replaceAll(".*(SignedHeaders=[^,]*),.*", "$1"));
    JsonNode expected = f.get("body").deepCopy();
    JsonNode actual = JsonTrees.parse(sent.getBody());
    if ("<uuid>".equals(expected.path("ClientRequestToken").asText())) {
      // the client filled the token, as the official client did
      assertTrue(actual.path("ClientRequestToken").asText().matches(UUID),
          actual.path("ClientRequestToken").asText());
      ((ObjectNode) expected).remove("ClientRequestToken");
      ((ObjectNode) actual).remove("ClientRequestToken");
    } else {
      assertEquals(f.get("rawBody").asText(), sent.getBodyAsString(), "the exact bytes");
    }
    JsonTrees.assertSameTree(expected, actual);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("responses")
  void response_readsAsTheOfficialClientReadIt(String fixture, Mode mode) throws Exception {
    JsonNode f = Fixtures.response(fixture);
    var response = aResponse().withStatus(f.get("status").asInt())
        .withBody(f.get("rawBody").asText());
    for (Map.Entry<String, JsonNode> h : f.get("headers").properties()) {
      response = response.withHeader(h.getKey(), h.getValue().asText());
    }
    wm.stubFor(post("/").willReturn(response));
    String operation = f.get("operation").asText();
    SageMakerRequest minimal = minimalRequest(operation);

    SageMakerResponse parsed = (SageMakerResponse) call(mode, operation, minimal);

    for (Map.Entry<String, JsonNode> e : f.get("expect").properties()) {
      String actual = e.getKey().equals("requestId")
          ? parsed.responseMetadata().orElseThrow().requestId().orElseThrow()
          : WirePath.read(parsed, e.getKey());
      assertEquals(e.getValue().asText(), actual, e.getKey());
    }
  }

  private static SageMakerRequest minimalRequest(String operation) {
    switch (operation) {
      case "DescribeCluster":
        return FixtureRequests.all().get("DescribeCluster.typical").get();
      case "DescribeEndpoint":
        return FixtureRequests.all().get("DescribeEndpoint.typical").get();
      case "DescribeProcessingJob":
        return FixtureRequests.all().get("DescribeProcessingJob.typical").get();
      default:
        throw new IllegalArgumentException(operation);
    }
  }

  /** Calls the operation by name through the client {@code mode} names. */
  static Object call(Mode mode, String operation, SageMakerRequest request) throws Exception {
    String method = Character.toLowerCase(operation.charAt(0)) + operation.substring(1);
    try {
      if (mode == Mode.SYNC) {
        Method m = SageMakerClient.class.getMethod(method, request.getClass());
        return m.invoke(harness.sync, request);
      }
      Method m = SageMakerAsyncClient.class.getMethod(method, request.getClass());
      return dev.sagemaker4j.client.support.Harness.join(
          (CompletableFuture<?>) m.invoke(harness.async, request));
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }
}
