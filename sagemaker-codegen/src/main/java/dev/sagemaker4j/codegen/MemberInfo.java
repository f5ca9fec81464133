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
 * How one member of a structure appears in Java: its accessor's name and type, the value it
 * holds, and whether its type is an enum or a structure. Every decision about a member's Java
 * form is made here, once.
 */
final class MemberInfo {
  /** How the accessor gives the member. */
  enum Form {
    /** A plain accessor, null only when unset: the member is (or was) required. */
    PLAIN,
    /** {@code Optional<T>}. */
    OPTIONAL,
    OPTIONAL_INT,
    OPTIONAL_LONG,
    OPTIONAL_DOUBLE,
    /** A list, empty when unset. */
    LIST,
    /** A map, empty when unset. */
    MAP
  }

  final MemberRef ref;
  final Shape target;
  final int index;
  /** Whether the current model requires the member: what the checker enforces. */
  final boolean modelRequired;
  final boolean idempotencyToken;
  /** The member's Java name, such as {@code endpointStatus}. */
  final String name;
  /** The accessor of the stored value: {@code name}, or {@code nameAsString(s)} for enums. */
  final String valueAccessor;
  final Form form;
  /** The value as stored: boxed, enums as their wire strings. */
  final TypeName valueType;
  /** The type {@link #valueAccessor} returns. */
  final TypeName accessorType;
  /** The Java enum of an enum member or of an enum list's elements, else null. */
  final ClassName enumType;
  final boolean enumList;
  /** The structure type of a structure member or of a structure list's elements, else null. */
  final ClassName structType;
  final boolean structList;
  /** Why the accessor is plain or optional when the model says otherwise, or null. */
  final String keptForm;

  /**
   * @param plain whether the accessor is plain (not {@code Optional}): what the model says, or
   *     what an earlier release published
   */
  MemberInfo(ModelPlan plan, Shape owner, MemberRef ref, int index, boolean plain) {
    this.ref = ref;
    this.index = index;
    this.target = plan.shape(ref.target());
    this.idempotencyToken = ref.idempotencyToken();
    this.modelRequired = owner.required().contains(ref.name()) && !idempotencyToken;
    this.name = Naming.memberName(ref.name());
    if (Naming.RESERVED_MEMBER_NAMES.contains(name) || (owner.union() && name.equals("type"))) {
      throw new IllegalArgumentException(owner.name() + "." + ref.name()
          + " would clash with a generated method: " + name);
    }
    this.valueType = valueType(plan, ref.target());
    Shape listElement = "list".equals(target.type()) ? plan.shape(target.listMember()) : null;
    if (target.isEnum()) {
      enumType = JavaNames.model(plan.typeName(target.name()));
      enumList = false;
    } else if (listElement != null && listElement.isEnum()) {
      enumType = JavaNames.model(plan.typeName(listElement.name()));
      enumList = true;
    } else {
      enumType = null;
      enumList = false;
    }
    if ("structure".equals(target.type())) {
      structType = JavaNames.model(plan.typeName(target.name()));
      structList = false;
    } else if (listElement != null && "structure".equals(listElement.type())) {
      structType = JavaNames.model(plan.typeName(listElement.name()));
      structList = true;
    } else {
      structType = null;
      structList = false;
    }
    this.valueAccessor = enumType == null ? name : enumList ? name + "AsStrings"
        : name + "AsString";

    if ("list".equals(target.type())) {
      form = Form.LIST;
      accessorType = valueType;
      keptForm = null;
    } else if ("map".equals(target.type())) {
      form = Form.MAP;
      accessorType = valueType;
      keptForm = null;
    } else if (plain) {
      form = Form.PLAIN;
      accessorType = valueType.annotated(JavaNames.NULLABLE);
      keptForm = modelRequired ? null : "The service model no longer requires this member; the"
          + " accessor keeps the plain type an earlier release published, and gives null when it"
          + " is not set.";
    } else {
      keptForm = modelRequired ? "The service model now requires this member; the accessor keeps"
          + " the {@code Optional} type an earlier release published." : null;
      switch (target.type()) {
        case "integer" -> {
          form = Form.OPTIONAL_INT;
          accessorType = ClassName.get(OptionalInt.class);
        }
        case "long" -> {
          form = Form.OPTIONAL_LONG;
          accessorType = ClassName.get(OptionalLong.class);
        }
        case "double" -> {
          form = Form.OPTIONAL_DOUBLE;
          accessorType = ClassName.get(OptionalDouble.class);
        }
        default -> {
          form = Form.OPTIONAL;
          accessorType = ParameterizedTypeName.get(ClassName.get(Optional.class), valueType);
        }
      }
    }
  }

  boolean collection() {
    return form == Form.LIST || form == Form.MAP;
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
        return JavaNames.model(plan.typeName(shapeName));
      default:
        throw new IllegalArgumentException("unsupported type " + s.type() + " of " + shapeName);
    }
  }
}
