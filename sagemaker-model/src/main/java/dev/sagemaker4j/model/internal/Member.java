package dev.sagemaker4j.model.internal;

/** One member of a structure: its wire name, Java name, shape and flags. */
public final class Member {
  /** The service requires the member. */
  public static final int REQUIRED = 1;
  /** The member is an idempotency token that the client fills when the caller leaves it empty. */
  public static final int IDEMPOTENCY_TOKEN = 2;

  private final int index;
  private final String wireName;
  private final String javaName;
  private final Shape shape;
  private final int flags;

  public Member(int index, String wireName, String javaName, Shape shape, int flags) {
    this.index = index;
    this.wireName = wireName;
    this.javaName = javaName;
    this.shape = shape;
    this.flags = flags;
  }

  /** The member's position in its structure, the key of {@link StructSchema#get}/{@code set}. */
  public int index() {
    return index;
  }

  /** The name on the wire, such as {@code EndpointName}. */
  public String wireName() {
    return wireName;
  }

  /** The Java accessor's name, such as {@code endpointName}. */
  public String javaName() {
    return javaName;
  }

  public Shape shape() {
    return shape;
  }

  public boolean required() {
    return (flags & REQUIRED) != 0;
  }

  public boolean idempotencyToken() {
    return (flags & IDEMPOTENCY_TOKEN) != 0;
  }

  @Override
  public String toString() {
    return wireName;
  }
}
