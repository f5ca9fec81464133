package dev.sagemaker4j.codegen;

import dev.sagemaker4j.codegen.ServiceModel.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Javadoc text made from the model's facts (the model carries no prose): what a member requires,
 * its bounds and pattern. Everything is escaped so that no model text can end a comment, start a
 * tag or form a unicode escape.
 */
final class Docs {
  private Docs() {}

  /** Text safe inside a Javadoc comment, in a {@code <code>} element. */
  static String code(String text) {
    StringBuilder sb = new StringBuilder("<code>");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '@' -> sb.append("&#64;");
        case '{' -> sb.append("&#123;");
        case '}' -> sb.append("&#125;");
        case '*' -> sb.append("&#42;");
        case '/' -> sb.append("&#47;");
        case '\\' -> sb.append("&#92;");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            sb.append("&#").append((int) c).append(';');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append("</code>").toString();
  }

  /** The rules on values of a shape, as a sentence, or "" when there are none. */
  static String rules(ModelPlan plan, Shape s) {
    List<String> parts = new ArrayList<>();
    switch (s.type()) {
      case "string" -> {
        String len = range(s.min(), s.max(), "characters");
        if (!len.isEmpty()) {
          parts.add(len);
        }
        if (s.pattern() != null) {
          parts.add("matching " + code(s.pattern()));
        }
        if (s.isEnum()) {
          parts.add("one of {@link " + plan.typeName(s.name()) + "}");
        }
      }
      case "integer", "long", "float", "double" -> {
        String r = range(s.min(), s.max(), "");
        if (!r.isEmpty()) {
          parts.add(r.trim());
        }
      }
      case "list" -> {
        String r = range(s.min(), s.max(), "elements");
        if (!r.isEmpty()) {
          parts.add(r);
        }
        String each = rules(plan, plan.shape(s.listMember()));
        if (!each.isEmpty()) {
          parts.add("each " + each);
        }
      }
      case "map" -> {
        String r = range(s.min(), s.max(), "entries");
        if (!r.isEmpty()) {
          parts.add(r);
        }
      }
      default -> {
      }
    }
    return String.join(", ", parts);
  }

  private static String range(Number min, Number max, String unit) {
    String u = unit.isEmpty() ? "" : " " + unit;
    boolean hasMin = min != null && min.doubleValue() > 0;
    if (unit.isEmpty()) {
      hasMin = min != null;
    }
    if (hasMin && max != null) {
      return "from " + fmt(min) + " to " + fmt(max) + u;
    }
    if (hasMin) {
      return "at least " + fmt(min) + u;
    }
    if (max != null) {
      return "at most " + fmt(max) + u;
    }
    return "";
  }

  private static String fmt(Number n) {
    double d = n.doubleValue();
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
