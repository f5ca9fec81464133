package dev.sagemaker4j.model.internal;

import org.jspecify.annotations.Nullable;

/** An integer, long, float or double with optional inclusive bounds. */
public final class NumberShape extends Shape {
  private final @Nullable Double min;
  private final @Nullable Double max;

  NumberShape(Kind kind, @Nullable Double min, @Nullable Double max) {
    super(kind.name().toLowerCase(java.util.Locale.ROOT), kind);
    if (kind != Kind.INTEGER && kind != Kind.LONG && kind != Kind.FLOAT && kind != Kind.DOUBLE) {
      throw new IllegalArgumentException("not a number kind: " + kind);
    }
    this.min = min;
    this.max = max;
  }

  public @Nullable Double min() {
    return min;
  }

  public @Nullable Double max() {
    return max;
  }

  /** Whether integral kinds: their bounds and values print without a fraction. */
  public boolean integral() {
    return kind() == Kind.INTEGER || kind() == Kind.LONG;
  }
}
