package dev.sagemaker4j.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import dev.sagemaker4j.codegen.ServiceModel.MemberRef;
import dev.sagemaker4j.codegen.ServiceModel.Shape;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How one member of a structure appears in Java: its accessor, the type of the attribute
 * Immutables stores, and how the schema reads and writes it.
 */
final class MemberInfo {
  /** How the attribute holds an absent value. */
  enum Form {
    /** Required: a plain accessor, null only when unset. */
    NULLABLE,
    /** {@code Optional<T>}. */
    OPTIONAL,
    OPTIONAL_INT,
    OPTIONAL_LONG,
    OPTIONAL_DOUBLE,
    /** A list or a map, empty when absent. */
    COLLECTION
  }

  final MemberRef ref;
  final Shape target;
  final int index;
  final boolean required;
  final boolean idempotencyToken;
  /** The member's Java name, such as {@code endpointStatus}. */
  final String name;
  /** The Immutables attribute, such as {@code endpointStatusAsString}. */
  final String attribute;
  final Form form;
  /** The value as the schema gets and sets it: boxed, enums as strings. */
  final TypeName valueType;
  /** The attribute's declared type. */
  final TypeName attributeType;
  /** The Java enum of an enum member or of an enum list's elements, else null. */
  final ClassName enumType;
  /** Whether the member is a list of enum values. */
  final boolean enumList;
  /** The structure type of a structure member or of a structure list's elements, else null. */
  final ClassName structType;
  final boolean structList;

  MemberInfo(ModelPlan plan, Shape owner, MemberRef ref, int index) {
    this.ref = ref;
    this.index = index;
    this.target = plan.shape(ref.target());
    this.idempotencyToken = ref.idempotencyToken();
    this.required = owner.required().contains(ref.name()) && !idempotencyToken;
    this.name = Naming.memberName(ref.name());
    if (Naming.RESERVED_MEMBER_NAMES.contains(name) || (owner.union() && name.equals("type"))) {
      throw new IllegalArgumentException(owner.name() + "." + ref.name()
          + " would clash with a generated method: " + name);
    }
    this.valueType = valueType(plan, ref.target());
    Shape listElement = "list".equals(target.type()) ? plan.shape(target.listMember()) : null;
    if (target.isEnum()) {
      enumType = ClassName.get(ModelEmitter.MODEL_PKG, plan.typeName(target.name()));
      enumList = false;
    } else if (listElement != null && listElement.isEnum()) {
      enumType = ClassName.get(ModelEmitter.MODEL_PKG, plan.typeName(listElement.name()));
      enumList = true;
    } else {
      enumType = null;
      enumList = false;
    }
    if ("structure".equals(target.type())) {
      structType = ClassName.get(ModelEmitter.MODEL_PKG, plan.typeName(target.name()));
      structList = false;
    } else if (listElement != null && "structure".equals(listElement.type())) {
      structType = ClassName.get(ModelEmitter.MODEL_PKG, plan.typeName(listElement.name()));
      structList = true;
    } else {
      structType = null;
      structList = false;
    }
    this.attribute = enumType == null ? name : enumList ? name + "AsStrings" : name + "AsString";

    boolean collection = "list".equals(target.type()) || "map".equals(target.type());
    if (collection) {
      form = Form.COLLECTION;
      attributeType = valueType;
    } else if (required) {
      form = Form.NULLABLE;
      attributeType = valueType.annotated(ModelEmitter.NULLABLE);
    } else {
      switch (target.type()) {
        case "integer":
          form = Form.OPTIONAL_INT;
          attributeType = ClassName.get(OptionalInt.class);
          break;
        case "long":
          form = Form.OPTIONAL_LONG;
          attributeType = ClassName.get(OptionalLong.class);
          break;
        case "double":
          form = Form.OPTIONAL_DOUBLE;
          attributeType = ClassName.get(OptionalDouble.class);
          break;
        default:
          form = Form.OPTIONAL;
          attributeType = ParameterizedTypeName.get(ClassName.get(Optional.class), valueType);
      }
    }
  }

  /** The Java type of a value of {@code shapeName}, boxed, with enums as their wire strings. */
  static TypeName valueType(ModelPlan plan, String shapeName) {
    Shape s = plan.shape(shapeName);
    switch (s.type()) {
      case "string":
        return ClassName.get(String.class);
      case "boolean":
        return ClassName.get(Boolean.class);
      case "integer":
        return ClassName.get(Integer.class);
      case "long":
        return ClassName.get(Long.class);
      case "float":
        return ClassName.get(Float.class);
      case "double":
        return ClassName.get(Double.class);
      case "timestamp":
        return ClassName.get(java.time.Instant.class);
      case "list":
        return ParameterizedTypeName.get(ClassName.get(java.util.List.class),
            valueType(plan, s.listMember()));
      case "map":
        return ParameterizedTypeName.get(ClassName.get(java.util.Map.class),
            ClassName.get(String.class), valueType(plan, s.mapValue()));
      case "structure":
        return ClassName.get(ModelEmitter.MODEL_PKG, plan.typeName(shapeName));
      default:
        throw new IllegalArgumentException("unsupported type " + s.type() + " of " + shapeName);
    }
  }
}
