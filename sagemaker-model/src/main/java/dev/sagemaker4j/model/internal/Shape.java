package dev.sagemaker4j.model.internal;

/**
 * What a value looks like on the wire, and the rules the service model puts on it. Schemas
 * describe every member with one; the JSON codec and the constraint checker read them.
 */
public abstract class Shape {
  /** The kinds of value the SageMaker JSON protocol carries. */
  public enum Kind {
    STRING,
    BOOLEAN,
    INTEGER,
    LONG,
    FLOAT,
    DOUBLE,
    TIMESTAMP,
    LIST,
    MAP,
    STRUCTURE
  }

  /** A boolean, with no rules. */
  public static final Shape BOOLEAN = new Simple("boolean", Kind.BOOLEAN);

  /** A timestamp: an {@link java.time.Instant}, epoch seconds on the wire. */
  public static final Shape TIMESTAMP = new Simple("timestamp", Kind.TIMESTAMP);

  private final String name;
  private final Kind kind;

  Shape(String name, Kind kind) {
    this.name = name;
    this.kind = kind;
  }

  /** A name for messages: the structure's shape name, else the kind of value. */
  public final String name() {
    return name;
  }

  public final Kind kind() {
    return kind;
  }

  @Override
  public String toString() {
    return name;
  }

  private static final class Simple extends Shape {
    Simple(String name, Kind kind) {
      super(name, kind);
    }
  }
}
