package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.Shape;
import dev.sagemaker4j.model.internal.StructSchema;
import java.util.List;
import java.util.Map;

/**
 * Holds the stand-in's answers to the model: every member the output shape marks required is
 * sent, as the service sends it. A required list or map left unset (an empty page, say) is sent
 * empty ({@code "Endpoints": []}), so clients that read it unguarded work against the stand-in as
 * against SageMaker; any other required member left unset is a bug of the stand-in, reported as
 * such rather than sent.
 */
final class Answers {
  private Answers() {}

  static <O> O complete(StructSchema<O> schema, O output) {
    Object[] values = schema.values(output);
    O out = output;
    for (Member m : schema.members()) {
      if (!m.required() || values[m.index()] != null) {
        continue;
      }
      Shape.Kind kind = m.shape().kind();
      if (kind == Shape.Kind.LIST) {
        out = schema.with(out, m.index(), List.of());
      } else if (kind == Shape.Kind.MAP) {
        out = schema.with(out, m.index(), Map.of());
      } else {
        throw new IllegalStateException("the stand-in's " + schema.name() + " lacks "
            + m.wireName() + ", which the model requires");
      }
    }
    return out;
  }
}
