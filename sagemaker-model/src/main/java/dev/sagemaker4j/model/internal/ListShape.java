package dev.sagemaker4j.model.internal;

/** A list of members of one shape, with optional size bounds. */
public final class ListShape extends Shape {
  private final Shape member;
  private final int min;
  private final int max;

  /** Bounds of -1 mean none. */
  ListShape(Shape member, int min, int max) {
    super("list", Kind.LIST);
    this.member = member;
    this.min = min;
    this.max = max;
  }

  public Shape member() {
    return member;
  }

  public int min() {
    return min;
  }

  public int max() {
    return max;
  }
}
