package dev.sagemaker4j.model.internal;

import java.lang.invoke.MethodHandles;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A string with optional length bounds, a pattern it must match whole, and an enum type. */
public final class StringShape extends Shape {
  /** A string with no rules. */
  public static final StringShape PLAIN = new StringShape(-1, -1, null, false, null, null);

  private final long min;
  private final long max;
  private final @Nullable String pattern;
  private final boolean sensitive;
  private final @Nullable String enumName;
  private final MethodHandles.@Nullable Lookup lookup;
  private volatile @Nullable SafeRegex compiled;

  /**
   * @param min the least length, or -1
   * @param max the greatest length, or -1
   * @param pattern a regular expression the whole value must match, or null
   * @param sensitive whether values are secrets that must never be shown
   * @param enumName the simple name of the Java enum of the known values, or null
   * @param lookup where to find the enum
   */
  StringShape(long min, long max, @Nullable String pattern, boolean sensitive,
      @Nullable String enumName, MethodHandles.@Nullable Lookup lookup) {
    super("string", Kind.STRING);
    this.min = min;
    this.max = max;
    this.pattern = pattern;
    this.sensitive = sensitive;
    this.enumName = enumName;
    this.lookup = lookup;
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

  /** The Java enum of the values this SDK knows, loaded on request; null when not an enum. */
  public @Nullable Class<? extends Enum<?>> enumType() {
    if (enumName == null || lookup == null) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Class<? extends Enum<?>> type =
        (Class<? extends Enum<?>>) SchemaData.findClass(lookup, enumName);
    return type;
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
