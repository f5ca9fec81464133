package dev.sagemaker4j.model.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What every generated enum and enum member shares: wire values in and out. A generated enum's
 * {@code toString()} is its wire value; {@code UNKNOWN_TO_SDK_VERSION} stands for every value
 * this SDK does not know.
 */
public final class Enums {
  private static final String UNKNOWN = "UNKNOWN_TO_SDK_VERSION";

  /** The constants of each enum by wire value, made on first use. */
  private static final ClassValue<Index<?>> INDEX = new ClassValue<>() {
    @Override
    protected Index<?> computeValue(Class<?> type) {
      return index(type);
    }
  };

  private record Index<E>(Map<String, E> byWire, E unknown, Set<E> known) {}

  private Enums() {}

  private static <E extends Enum<E>> Index<E> index(Class<?> type) {
    @SuppressWarnings("unchecked")
    Class<E> enumType = (Class<E>) type;
    E[] constants = enumType.getEnumConstants();
    if (constants == null) {
      throw new IllegalArgumentException(type.getName() + " is not an enum");
    }
    Map<String, E> map = new HashMap<>(constants.length * 2);
    E unknown = null;
    Set<E> known = EnumSet.noneOf(enumType);
    for (E c : constants) {
      if (c.name().equals(UNKNOWN)) {
        unknown = c;
      } else {
        map.put(c.toString(), c);
        known.add(c);
      }
    }
    if (unknown == null) {
      throw new IllegalArgumentException(type.getName() + " has no " + UNKNOWN);
    }
    return new Index<>(map, unknown, Collections.unmodifiableSet(known));
  }

  @SuppressWarnings("unchecked")
  private static <E extends Enum<E>> Index<E> indexOf(Class<E> type) {
    return (Index<E>) INDEX.get(type);
  }

  /**
   * The constant for a wire value: {@code UNKNOWN_TO_SDK_VERSION} when the enum does not know it,
   * null for null.
   */
  public static <E extends Enum<E>> @Nullable E fromValue(Class<E> type, @Nullable String value) {
    if (value == null) {
      return null;
    }
    Index<E> index = indexOf(type);
    E e = index.byWire().get(value);
    return e != null ? e : index.unknown();
  }

  /** Every constant but {@code UNKNOWN_TO_SDK_VERSION}, unmodifiable. */
  public static <E extends Enum<E>> Set<E> known(Class<E> type) {
    return indexOf(type).known();
  }

  /**
   * The wire value of a constant.
   *
   * @throws IllegalArgumentException for {@code UNKNOWN_TO_SDK_VERSION}, which has none
   */
  public static String toWire(Enum<?> value) {
    if (value.name().equals(UNKNOWN)) {
      throw new IllegalArgumentException(value.getDeclaringClass().getSimpleName()
          + ".UNKNOWN_TO_SDK_VERSION has no wire value; pass the value as a string instead");
    }
    return value.toString();
  }

  /** The constants for wire values, unmodifiable. */
  public static <E extends Enum<E>> List<E> fromWire(List<String> values, Class<E> type) {
    if (values.isEmpty()) {
      return List.of();
    }
    List<E> out = new ArrayList<>(values.size());
    for (String v : values) {
      out.add(fromValue(type, v));
    }
    return Collections.unmodifiableList(out);
  }
}
