package dev.sagemaker4j.client.support;

import dev.sagemaker4j.model.internal.ListShape;
import dev.sagemaker4j.model.internal.MapShape;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.Shape;
import dev.sagemaker4j.model.internal.StructSchema;
import dev.sagemaker4j.model.internal.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Converts a value of this SDK's model into the official AWS SDK v2 model object that says the
 * same, member by member, using only the official SDK's own metadata: each builder's {@code
 * sdkFields()}, matched by wire name ({@code locationName()}), set with {@code
 * SdkField.set(builder, value)}; nested structures from the field's {@code constructor()}, list
 * and map elements through their traits' member fields. No official type is named here, so the
 * conversion covers every operation the official client has.
 *
 * <p>A list or map this SDK holds as set (even empty) is given to the official builder, which then
 * holds it as set; an unset one is not given, and stays the official builder's "auto-construct"
 * empty list, which it does not send.
 */
public final class OfficialModel {
  private static final String MODEL = "software.amazon.awssdk.services.sagemaker.model.";

  private OfficialModel() {}

  /** The official {@code <operation>Request} saying what {@code request} says. */
  public static SdkRequest request(String operation, Object request) {
    SdkPojo builder = officialBuilder(operation);
    fill(builder, request);
    return (SdkRequest) build(builder);
  }

  /**
   * The members of this SDK's model, reachable from {@code operation}'s input, that the official
   * model lacks, as {@code Shape.Member}: what a newer service model added since the official
   * client's version was generated (or a wire name this SDK got wrong).
   */
  public static Set<String> unknownMembers(String operation, StructSchema<?> input) {
    Set<String> out = new TreeSet<>();
    unknownMembers(input, officialBuilder(operation), out, new HashSet<>());
    return out;
  }

  private static void unknownMembers(StructSchema<?> schema, SdkPojo builder, Set<String> out,
      Set<StructSchema<?>> seen) {
    if (!seen.add(schema)) {
      return;
    }
    Map<String, SdkField<?>> fields = fields(builder);
    for (Member m : schema.members()) {
      SdkField<?> f = fields.get(m.wireName());
      if (f == null) {
        out.add(schema.name() + "." + m.wireName());
      } else {
        unknownMembers(m.shape(), f, out, seen);
      }
    }
  }

  private static void unknownMembers(Shape shape, SdkField<?> field, Set<String> out,
      Set<StructSchema<?>> seen) {
    switch (shape.kind()) {
      case STRUCTURE -> unknownMembers((StructSchema<?>) shape, field.constructor().get(), out,
          seen);
      case LIST -> unknownMembers(((ListShape) shape).member(),
          field.getRequiredTrait(ListTrait.class).memberFieldInfo(), out, seen);
      case MAP -> unknownMembers(((MapShape) shape).value(),
          field.getRequiredTrait(MapTrait.class).valueFieldInfo(), out, seen);
      default -> {
      }
    }
  }

  /**
   * {@code request} without the members the official model lacks (at any depth), so that both
   * clients can be given the same request; the members taken out are added to {@code removed}.
   */
  public static <T> T withoutUnknown(String operation, StructSchema<T> schema, T request,
      Set<String> removed) {
    return schema.type().cast(strip(request, officialBuilder(operation), removed));
  }

  @SuppressWarnings("unchecked")
  private static Object strip(Object value, SdkPojo builder, Set<String> removed) {
    StructSchema<Object> schema = (StructSchema<Object>) StructSchema.ofValue(value);
    Map<String, SdkField<?>> fields = fields(builder);
    Object[] copy = schema.values(value).clone();
    for (Member m : schema.members()) {
      Object v = copy[m.index()];
      if (v == null) {
        continue;
      }
      SdkField<?> f = fields.get(m.wireName());
      if (f == null) {
        removed.add(schema.name() + "." + m.wireName());
        copy[m.index()] = null;
      } else {
        copy[m.index()] = stripValue(f, v, removed);
      }
    }
    return schema.create(copy);
  }

  private static Object stripValue(SdkField<?> field, Object v, Set<String> removed) {
    MarshallingType<?> t = field.marshallingType();
    if (t == MarshallingType.SDK_POJO) {
      return strip(v, field.constructor().get(), removed);
    }
    if (t == MarshallingType.LIST) {
      SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
      List<Object> out = new ArrayList<>();
      for (Object e : (List<?>) v) {
        out.add(stripValue(member, e, removed));
      }
      return Values.freeze(out);
    }
    if (t == MarshallingType.MAP) {
      SdkField<?> value = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        out.put((String) e.getKey(), stripValue(value, e.getValue(), removed));
      }
      return Values.freeze(out);
    }
    return v;
  }

  private static SdkPojo officialBuilder(String operation) {
    try {
      return (SdkPojo) Class.forName(MODEL + operation + "Request").getMethod("builder")
          .invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the official model has no " + operation + "Request", e);
    }
  }

  private static Map<String, SdkField<?>> fields(SdkPojo builder) {
    Map<String, SdkField<?>> fields = new LinkedHashMap<>();
    for (SdkField<?> f : builder.sdkFields()) {
      fields.put(f.locationName(), f);
    }
    return fields;
  }

  private static void fill(SdkPojo builder, Object value) {
    @SuppressWarnings("unchecked")
    StructSchema<Object> schema = (StructSchema<Object>) StructSchema.ofValue(value);
    Map<String, SdkField<?>> fields = fields(builder);
    for (Member m : schema.members()) {
      Object v = schema.get(value, m.index());
      if (v == null) {
        continue;
      }
      SdkField<?> f = fields.get(m.wireName());
      if (f == null) {
        throw new IllegalArgumentException("the official model has no " + schema.name() + "."
            + m.wireName() + " (see withoutUnknown)");
      }
      f.set(builder, convert(f, v));
    }
  }

  private static Object convert(SdkField<?> field, Object v) {
    MarshallingType<?> t = field.marshallingType();
    if (t == MarshallingType.STRING) {
      return (String) v; // enums too: this SDK holds their wire strings, the field takes them
    }
    if (t == MarshallingType.INTEGER) {
      return ((Number) v).intValue();
    }
    if (t == MarshallingType.LONG) {
      return ((Number) v).longValue();
    }
    if (t == MarshallingType.FLOAT) {
      return ((Number) v).floatValue();
    }
    if (t == MarshallingType.DOUBLE) {
      return ((Number) v).doubleValue();
    }
    if (t == MarshallingType.BOOLEAN || t == MarshallingType.INSTANT) {
      return v;
    }
    if (t == MarshallingType.SDK_POJO) {
      SdkPojo nested = field.constructor().get();
      fill(nested, v);
      return build(nested);
    }
    if (t == MarshallingType.LIST) {
      SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
      List<Object> out = new ArrayList<>();
      for (Object e : (List<?>) v) {
        out.add(convert(member, e));
      }
      return out;
    }
    if (t == MarshallingType.MAP) {
      SdkField<?> value = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        out.put((String) e.getKey(), convert(value, e.getValue()));
      }
      return out;
    }
    throw new IllegalStateException(field.locationName() + ": no conversion to the official "
        + t + " for " + v.getClass().getName());
  }

  private static Object build(SdkPojo builder) {
    return ((SdkBuilder<?, ?>) builder).build();
  }
}
