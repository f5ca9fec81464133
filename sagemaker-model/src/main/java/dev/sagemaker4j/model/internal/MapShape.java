package dev.sagemaker4j.model.internal;

/** A map from string keys to values of one shape, with optional size bounds. */
public final class MapShape extends Shape {
  private final StringShape key;
  private final Shape value;
  private final int min;
  private final int max;

  /** Bounds of -1 mean none. */
  MapShape(StringShape key, Shape value, int min, int max) {
    super("map", Kind.MAP);
    this.key = key;
    this.value = value;
    this.min = min;
    this.max = max;
  }

  public StringShape key() {
    return key;
  }

  public Shape value() {
    return value;
  }

  public int min() {
    return min;
  }

  public int max() {
    return max;
  }
}
