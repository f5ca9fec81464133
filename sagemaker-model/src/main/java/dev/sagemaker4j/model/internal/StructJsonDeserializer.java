package dev.sagemaker4j.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Lets any Jackson {@code ObjectMapper} read generated types from SageMaker's wire form. Every
 * generated type names it in {@code @JsonDeserialize}; Jackson makes one per target type through
 * {@link #createContextual}, and it hands the work to {@link JsonCodec}.
 */
public final class StructJsonDeserializer extends StdDeserializer<Object>
    implements ContextualDeserializer {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable StructSchema<?> schema;

  public StructJsonDeserializer() {
    this(null);
  }

  private StructJsonDeserializer(@Nullable StructSchema<?> schema) {
    super(schema == null ? Object.class : schema.type());
    this.schema = schema;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
    JavaType type = ctxt.getContextualType();
    if (type == null && property != null) {
      type = property.getType();
    }
    StructSchema<?> found = type == null ? null : StructSchema.forType(type.getRawClass());
    if (found == null) {
      throw new IllegalArgumentException("not a SageMaker model type: " + type);
    }
    return new StructJsonDeserializer(found);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (schema == null) {
      throw new IllegalStateException("used without a target type");
    }
    return JsonCodec.read(p, schema);
  }
}
