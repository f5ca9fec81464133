package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.StructSchema;

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
        out[m.index()] = Filler.convert(m.shape(), values[s.index()]);
      }
    }
    return target.create(out);
  }
}
