package dev.sagemaker4j.model.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What generated builders and structures share: unmodifiable copies of the lists and maps they
 * are given, with errors that name the member, and {@code toString}.
 */
public final class Values {
  /** What {@code toString} shows for a sensitive value, as the AWS SDKs show it. */
  public static final String REDACTED = "*** Sensitive Data Redacted ***";

  private Values() {}

  /** An unmodifiable copy of {@code values}; a null element is an error naming the member. */
  public static List<Object> copyList(String member, Collection<?> values) {
    if (values.isEmpty()) {
      return List.of();
    }
    Object[] copy = values.toArray();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] == null) {
        throw new NullPointerException(member + "[" + i + "] must not be null");
      }
      copy[i] = freeze(copy[i]);
    }
    return List.of(copy);
  }

  /** The wire values of enum constants, as an unmodifiable list. */
  public static List<Object> wireList(String member, Collection<? extends Enum<?>> values) {
    Object[] copy = new Object[values.size()];
    int i = 0;
    for (Enum<?> v : values) {
      if (v == null) {
        throw new NullPointerException(member + "[" + i + "] must not be null");
      }
      copy[i++] = Enums.toWire(v);
    }
    return List.of(copy);
  }

  /** An unmodifiable copy of {@code values} in the same order; null keys or values are errors. */
  public static Map<String, Object> copyMap(String member, Map<String, ?> values) {
    if (values.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> copy = new LinkedHashMap<>(values.size() * 2);
    for (Map.Entry<String, ?> e : values.entrySet()) {
      if (e.getKey() == null) {
        throw new NullPointerException(member + " must not have a null key");
      }
      if (e.getValue() == null) {
        throw new NullPointerException(member + "[\"" + e.getKey() + "\"] must not be null");
      }
      copy.put(e.getKey(), freeze(e.getValue()));
    }
    return Collections.unmodifiableMap(copy);
  }

  /** A member value in the form structures hold: nested lists and maps made unmodifiable. */
  public static @Nullable Object freeze(@Nullable Object value) {
    if (value instanceof List<?> l && !isFrozen(l)) {
      return copyList("value", l);
    }
    if (value instanceof Map<?, ?> m && !isFrozen(m)) {
      @SuppressWarnings("unchecked")
      Map<String, ?> map = (Map<String, ?>) m;
      return copyMap("value", map);
    }
    return value;
  }

  private static final Class<?> LIST_N = List.of(1, 2, 3).getClass();
  private static final Class<?> LIST_12 = List.of(1).getClass();
  /**
   * Whether a collection is one this class or the codec made: immutable, and not a view of
   * anything a caller holds.
   */
  private static boolean isFrozen(Object collection) {
    Class<?> c = collection.getClass();
    return c == LIST_N || c == LIST_12 || collection == Map.of();
  }

  /** {@code Name(Member=value, ...)} with the members that are set, sensitive ones redacted. */
  public static String toString(StructSchema<?> schema, Object[] values) {
    StringBuilder sb = new StringBuilder();
    append(sb, schema, values);
    return sb.toString();
  }

  private static void append(StringBuilder sb, StructSchema<?> schema, Object[] values) {
    sb.append(schema.type().getSimpleName()).append('(');
    boolean first = true;
    for (Member m : schema.members()) {
      Object v = values[m.index()];
      if (v == null) {
        continue;
      }
      if (!first) {
        sb.append(", ");
      }
      first = false;
      sb.append(m.wireName()).append('=');
      appendValue(sb, m.shape(), v);
    }
    sb.append(')');
  }

  private static void appendValue(StringBuilder sb, Shape shape, Object v) {
    switch (shape.kind()) {
      case STRING -> sb.append(((StringShape) shape).sensitive() ? REDACTED : v);
      case LIST -> {
        Shape member = ((ListShape) shape).member();
        sb.append('[');
        boolean first = true;
        for (Object e : (List<?>) v) {
          if (!first) {
            sb.append(", ");
          }
          first = false;
          appendValue(sb, member, e);
        }
        sb.append(']');
      }
      case MAP -> {
        MapShape map = (MapShape) shape;
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
          if (!first) {
            sb.append(", ");
          }
          first = false;
          appendValue(sb, map.key(), e.getKey());
          sb.append('=');
          appendValue(sb, map.value(), e.getValue());
        }
        sb.append('}');
      }
      case STRUCTURE -> {
        StructSchema<?> s = (StructSchema<?>) shape;
        append(sb, s, ModelAccess.get().values(v));
      }
      default -> sb.append(v);
    }
  }

  /** An immutable list of what the codec read. */
  static List<Object> adopt(ArrayList<Object> list) {
    return list.isEmpty() ? List.of() : List.of(list.toArray());
  }
}
