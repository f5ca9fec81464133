package dev.sagemaker4j.model.internal;

import dev.sagemaker4j.model.ResponseMetadata;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The generated description of one structure: its members in model order and switch-based
 * access to an instance and its builder. It is what the JSON codec, the constraint checker and
 * the client runtime walk; there is no reflection.
 *
 * @param <T> the structure's type
 * @param <B> its builder's type
 */
public abstract class StructSchema<T, B> extends Shape {
  private final Class<T> type;
  private final boolean union;
  private final List<Member> members;
  private final Map<String, Member> byWireName;
  /** Member shapes, made on first use; shapes are immutable, so a racy fill is harmless. */
  private final Shape[] shapes;

  protected StructSchema(String shapeName, Class<T> type, boolean union, Member... members) {
    super(shapeName, Kind.STRUCTURE);
    this.type = type;
    this.union = union;
    for (int i = 0; i < members.length; i++) {
      if (members[i].index() != i) {
        throw new IllegalArgumentException(shapeName + ": member " + members[i] + " has index "
            + members[i].index() + ", expected " + i);
      }
    }
    for (Member m : members) {
      m.owner(this);
    }
    this.members = Collections.unmodifiableList(Arrays.asList(members));
    this.shapes = new Shape[members.length];
    Map<String, Member> map = new HashMap<>(members.length * 2);
    for (Member m : members) {
      map.put(m.wireName(), m);
    }
    this.byWireName = map;
  }

  /** The Java type of the structure. */
  public final Class<T> type() {
    return type;
  }

  /** Whether exactly one member may be set. */
  public final boolean union() {
    return union;
  }

  /** The members in model order. */
  public final List<Member> members() {
    return members;
  }

  /** The member with this wire name, or null. */
  public final @Nullable Member member(String wireName) {
    return byWireName.get(wireName);
  }

  /** The shape of the member at {@code index}, made on first use. */
  final Shape shapeOf(int index) {
    Shape s = shapes[index];
    if (s == null) {
      s = createShape(index);
      shapes[index] = s;
    }
    return s;
  }

  /**
   * Makes the shape of the member at {@code index}. Generated schemas answer with a switch, so
   * the schemas of nested structures load only when a member needs them.
   */
  protected abstract Shape createShape(int index);

  /** A new, empty builder. */
  public abstract B newBuilder();

  /** Builds the builder's value. */
  public abstract T build(B builder);

  /**
   * The value of the member at {@code index}, or null when it is absent. Optional members are
   * unwrapped, primitive optionals boxed, enum members given as their wire string; lists and maps
   * are returned as they are (empty when absent).
   */
  public abstract @Nullable Object get(T value, int index);

  /** Sets the member at {@code index} from a value of the form {@link #get} returns. */
  public abstract void set(B builder, int index, Object value);

  /** A present primitive optional, boxed, or null. */
  protected static @Nullable Integer box(java.util.OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  /** A present primitive optional, boxed, or null. */
  protected static @Nullable Long box(java.util.OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : null;
  }

  /** A present primitive optional, boxed, or null. */
  protected static @Nullable Double box(java.util.OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  /**
   * Records where a response came from. Only the schemas of operation outputs support it.
   *
   * @throws UnsupportedOperationException for every other structure
   */
  public void setResponseMetadata(B builder, ResponseMetadata metadata) {
    throw new UnsupportedOperationException(name() + " is not an operation output");
  }
}
