package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.model.internal.ListShape;
import dev.sagemaker4j.model.internal.MapShape;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.NumberShape;
import dev.sagemaker4j.model.internal.Shape;
import dev.sagemaker4j.model.internal.StringShape;
import dev.sagemaker4j.model.internal.StructSchema;
import dev.sagemaker4j.model.internal.Values;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Makes the engine's answers: a value of an output structure from what a resource holds, member
 * by member under the same wire names (converted structurally where the two shapes differ, as
 * {@link Echoes} does), and a plausible value for every member the output shape marks required
 * that nothing set. Made-up values are GUESSes of the stand-in: the resource's name and ARN for
 * members that name it, its times for timestamps, the first value of an enum, a string that
 * matches the member's pattern where one of a few simple forms does, the least number allowed,
 * false, and empty lists and maps.
 */
final class Filler {
  /** How deep made-up structures go; below, required structures are left empty. */
  private static final int MAX_DEPTH = 4;

  private final State state;

  Filler(State state) {
    this.state = state;
  }

  /** What a made-up value may take from: the resource it describes, or null. */
  record Hint(@Nullable Resource resource, String name, Instant time) {}

  /** A hint for answers about {@code r}. */
  Hint hint(Resource r) {
    return new Hint(r, r.name, r.created);
  }

  /** A hint for answers about nothing stored, naming {@code name}. */
  Hint hint(String name) {
    return new Hint(null, name, state.now());
  }

  /**
   * A value of {@code schema} holding what {@code fields} hold under its members' wire names,
   * with every required member set.
   */
  <T> T make(StructSchema<T> schema, Map<String, Object> fields, Hint hint) {
    Object[] values = new Object[schema.members().size()];
    for (Member m : schema.members()) {
      Object v = fields.get(m.wireName());
      if (v != null) {
        values[m.index()] = convert(m.shape(), v);
      }
    }
    return complete(schema, schema.create(values), hint, 0);
  }

  /** {@code value} with every required member that is unset given a made-up value. */
  <T> T complete(StructSchema<T> schema, T value, Hint hint, int depth) {
    Object[] values = schema.values(value);
    Object[] out = null;
    for (Member m : schema.members()) {
      if (!m.required() || values[m.index()] != null) {
        continue;
      }
      if (out == null) {
        out = values.clone();
      }
      out[m.index()] = Values.freeze(madeUp(m.wireName(), m.shape(), hint, depth));
    }
    return out == null ? value : schema.create(out);
  }

  /**
   * {@code v}, a value of some shape, as a value of shape {@code to}: structures member by member
   * by wire name, lists and maps element by element, numbers as the target's kind; null where it
   * does not fit.
   */
  static @Nullable Object convert(Shape to, Object v) {
    switch (to.kind()) {
      case STRUCTURE: {
        if (!StructSchema.isStructure(v)) {
          return null;
        }
        StructSchema<Object> source = StructSchema.ofValue(v);
        return source == to ? v : Echoes.of((StructSchema<?>) to, v);
      }
      case LIST: {
        if (!(v instanceof List<?> list)) {
          return null;
        }
        List<Object> out = new ArrayList<>(list.size());
        for (Object e : list) {
          Object c = convert(((ListShape) to).member(), e);
          if (c == null) {
            return null;
          }
          out.add(c);
        }
        return Values.freeze(out);
      }
      case MAP: {
        if (!(v instanceof Map<?, ?> map)) {
          return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
          Object c = convert(((MapShape) to).value(), e.getValue());
          if (c == null) {
            return null;
          }
          out.put((String) e.getKey(), c);
        }
        return Values.freeze(out);
      }
      case STRING:
        return v instanceof String ? v : null;
      case INTEGER:
        return v instanceof Number n ? (Object) n.intValue() : null;
      case LONG:
        return v instanceof Number n ? (Object) n.longValue() : null;
      case FLOAT:
        return v instanceof Number n ? (Object) n.floatValue() : null;
      case DOUBLE:
        return v instanceof Number n ? (Object) n.doubleValue() : null;
      case BOOLEAN:
        return v instanceof Boolean ? v : null;
      case TIMESTAMP:
        return v instanceof Instant ? v : null;
      default:
        return null;
    }
  }

  /** A plausible value for a member named {@code member} of shape {@code shape}. */
  Object madeUp(String member, Shape shape, Hint hint, int depth) {
    switch (shape.kind()) {
      case STRING:
        return string(member, (StringShape) shape, hint);
      case INTEGER:
        return (int) least((NumberShape) shape);
      case LONG:
        return (long) least((NumberShape) shape);
      case FLOAT:
        return (float) least((NumberShape) shape);
      case DOUBLE:
        return least((NumberShape) shape);
      case BOOLEAN:
        return Boolean.FALSE;
      case TIMESTAMP:
        return member.startsWith("LastModified") && hint.resource() != null
            ? hint.resource().modified : hint.time();
      case LIST:
        return List.of();
      case MAP:
        return Map.of();
      case STRUCTURE: {
        StructSchema<?> s = (StructSchema<?>) shape;
        Object empty = s.create(new Object[s.members().size()]);
        return depth >= MAX_DEPTH ? empty : completeAny(s, empty, hint, depth + 1);
      }
      default:
        throw new IllegalStateException("no value for " + member + " of " + shape);
    }
  }

  @SuppressWarnings("unchecked")
  private Object completeAny(StructSchema<?> s, Object value, Hint hint, int depth) {
    return complete((StructSchema<Object>) s, value, hint, depth);
  }

  private static double least(NumberShape shape) {
    Double min = shape.min();
    return min != null && min > 0 ? Math.ceil(min) : 0;
  }

  private String string(String member, StringShape shape, Hint hint) {
    List<String> values = Kind.enumValues(shape);
    if (!values.isEmpty()) {
      return values.get(0);
    }
    Resource r = hint.resource();
    if (member.endsWith("Arn")) {
      if (r != null && (member.equals(r.kind.arnMember) || member.equals(r.kind.name + "Arn")
          || member.equals("Arn"))) {
        return r.arn;
      }
      String stem = member.substring(0, member.length() - 3);
      return state.arnPrefix() + String.join("-", Kind.words(stem.isEmpty() ? "Resource" : stem))
          .toLowerCase(Locale.ROOT) + "/" + hint.name().toLowerCase(Locale.ROOT);
    }
    if (member.endsWith("Name")) {
      return fit(shape, hint.name());
    }
    if (member.endsWith("Url") || member.endsWith("Uri")) {
      return fit(shape, "https://" + hint.name().toLowerCase(Locale.ROOT) + ".example.com/");
    }
    return fit(shape, "local-" + State.randomId(8));
  }

  /** {@code preferred} where it satisfies the shape, else a value of a few simple forms that do. */
  static String fit(StringShape shape, String preferred) {
    Pattern p = shape.compiledPattern();
    String prefix = p == null ? "" : literalPrefix(shape.pattern());
    String sampled = p == null ? "a" : Sampler.sample(shape.pattern());
    String[] candidates = {preferred, prefix + State.randomId(12), prefix + hex(8),
        prefix + hex(17), prefix + digits(12), sampled, State.randomId(12), digits(12), "a"};
    for (String c : candidates) {
      if ((p == null || p.matcher(c).matches()) && (shape.min() < 0 || c.length() >= shape.min())
          && (shape.max() < 0 || c.length() <= shape.max())) {
        return c;
      }
    }
    return preferred;
  }

  /** The letters, digits, dashes and colons a pattern starts with, such as {@code eni-}. */
  private static String literalPrefix(String pattern) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '-' && c != ':') {
        if ((c == '?' || c == '*' || c == '{') && sb.length() > 0) {
          sb.setLength(sb.length() - 1);
        }
        break;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static String hex(int n) {
    StringBuilder sb = new StringBuilder();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < n; i++) {
      sb.append(Character.forDigit(random.nextInt(16), 16));
    }
    return sb.toString();
  }

  private static String digits(int n) {
    StringBuilder sb = new StringBuilder();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }
}
