package dev.sagemaker4j.model.internal;

/**
 * One member of a structure: its wire name, Java name, shape and flags. The shape is made on
 * first use by the owning schema, so a structure's nested schemas (and their classes) load only
 * when a value of that member is read, written or checked.
 */
public final class Member {
  /** The service requires the member. */
  public static final int REQUIRED = 1;
  /** The member is an idempotency token that the client fills when the caller leaves it empty. */
  public static final int IDEMPOTENCY_TOKEN = 2;

  private final int index;
  private final String wireName;
  private final String javaName;
  private final int flags;
  private StructSchema<?, ?> owner;

  public Member(int index, String wireName, String javaName, int flags) {
    this.index = index;
    this.wireName = wireName;
    this.javaName = javaName;
    this.flags = flags;
  }

  void owner(StructSchema<?, ?> schema) {
    if (owner != null) {
      throw new IllegalStateException(wireName + " belongs to " + owner.name() + " already");
    }
    owner = schema;
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

  /** The member's shape, made by its schema on first use. */
  public Shape shape() {
    return owner.shapeOf(index);
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
