package dev.sagemaker4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.model.fixtures.FixtureRequests;
import dev.sagemaker4j.model.fixtures.Fixtures;
import dev.sagemaker4j.model.fixtures.JsonTrees;
import dev.sagemaker4j.model.internal.JsonCodec;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.StructSchema;
import dev.sagemaker4j.model.json.SageMakerJson;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What this SDK writes for each fixture request equals what the official client sent. */
class FixtureRequestsTest {
  static Stream<String> requests() {
    return Fixtures.REQUESTS.stream();
  }

  @ParameterizedTest
  @MethodSource("requests")
  void typedRequest_writesTheFixtureBody(String fixture) throws Exception {
    JsonNode expected = Fixtures.request(fixture).get("body").deepCopy();
    SageMakerRequest request = FixtureRequests.all().get(fixture).get();
    // A token the official client filled ("<uuid>") is the client's job, not the model's.
    if ("<uuid>".equals(expected.path("ClientRequestToken").asText())) {
      ((ObjectNode) expected).remove("ClientRequestToken");
    }

    JsonNode actual = JsonTrees.parse(SageMakerJson.mapper().writeValueAsBytes(request));

    JsonTrees.assertSameTree(expected, actual);
  }

  @ParameterizedTest
  @MethodSource("requests")
  void typedRequest_writesTheFixtureBytesExactly(String fixture) {
    String raw = Fixtures.request(fixture).get("rawBody").asText();
    Object request = FixtureRequests.all().get(fixture).get();
    StructSchema<Object> schema = StructSchema.ofValue(request);
    if (raw.contains("\"<uuid>\"")) {
      // The official client filled the token with a UUID the capture replaced; put the same
      // placeholder in, so the rest of the bytes can be compared.
      request = schema.with(request, schema.member("ClientRequestToken").index(), "<uuid>");
    }

    byte[] written = JsonCodec.toBytes(schema, request);

    // Same member order (the model's), number forms, and UTF-8 rather than escapes.
    assertEquals(raw, new String(written, java.nio.charset.StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("requests")
  void typedRequest_isValid(String fixture) {
    SageMakerRequest request = FixtureRequests.all().get(fixture).get();

    assertEquals(java.util.List.of(), ConstraintChecker.violations(request));
  }

  @ParameterizedTest
  @MethodSource("requests")
  void fixtureBody_readsBackToTheTypedRequest(String fixture) throws Exception {
    SageMakerRequest request = FixtureRequests.all().get(fixture).get();
    JsonNode raw = Fixtures.request(fixture).get("rawBody");
    assertFalse(raw.isMissingNode());

    Object parsed = SageMakerJson.mapper().readValue(raw.asText(), request.getClass());

    if (!raw.asText().contains("<uuid>")) {
      assertEquals(request, parsed);
    }
  }
}
