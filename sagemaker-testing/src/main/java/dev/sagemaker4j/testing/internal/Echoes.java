package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.model.internal.ListShape;
import dev.sagemaker4j.model.internal.MapShape;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.Shape;
import dev.sagemaker4j.model.internal.StructSchema;
import dev.sagemaker4j.model.internal.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a Describe repeats of the request that created a resource: every member of the describe
 * shape that the request has under the same wire name, also where the two model it with different
 * structures (a cluster's {@code ClusterInstanceGroupSpecification} is described as {@code
 * ClusterInstanceGroupDetails}, its {@code SlurmConfig} as {@code ClusterSlurmConfigDetails}),
 * member by member down the tree. Unlike {@code StructSchema.copyFrom}, which copies only
 * members of the same shape, it leaves out only what the describe shape names differently.
 */
final class Echoes {
  private Echoes() {}

  /** A {@code target} value holding what {@code from} says under the same wire names. */
  static <T> T of(StructSchema<T> target, Object from) {
    @SuppressWarnings("unchecked")
    StructSchema<Object> source = (StructSchema<Object>) StructSchema.ofValue(from);
    Object[] values = source.values(from);
    Object[] out = new Object[target.members().size()];
    for (Member m : target.members()) {
      Member s = source.member(m.wireName());
      if (s != null && values[s.index()] != null) {
        out[m.index()] = value(s.shape(), m.shape(), values[s.index()]);
      }
    }
    return target.create(out);
  }

  /** {@code v}, a value of shape {@code from}, as a value of shape {@code to}; null if none. */
  private static @Nullable Object value(Shape from, Shape to, Object v) {
    if (from.kind() != to.kind()) {
      return null;
    }
    switch (to.kind()) {
      case STRUCTURE:
        return from == to ? v : of((StructSchema<?>) to, v);
      case LIST: {
        List<Object> out = new ArrayList<>();
        for (Object e : (List<?>) v) {
          Object converted = value(((ListShape) from).member(), ((ListShape) to).member(), e);
          if (converted == null) {
            return null;
          }
          out.add(converted);
        }
        return Values.freeze(out);
      }
      case MAP: {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
          Object converted = value(((MapShape) from).value(), ((MapShape) to).value(),
              e.getValue());
          if (converted == null) {
            return null;
          }
          out.put((String) e.getKey(), converted);
        }
        return Values.freeze(out);
      }
      default:
        return v; // strings (enums as their wire strings), numbers of one kind, booleans, times
    }
  }
}
