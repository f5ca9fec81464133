package dev.sagemaker4j.model.internal;

import dev.sagemaker4j.model.ConstraintViolation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The walk behind {@code ConstraintChecker}: every rule of the schema it is given, on a value and
 * everything it reaches, each violation with its member path.
 */
public final class Checker {
  private static final int MAX_SHOWN_CHARS = 120;

  private Checker() {}

  /** Every rule {@code value} breaks as a value of {@code schema}, in member order. */
  public static <T> List<ConstraintViolation> violations(StructSchema<T> schema, T value) {
    List<ConstraintViolation> out = new ArrayList<>(0);
    checkStruct(null, schema, value, out);
    return out;
  }

  /**
   * A path built only as far as the walk goes: a segment is a member's wire name, a list index
   * (an Integer), or a map entry. Leaves do not get one unless they break a rule.
   */
  private static final class Path {
    final @Nullable Path parent;
    final Object segment;

    Path(@Nullable Path parent, Object segment) {
      this.parent = parent;
      this.segment = segment;
    }

    static String render(@Nullable Path p) {
      if (p == null) {
        return "";
      }
      String head = render(p.parent);
      if (p.segment instanceof Integer) {
        return head + "[" + p.segment + "]";
      }
      if (p.segment instanceof MapKey) {
        MapKey k = (MapKey) p.segment;
        return head + (k.itself ? "{" + k.key + "}" : "[\"" + k.key + "\"]");
      }
      return head.isEmpty() ? (String) p.segment : head + "." + p.segment;
    }
  }

  /** A map entry's segment: the key itself ({key}) or the value under it (["key"]). */
  private record MapKey(String key, boolean itself) {}

  @SuppressWarnings("unchecked")
  private static <T> void checkStruct(
      @Nullable Path path, StructSchema<T> schema, Object obj, List<ConstraintViolation> out) {
    Object[] values = schema.values((T) obj);
    int set = 0;
    StringBuilder setNames = null;
    for (Member m : schema.members()) {
      Object v = values[m.index()];
      if (v == null) {
        if (m.required() && !m.idempotencyToken()) {
          add(out, new Path(path, m.wireName()), ConstraintViolation.Rule.REQUIRED, "", "absent");
        }
        continue;
      }
      if (schema.union()) {
        set++;
        setNames = (setNames == null ? new StringBuilder() : setNames.append(", "))
            .append(m.wireName());
      }
      checkValue(path, m.wireName(), m.shape(), v, out);
    }
    if (schema.union() && set != 1) {
      StringBuilder all = new StringBuilder();
      for (Member m : schema.members()) {
        all.append(all.length() == 0 ? "" : ", ").append(m.wireName());
      }
      add(out, path, ConstraintViolation.Rule.UNION, all.toString(),
          set == 0 ? "none" : set + " (" + setNames + ")");
    }
  }

  private static void checkValue(@Nullable Path parent, Object segment, Shape shape, Object v,
      List<ConstraintViolation> out) {
    switch (shape.kind()) {
      case STRING:
        checkString(parent, segment, (StringShape) shape, (String) v, out);
        break;
      case INTEGER:
      case LONG:
      case FLOAT:
      case DOUBLE:
        checkNumber(parent, segment, (NumberShape) shape, (Number) v, out);
        break;
      case LIST:
        checkList(new Path(parent, segment), (ListShape) shape, (Collection<?>) v, out);
        break;
      case MAP:
        checkMap(new Path(parent, segment), (MapShape) shape, (Map<?, ?>) v, out);
        break;
      case STRUCTURE:
        checkStruct(new Path(parent, segment), (StructSchema<?>) shape, v, out);
        break;
      default:
        break; // booleans and timestamps carry no rules
    }
  }

  private static void checkString(@Nullable Path parent, Object segment, StringShape shape,
      String s, List<ConstraintViolation> out) {
    long min = shape.min();
    long max = shape.max();
    if (min > 0 || max >= 0) {
      long length = s.codePointCount(0, s.length());
      if (min >= 0 && length < min) {
        add(out, new Path(parent, segment), ConstraintViolation.Rule.MIN_LENGTH,
            Long.toString(min), show(shape, s));
        return;
      }
      if (max >= 0 && length > max) {
        add(out, new Path(parent, segment), ConstraintViolation.Rule.MAX_LENGTH,
            Long.toString(max), show(shape, s));
        return;
      }
    }
    SafeRegex regex = shape.regex();
    if (regex != null && regex.matches(s) == SafeRegex.Result.NO_MATCH) {
      add(out, new Path(parent, segment), ConstraintViolation.Rule.PATTERN, shape.pattern(),
          show(shape, s));
    }
  }

  private static void checkNumber(@Nullable Path parent, Object segment, NumberShape shape,
      Number n, List<ConstraintViolation> out) {
    double d = n.doubleValue();
    if (shape.min() != null && d < shape.min()) {
      add(out, new Path(parent, segment), ConstraintViolation.Rule.MIN_VALUE,
          bound(shape, shape.min()), n.toString());
    } else if (shape.max() != null && d > shape.max()) {
      add(out, new Path(parent, segment), ConstraintViolation.Rule.MAX_VALUE,
          bound(shape, shape.max()), n.toString());
    }
  }

  private static String bound(NumberShape shape, double bound) {
    return shape.integral() ? Long.toString((long) bound) : Double.toString(bound);
  }

  private static void checkList(
      Path path, ListShape shape, Collection<?> list, List<ConstraintViolation> out) {
    checkSize(path, shape.min(), shape.max(), list.size(), out);
    int i = 0;
    for (Object e : list) {
      if (e != null) {
        checkValue(path, i, shape.member(), e, out);
      }
      i++;
    }
  }

  private static void checkMap(
      Path path, MapShape shape, Map<?, ?> map, List<ConstraintViolation> out) {
    checkSize(path, shape.min(), shape.max(), map.size(), out);
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = (String) e.getKey();
      checkString(path, new MapKey(key, true), shape.key(), key, out);
      if (e.getValue() != null) {
        checkValue(path, new MapKey(key, false), shape.value(), e.getValue(), out);
      }
    }
  }

  private static void checkSize(
      Path path, int min, int max, int size, List<ConstraintViolation> out) {
    if (min >= 0 && size < min) {
      add(out, path, ConstraintViolation.Rule.MIN_SIZE, Integer.toString(min),
          Integer.toString(size));
    } else if (max >= 0 && size > max) {
      add(out, path, ConstraintViolation.Rule.MAX_SIZE, Integer.toString(max),
          Integer.toString(size));
    }
  }

  private static String show(StringShape shape, String s) {
    if (shape.sensitive()) {
      return "(redacted)";
    }
    if (s.length() <= MAX_SHOWN_CHARS) {
      return '"' + s + '"';
    }
    return '"' + s.substring(0, MAX_SHOWN_CHARS) + "\"... (" + s.length() + " characters)";
  }

  private static void add(List<ConstraintViolation> out, @Nullable Path path,
      ConstraintViolation.Rule rule, String constraint, String value) {
    out.add(ConstraintViolation.of(Path.render(path), rule, constraint, value));
  }
}
