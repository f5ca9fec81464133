package dev.sagemaker4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.model.fixtures.ValidValues;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.StructSchema;
import dev.sagemaker4j.model.fixtures.ModelTypes;
import dev.sagemaker4j.model.json.SageMakerJson;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every generated structure, fully populated, survives a JSON round trip unchanged. */
class RoundTripTest {
  static Stream<StructSchema<?>> schemas() {
    return ModelTypes.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  @SuppressWarnings("unchecked")
  void fullyPopulated_roundTripsThroughTheMapper(StructSchema<?> schema) throws Exception {
    StructSchema<Object> s = (StructSchema<Object>) schema;
    Object value = new ValidValues(schema.name().hashCode()).struct(s);
    int set = 0;
    for (Member m : s.members()) {
      set += s.get(value, m.index()) != null ? 1 : 0;
    }
    assertEquals(s.members().isEmpty() ? 0 : s.union() ? 1 : s.members().size(), set,
        "members set in the sample");

    String json = SageMakerJson.mapper().writeValueAsString(value);
    Object back = SageMakerJson.mapper().readValue(json, s.type());

    assertEquals(value, back, json);
    assertEquals(value.hashCode(), back.hashCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void value_returnsItsOwnSchema(StructSchema<?> schema) {
    assertTrue(StructSchema.forType(schema.type()) == schema);
    Object sample = new ValidValues(1).struct(schema);
    assertNotNull(sample);
    assertTrue(StructSchema.ofValue(sample) == schema);
    assertEquals(schema.type(), sample.getClass());
  }
}
