package dev.sagemaker4j.model.internal;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A string with optional length bounds, a pattern it must match whole, and an enum type. */
public final class StringShape extends Shape {
  private final long min;
  private final long max;
  private final @Nullable String pattern;
  private final boolean sensitive;
  private final @Nullable Class<? extends Enum<?>> enumType;
  private volatile @Nullable SafeRegex compiled;

  /**
   * @param min the least length, or -1
   * @param max the greatest length, or -1
   * @param pattern a regular expression the whole value must match, or null
   * @param sensitive whether values are secrets that must never be shown
   * @param enumType the Java enum of the known values, or null
   */
  public StringShape(
      String name,
      long min,
      long max,
      @Nullable String pattern,
      boolean sensitive,
      @Nullable Class<? extends Enum<?>> enumType) {
    super(name, Kind.STRING);
    this.min = min;
    this.max = max;
    this.pattern = pattern;
    this.sensitive = sensitive;
    this.enumType = enumType;
  }

  /** A string shape with no rules. */
  public static StringShape plain(String name) {
    return new StringShape(name, -1, -1, null, false, null);
  }

  public long min() {
    return min;
  }

  public long max() {
    return max;
  }

  public @Nullable String pattern() {
    return pattern;
  }

  public boolean sensitive() {
    return sensitive;
  }

  public @Nullable Class<? extends Enum<?>> enumType() {
    return enumType;
  }

  /** The pattern, compiled on first use; null when the shape has none. */
  public @Nullable Pattern compiledPattern() {
    SafeRegex r = regex();
    return r == null ? null : r.pattern();
  }

  /** The pattern as a bounded, reusable matcher, made on first use; null when none. */
  public @Nullable SafeRegex regex() {
    SafeRegex r = compiled;
    if (r == null && pattern != null) {
      r = SafeRegex.of(pattern);
      compiled = r;
    }
    return r;
  }
}
