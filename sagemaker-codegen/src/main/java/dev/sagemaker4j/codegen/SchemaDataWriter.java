package dev.sagemaker4j.codegen;

import dev.sagemaker4j.codegen.ServiceModel.Shape;

/**
 * Writes the compact schema data a generated structure holds: one line per member, {@code
 * WireName:flags:shape}, in the grammar {@code dev.sagemaker4j.model.internal.SchemaData} reads.
 * Data, not code: a structure's schema costs its class a string constant, not a class of its own.
 */
final class SchemaDataWriter {
  private final ModelPlan plan;

  SchemaDataWriter(ModelPlan plan) {
    this.plan = plan;
  }

  /** The data line of one member. */
  String member(MemberInfo m) {
    String flags = (m.modelRequired ? "r" : "") + (m.idempotencyToken ? "k" : "");
    return m.ref.wireName() + ":" + flags + ":" + shape(m.ref.target());
  }

  /** The shape part of a member's line. */
  String shape(String shapeName) {
    Shape s = plan.shape(shapeName);
    StringBuilder sb = new StringBuilder();
    switch (s.type()) {
      case "string" -> {
        sb.append('s').append(range(s.min(), s.max(), true));
        if (s.isEnum()) {
          sb.append('<').append(plan.typeName(s.name())).append('>');
        }
        if (s.sensitive()) {
          sb.append('!');
        }
        if (s.pattern() != null) {
          sb.append('/').append(s.pattern().length()).append('/').append(s.pattern());
        }
      }
      case "boolean" -> sb.append('b');
      case "timestamp" -> sb.append('t');
      case "integer" -> sb.append('i').append(range(s.min(), s.max(), false));
      case "long" -> sb.append('l').append(range(s.min(), s.max(), false));
      case "float" -> sb.append('f').append(range(s.min(), s.max(), false));
      case "double" -> sb.append('d').append(range(s.min(), s.max(), false));
      case "list" -> sb.append('L').append(range(s.min(), s.max(), true))
          .append('(').append(shape(s.listMember())).append(')');
      case "map" -> {
        if (!"string".equals(plan.shape(s.mapKey()).type())) {
          throw new IllegalArgumentException(s.name() + ": map keys must be strings");
        }
        sb.append('M').append(range(s.min(), s.max(), true))
            .append('(').append(shape(s.mapKey())).append(")(")
            .append(shape(s.mapValue())).append(')');
      }
      case "structure" -> sb.append('@').append(plan.typeName(s.name()));
      default -> throw new IllegalArgumentException("unsupported type " + s.type() + " of "
          + s.name());
    }
    return sb.toString();
  }

  /**
   * {@code {min,max}}, either side empty when absent, or nothing when both are. Sizes and lengths
   * of 0 or less say nothing and are left out.
   */
  private static String range(Number min, Number max, boolean size) {
    String lo = min == null || (size && min.doubleValue() <= 0) ? "" : number(min);
    String hi = max == null ? "" : number(max);
    return lo.isEmpty() && hi.isEmpty() ? "" : "{" + lo + "," + hi + "}";
  }

  private static String number(Number n) {
    double d = n.doubleValue();
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
