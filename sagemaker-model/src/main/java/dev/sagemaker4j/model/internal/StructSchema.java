package dev.sagemaker4j.model.internal;

import dev.sagemaker4j.model.ResponseMetadata;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The description of one structure: its members in model order, their wire names, flags and
 * shapes, read from compact data that each generated type holds. It is what the JSON codec, the
 * constraint checker and the client runtime walk; values are read and made through it, without
 * reflection on accessors.
 *
 * <p>A generated type makes its schema when it is initialized, and the schema parses no more
 * than member names and flags then: member shapes, and the types they name, are made on first
 * use.
 *
 * @param <T> the structure's type
 */
public final class StructSchema<T> extends Shape {
  private static final ClassValue<StructSchema<?>> BY_TYPE = new ClassValue<>() {
    @Override
    protected @Nullable StructSchema<?> computeValue(Class<?> type) {
      return ModelAccess.get().schemaOf(type);
    }
  };

  private final MethodHandles.Lookup lookup;
  private final Class<T> type;
  private final boolean union;
  private final List<Member> members;
  private final Map<String, Member> byWireName;
  private volatile @Nullable MethodHandle constructor;

  private StructSchema(MethodHandles.Lookup lookup, String shapeName, boolean union,
      String data) {
    super(shapeName, Kind.STRUCTURE);
    this.lookup = lookup;
    @SuppressWarnings("unchecked")
    Class<T> t = (Class<T>) lookup.lookupClass();
    this.type = t;
    this.union = union;
    this.members = Collections.unmodifiableList(SchemaData.members(this, data));
    Map<String, Member> map = new HashMap<>(members.size() * 2);
    for (Member m : members) {
      map.put(m.wireName(), m);
    }
    this.byWireName = map;
  }

  /**
   * The schema of a generated structure.
   *
   * @param lookup the generated type's own lookup: it finds the type's constructor and the
   *     types its members name
   * @param shapeName the structure's name in the service model
   * @param data one line per member, in model order: {@code WireName:flags:shape}
   */
  public static <T> StructSchema<T> structure(MethodHandles.Lookup lookup, String shapeName,
      String data) {
    return new StructSchema<>(lookup, shapeName, false, data);
  }

  /** The schema of a generated union: exactly one member may be set. */
  public static <T> StructSchema<T> union(MethodHandles.Lookup lookup, String shapeName,
      String data) {
    return new StructSchema<>(lookup, shapeName, true, data);
  }

  /** The schema of a generated structure type, or null for any other type. */
  public static @Nullable StructSchema<?> forType(Class<?> type) {
    return BY_TYPE.get(type);
  }

  /** The schema of a generated structure type, or an exception naming the type. */
  public static <T> StructSchema<T> of(Class<T> type) {
    @SuppressWarnings("unchecked")
    StructSchema<T> s = (StructSchema<T>) forType(type);
    if (s == null) {
      throw new IllegalArgumentException("not a SageMaker model type: " + type.getName());
    }
    return s;
  }

  /** The schema a generated value holds; an exception for any other object. */
  public static StructSchema<Object> ofValue(Object value) {
    if (!isStructure(value)) {
      throw new IllegalArgumentException("not a SageMaker model type: "
          + (value == null ? "null" : value.getClass().getName()));
    }
    @SuppressWarnings("unchecked")
    StructSchema<Object> s = (StructSchema<Object>) ModelAccess.get().schema(value);
    return s;
  }

  /** Whether {@code value} is a generated structure. */
  public static boolean isStructure(@Nullable Object value) {
    return value instanceof dev.sagemaker4j.model.SageMakerObject;
  }

  MethodHandles.Lookup lookup() {
    return lookup;
  }

  /** The Java type of the structure. */
  public Class<T> type() {
    return type;
  }

  /** Whether exactly one member may be set. */
  public boolean union() {
    return union;
  }

  /** The members in model order. */
  public List<Member> members() {
    return members;
  }

  /** The member with this wire name, or null. */
  public @Nullable Member member(String wireName) {
    return byWireName.get(wireName);
  }

  /**
   * The members of {@code value} in model order, null where unset; lists and maps as they are
   * held (unmodifiable), enum members as their wire strings. The array is the value's own: do
   * not modify it.
   */
  public Object[] values(T value) {
    return ModelAccess.get().values(value);
  }

  /** The member at {@code index}, or null when it is not set. */
  public @Nullable Object get(T value, int index) {
    return ModelAccess.get().values(value)[index];
  }

  /**
   * A new value holding {@code values}, which it takes over: lists and maps in it must be
   * unmodifiable, enum members wire strings, numbers boxed.
   */
  public T create(Object[] values) {
    if (values.length != members.size()) {
      throw new IllegalArgumentException(name() + " has " + members.size() + " members, not "
          + values.length);
    }
    MethodHandle c = constructor;
    if (c == null) {
      c = ModelAccess.get().constructor(lookup);
      constructor = c;
    }
    try {
      return type.cast(c.invokeExact(values));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** A copy of {@code value} with the member at {@code index} set to {@code member} (or unset). */
  public T with(T value, int index, @Nullable Object member) {
    Object[] copy = values(value).clone();
    copy[index] = Values.freeze(member);
    return create(copy);
  }

  /**
   * A new value of this type with every member of {@code from} (another generated structure)
   * that this type has under the same wire name and in the same shape: what a create request
   * said, as the describe answer repeats it, say.
   */
  public T copyFrom(Object from) {
    StructSchema<Object> source = ofValue(from);
    Object[] sourceValues = source.values(from);
    Object[] values = new Object[members.size()];
    for (Member m : members) {
      Member s = source.member(m.wireName());
      if (s != null && sameShape(s.shape(), m.shape())) {
        values[m.index()] = sourceValues[s.index()];
      }
    }
    return create(values);
  }

  /** Whether a value of one shape is a value of the other. */
  static boolean sameShape(Shape a, Shape b) {
    if (a.kind() != b.kind()) {
      return false;
    }
    return switch (a.kind()) {
      case STRUCTURE -> a == b;
      case LIST -> sameShape(((ListShape) a).member(), ((ListShape) b).member());
      case MAP -> sameShape(((MapShape) a).value(), ((MapShape) b).value());
      default -> true;
    };
  }

  /** Records where a response came from, before it is handed out. */
  public void setResponseMetadata(T response, ResponseMetadata metadata) {
    if (!(response instanceof dev.sagemaker4j.model.SageMakerResponse)) {
      throw new UnsupportedOperationException(name() + " is not an operation output");
    }
    ModelAccess.get().responseMetadata(response, metadata);
  }
}
