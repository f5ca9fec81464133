package dev.sagemaker4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.model.fixtures.Fixtures;
import dev.sagemaker4j.model.fixtures.WirePath;
import dev.sagemaker4j.model.json.SageMakerJson;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each response fixture's raw body parses to the values the official client read from it. */
class FixtureResponsesTest {
  static Stream<String> responses() {
    return Fixtures.RESPONSES.stream();
  }

  @ParameterizedTest
  @MethodSource("responses")
  void rawBody_parsesToTheExpectedValues(String fixture) throws Exception {
    JsonNode f = Fixtures.response(fixture);
    Class<?> type = Class.forName("dev.sagemaker4j.model." + f.get("operation").asText()
        + "Response");

    Object response = SageMakerJson.mapper().readValue(f.get("rawBody").asText(), type);

    int checked = 0;
    for (Map.Entry<String, JsonNode> e : f.get("expect").properties()) {
      if (e.getKey().equals("requestId")) {
        continue; // a header: the client's tests check it
      }
      assertEquals(e.getValue().asText(), WirePath.read(response, e.getKey()), e.getKey());
      checked++;
    }
    assertEquals(f.get("expect").size() - 1, checked);
  }
}
