package dev.sagemaker4j.model.internal;

import org.jspecify.annotations.Nullable;

/**
 * One member of a structure: its wire name, flags and shape. The shape is read from the
 * structure's schema data on first use, so a structure's nested types load only when a value of
 * that member is read, written or checked.
 */
public final class Member {
  private final StructSchema<?> owner;
  private final int index;
  private final String wireName;
  private final boolean required;
  private final boolean idempotencyToken;
  private final String spec;
  private volatile @Nullable Shape shape;

  Member(StructSchema<?> owner, int index, String wireName, boolean required,
      boolean idempotencyToken, String spec) {
    this.owner = owner;
    this.index = index;
    this.wireName = wireName;
    this.required = required;
    this.idempotencyToken = idempotencyToken;
    this.spec = spec;
  }

  /** The structure this member belongs to. */
  public StructSchema<?> owner() {
    return owner;
  }

  /** The member's position in its structure, the key of {@link StructSchema#get}. */
  public int index() {
    return index;
  }

  /** The name on the wire, such as {@code EndpointName}. */
  public String wireName() {
    return wireName;
  }

  /** The member's shape, read from the schema data on first use. */
  public Shape shape() {
    Shape s = shape;
    if (s == null) {
      s = SchemaData.parse(owner, spec);
      shape = s; // shapes are immutable: a racy second parse is harmless
    }
    return s;
  }

  public boolean required() {
    return required;
  }

  public boolean idempotencyToken() {
    return idempotencyToken;
  }

  @Override
  public String toString() {
    return wireName;
  }
}
