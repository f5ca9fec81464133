package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.model.internal.ListShape;
import dev.sagemaker4j.model.internal.MapShape;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.Shape;
import dev.sagemaker4j.model.internal.StructSchema;

/**
 * Copies the members two generated structures share, by wire name and shape, through their
 * schemas: what a Create request said is what the Describe answer repeats.
 */
final class Copy {
  private Copy() {}

  /** Sets on {@code to} every member of {@code from} that {@code to}'s type has in the same shape. */
  static <F, T, B> B members(StructSchema<F, ?> fromSchema, F from, StructSchema<T, B> toSchema,
      B to) {
    for (Member target : toSchema.members()) {
      Member source = fromSchema.member(target.wireName());
      if (source == null || !compatible(source.shape(), target.shape())) {
        continue;
      }
      Object value = fromSchema.get(from, source.index());
      if (value != null) {
        toSchema.set(to, target.index(), value);
      }
    }
    return to;
  }

  private static boolean compatible(Shape a, Shape b) {
    if (a.kind() != b.kind()) {
      return false;
    }
    switch (a.kind()) {
      case STRUCTURE:
        return ((StructSchema<?, ?>) a).type() == ((StructSchema<?, ?>) b).type();
      case LIST:
        return compatible(((ListShape) a).member(), ((ListShape) b).member());
      case MAP:
        return compatible(((MapShape) a).value(), ((MapShape) b).value());
      default:
        return true;
    }
  }
}
