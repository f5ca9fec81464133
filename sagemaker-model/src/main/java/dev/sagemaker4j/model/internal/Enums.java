package dev.sagemaker4j.model.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What every generated enum and enum member shares: wire values in and out. */
public final class Enums {
  private static final String UNKNOWN = "UNKNOWN_TO_SDK_VERSION";

  private Enums() {}

  /** The constants by wire value, leaving out {@code UNKNOWN_TO_SDK_VERSION}. */
  public static <E extends Enum<E>> Map<String, E> index(E[] values) {
    Map<String, E> map = new HashMap<>(values.length * 2);
    for (E v : values) {
      if (!v.name().equals(UNKNOWN)) {
        map.put(v.toString(), v);
      }
    }
    return Collections.unmodifiableMap(map);
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

  /** The wire values of constants. */
  public static List<String> toWire(Iterable<? extends Enum<?>> values) {
    List<String> out = new ArrayList<>();
    for (Enum<?> v : values) {
      out.add(toWire(v));
    }
    return out;
  }

  /** The constants for wire values. */
  public static <E> List<E> fromWire(List<String> values, Function<String, E> fromValue) {
    List<E> out = new ArrayList<>(values.size());
    for (String v : values) {
      out.add(fromValue.apply(v));
    }
    return Collections.unmodifiableList(out);
  }
}
