package dev.sagemaker4j.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Lets any Jackson {@code ObjectMapper} write generated types in SageMaker's wire form. Every
 * generated type names it in {@code @JsonSerialize}; it hands the work to {@link JsonCodec}.
 */
public final class StructJsonSerializer extends StdSerializer<Object> {
  private static final long serialVersionUID = 1L;

  public StructJsonSerializer() {
    super(Object.class);
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    JsonCodec.write(gen, StructSchema.ofValue(value), value);
  }
}
