package dev.sagemaker4j.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sagemaker4j.model.internal.ModelAccess;
import dev.sagemaker4j.model.internal.StructJsonDeserializer;
import dev.sagemaker4j.model.internal.StructJsonSerializer;
import dev.sagemaker4j.model.internal.StructSchema;
import dev.sagemaker4j.model.internal.Values;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What every generated structure of the SageMaker API is: an immutable value built with its
 * {@code builder()}, equal to another of its type when every member is, and shown by {@code
 * toString()} as {@code Tag(Key=project, Value=churn)} with sensitive members redacted.
 *
 * <p>A structure remembers which members were set: an unset member reads as empty ({@code
 * Optional.empty()}, an empty list), and a list or map that was set, even to an empty one, is
 * sent; {@code has...()} tells the two apart for lists and maps.
 *
 * <p>Only this package defines structures; the constructor is not accessible elsewhere.
 */
@JsonSerialize(using = StructJsonSerializer.class)
@JsonDeserialize(using = StructJsonDeserializer.class)
public abstract class SageMakerObject {
  static {
    ModelAccess.install(new Access());
  }

  /** The members in model order; null where a member is not set. Never changed. */
  final Object[] values;

  SageMakerObject(Object[] values) {
    this.values = values;
  }

  /** The schema of this structure's type. */
  abstract StructSchema<?> sdkSchema();

  /** The value of the member at {@code index}, or null. */
  final @Nullable Object sdkValue(int index) {
    return values[index];
  }

  /** The list member at {@code index}, empty when unset. */
  @SuppressWarnings("unchecked")
  final <E> java.util.List<E> sdkList(int index) {
    Object v = values[index];
    return v == null ? java.util.List.of() : (java.util.List<E>) v;
  }

  /** The map member at {@code index}, empty when unset. */
  @SuppressWarnings("unchecked")
  final <V> Map<String, V> sdkMap(int index) {
    Object v = values[index];
    return v == null ? Map.of() : (Map<String, V>) v;
  }

  /** The index of the one member a union has set, or -1 when none or more than one is set. */
  final int sdkUnionIndex() {
    int found = -1;
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        if (found >= 0) {
          return -1;
        }
        found = i;
      }
    }
    return found;
  }

  /** Whether the member at {@code index} is set (a list or map set to an empty one counts). */
  final boolean sdkIsSet(int index) {
    return values[index] != null;
  }

  @Override
  public final boolean equals(@Nullable Object other) {
    return other == this || other != null && other.getClass() == getClass()
        && Arrays.equals(values, ((SageMakerObject) other).values);
  }

  @Override
  public final int hashCode() {
    return 31 * getClass().hashCode() + Arrays.hashCode(values);
  }

  /** The type's name and every member that is set, with wire names; sensitive ones redacted. */
  @Override
  public final String toString() {
    return Values.toString(sdkSchema(), values);
  }

  /**
   * What every generated builder shares. A builder is not thread-safe; {@code build()} may be
   * called more than once, and each call gives a new, independent value.
   *
   * @param <T> the structure the builder builds
   * @param <B> the builder itself
   */
  public abstract static class Builder<T extends SageMakerObject, B extends Builder<T, B>> {
    final Object[] values;

    Builder(int size) {
      this.values = new Object[size];
    }

    Builder(SageMakerObject from) {
      this.values = from.values.clone();
    }

    @SuppressWarnings("unchecked")
    final B sdkSelf() {
      return (B) this;
    }

    /** Sets the member at {@code index}; null unsets it. */
    final B sdkSet(int index, @Nullable Object value) {
      values[index] = value;
      return sdkSelf();
    }

    /** Sets a list member to an unmodifiable copy; null unsets it, an empty one is sent. */
    final B sdkSetList(int index, String member, @Nullable Collection<?> value) {
      values[index] = value == null ? null : Values.copyList(member, value);
      return sdkSelf();
    }

    /** Sets a list member from varargs; a null array unsets it. */
    final B sdkSetList(int index, String member, Object @Nullable [] value) {
      values[index] = value == null ? null : Values.copyList(member, Arrays.asList(value));
      return sdkSelf();
    }

    /** Sets a list of enum members from constants, as their wire values. */
    final B sdkSetEnumList(int index, String member, @Nullable Collection<? extends Enum<?>> value) {
      values[index] = value == null ? null : Values.wireList(member, value);
      return sdkSelf();
    }

    /** Sets a map member to an unmodifiable copy in the same order; null unsets it. */
    final B sdkSetMap(int index, String member, @Nullable Map<String, ?> value) {
      values[index] = value == null ? null : Values.copyMap(member, value);
      return sdkSelf();
    }

    /** Applies {@code mutator} to this builder and returns it. */
    public final B applyMutation(Consumer<? super B> mutator) {
      mutator.accept(sdkSelf());
      return sdkSelf();
    }

    /** A new value with the members set so far; the builder can go on being used. */
    public abstract T build();
  }

  /** What the model's internals may do with structures: read and make them. */
  private static final class Access extends ModelAccess {
    private static final MethodHandles.Lookup PACKAGE = MethodHandles.lookup();
    private static final MethodType CONSTRUCTOR = MethodType.methodType(void.class,
        Object[].class);
    private static final MethodType AS_OBJECT = MethodType.methodType(Object.class,
        Object[].class);

    @Override
    protected Object[] values(Object structure) {
      return ((SageMakerObject) structure).values;
    }

    @Override
    protected StructSchema<?> schema(Object structure) {
      return ((SageMakerObject) structure).sdkSchema();
    }

    @Override
    protected @Nullable StructSchema<?> schemaOf(Class<?> type) {
      if (!SageMakerObject.class.isAssignableFrom(type) || type.getPackage() == null
          || !type.getPackageName().equals(SageMakerObject.class.getPackageName())) {
        return null;
      }
      try {
        MethodHandle getter = PACKAGE.findStaticGetter(type, "SCHEMA", StructSchema.class);
        return (StructSchema<?>) getter.invoke();
      } catch (NoSuchFieldException | IllegalAccessException e) {
        return null;
      } catch (Throwable e) {
        throw new IllegalStateException("cannot read the schema of " + type.getName(), e);
      }
    }

    @Override
    protected MethodHandle constructor(MethodHandles.Lookup lookup) {
      try {
        return lookup.findConstructor(lookup.lookupClass(), CONSTRUCTOR).asType(AS_OBJECT);
      } catch (NoSuchMethodException | IllegalAccessException e) {
        throw new IllegalStateException(lookup.lookupClass().getName()
            + " has no constructor taking its values", e);
      }
    }

    @Override
    protected void responseMetadata(Object response, ResponseMetadata metadata) {
      ((SageMakerResponse) response).metadata = metadata;
    }
  }
}
