package dev.sagemaker4j.testing;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sagemaker4j.model.internal.JsonCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** SageMaker's error body, written with the SDK's JSON factory. */
final class Wire {
  private Wire() {}

  static byte[] errorBody(String code, String message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JsonCodec.factory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("__type", code);
      g.writeStringField("message", message);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
