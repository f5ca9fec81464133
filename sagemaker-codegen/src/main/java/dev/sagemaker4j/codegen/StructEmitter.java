package dev.sagemaker4j.codegen;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.WildcardTypeName;
import dev.sagemaker4j.codegen.ServiceModel.Shape;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Writes one value type per structure: a final class over the values array its base class
 * holds, with an accessor per member, its schema as compact data, and a nested {@code Builder}
 * with a setter per member (plus the conveniences: constants for enums, consumers for nested
 * structures, varargs for lists). Every method is a line or two; equality, hashing, {@code
 * toString}, JSON and checking are the runtime's, driven by the schema.
 */
final class StructEmitter {
  private static final ClassName OBJECT_BUILDER = JavaNames.SAGEMAKER_OBJECT.nestedClass("Builder");

  private final ModelPlan plan;
  private final SchemaDataWriter data;

  StructEmitter(ModelPlan plan) {
    this.plan = plan;
    this.data = new SchemaDataWriter(plan);
  }

  List<JavaFile> emit() {
    List<JavaFile> files = new ArrayList<>();
    for (Shape s : plan.structures.values()) {
      files.add(JavaNames.file(JavaNames.MODEL_PKG, structType(s, plan.members(s))));
    }
    return files;
  }

  private TypeSpec structType(Shape s, List<MemberInfo> members) {
    String name = plan.typeName(s.name());
    ClassName self = JavaNames.model(name);
    ClassName builder = self.nestedClass("Builder");
    ClassName superclass = plan.inputShapes.contains(s.name())
        ? JavaNames.model("SageMakerRequest")
        : plan.outputShapes.contains(s.name()) ? JavaNames.model("SageMakerResponse")
        : JavaNames.SAGEMAKER_OBJECT;
    TypeSpec.Builder t = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(superclass)
        .addJavadoc("$L", structDoc(s));
    if (s.deprecated()) {
      t.addAnnotation(Deprecated.class);
    }
    ParameterizedTypeName schemaType = ParameterizedTypeName.get(JavaNames.STRUCT_SCHEMA, self);
    t.addField(FieldSpec.builder(schemaType, "SCHEMA", Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.$L($T.lookup(), $S,\n$>$>$L$<$<)", JavaNames.STRUCT_SCHEMA,
            s.union() ? "union" : "structure", MethodHandles.class, s.name(),
            schemaData(members))
        .build());
    t.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(Object[].class, "values")
        .addStatement("super(values)")
        .build());
    t.addMethod(MethodSpec.methodBuilder("sdkSchema")
        .addAnnotation(Override.class)
        .returns(schemaType)
        .addStatement("return SCHEMA")
        .build());

    Methods names = new Methods(name);
    for (MemberInfo m : members) {
      addAccessors(t, m, names);
    }
    if (s.union()) {
      addUnion(t, self, members, names);
    }
    t.addMethod(names.add(MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addJavadoc("A new builder with no member set.\n\n@return a new builder\n")
        .addStatement("return new $T()", builder)
        .build()));
    t.addMethod(names.add(MethodSpec.methodBuilder("toBuilder")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addJavadoc("A builder that starts with this object's members.\n\n"
            + "@return a new builder\n")
        .addStatement("return new $T(this)", builder)
        .build()));
    t.addType(builderType(self, builder, members));
    return t.build();
  }

  /** The members' data lines as one string constant, a line of source per member. */
  private CodeBlock schemaData(List<MemberInfo> members) {
    if (members.isEmpty()) {
      return CodeBlock.of("$S", "");
    }
    CodeBlock.Builder b = CodeBlock.builder();
    for (int i = 0; i < members.size(); i++) {
      String line = data.member(members.get(i)) + (i < members.size() - 1 ? "\n" : "");
      b.add(i == 0 ? "$S" : "\n+ $S", line);
    }
    return b.build();
  }

  private String structDoc(Shape s) {
    String op = plan.operationOf(s.name());
    StringBuilder doc = new StringBuilder();
    String page = s.name();
    if (op != null && plan.inputShapes.contains(s.name())) {
      doc.append("The request of the SageMaker {@code ").append(op).append("} operation.\n");
      page = op;
    } else if (op != null) {
      doc.append("The response of the SageMaker {@code ").append(op).append("} operation");
      doc.append(s.members().isEmpty() ? ", which carries no members.\n" : ".\n");
      page = op;
    } else {
      doc.append("The {@code ").append(s.name()).append("} structure of the SageMaker API.\n");
    }
    if (s.union()) {
      doc.append("\n<p>A union: exactly one member may be set. Build one with a {@code from...}"
          + " factory; {@link #type()} tells which member is set.\n");
    }
    doc.append("\n<p>Build one with {@link #builder()}. Building checks no service rules;")
        .append(" {@code ConstraintChecker} does, and the client calls it before sending.\n\n")
        .append(JavaNames.apiReference(page, op != null ? op : s.name()));
    if (s.deprecated()) {
      doc.append("@deprecated The service model marks this structure deprecated.\n");
    }
    return doc.toString();
  }

  // ---------------------------------------------------------------- accessors

  private void addAccessors(TypeSpec.Builder t, MemberInfo m, Methods names) {
    String doc = memberDoc(m);
    TypeName valueType = m.enumType != null && !m.enumList ? ClassName.get(String.class)
        : m.valueType;
    MethodSpec.Builder accessor = accessor(m, m.valueAccessor, m.accessorType, doc);
    switch (m.form) {
      case PLAIN -> accessor.addStatement("return ($T) sdkValue($L)", valueType, m.index);
      case OPTIONAL -> accessor.addStatement("return $T.ofNullable(($T) sdkValue($L))",
          Optional.class, valueType, m.index);
      case OPTIONAL_INT -> optionalPrimitive(accessor, m, Integer.class, OptionalInt.class);
      case OPTIONAL_LONG -> optionalPrimitive(accessor, m, Long.class, OptionalLong.class);
      case OPTIONAL_DOUBLE -> optionalPrimitive(accessor, m, Double.class, OptionalDouble.class);
      case LIST -> accessor.addStatement("return sdkList($L)", m.index);
      case MAP -> accessor.addStatement("return sdkMap($L)", m.index);
      default -> throw new IllegalStateException(m.form.name());
    }
    t.addMethod(names.add(accessor.build()));
    if (m.collection()) {
      t.addMethod(names.add(accessor(m, "has" + Naming.capitalize(m.name), TypeName.BOOLEAN,
              "Whether {@code " + m.ref.wireName() + "} was set, to an empty "
                  + (m.form == MemberInfo.Form.MAP ? "map" : "list") + " or not: a set one is"
                  + " sent, an unset one is not.\n")
          .addStatement("return sdkIsSet($L)", m.index)
          .build()));
    }
    if (m.enumType == null) {
      return;
    }
    String typedDoc = "{@code " + m.ref.wireName() + "} as " + (m.enumList ? "constants" :
        "a constant") + " of {@link " + m.enumType.simpleName() + "}: {@code"
        + " UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know, which {@link #"
        + m.valueAccessor + "()} gives as sent.\n";
    MethodSpec.Builder typed;
    if (m.enumList) {
      typed = accessor(m, m.name, ParameterizedTypeName.get(ClassName.get(List.class),
          m.enumType), typedDoc)
          .addStatement("return $T.fromWire($L(), $T.class)", JavaNames.ENUMS, m.valueAccessor,
              m.enumType);
    } else if (m.form == MemberInfo.Form.PLAIN) {
      typed = accessor(m, m.name, m.enumType.annotated(JavaNames.NULLABLE), typedDoc)
          .addStatement("return $T.fromValue($L())", m.enumType, m.valueAccessor);
    } else {
      typed = accessor(m, m.name, ParameterizedTypeName.get(ClassName.get(Optional.class),
          m.enumType), typedDoc)
          .addStatement("$T value = ($T) sdkValue($L)", String.class, String.class, m.index)
          .addStatement("return value == null ? $T.empty() : $T.of($T.fromValue(value))",
              Optional.class, Optional.class, m.enumType);
    }
    t.addMethod(names.add(typed.build()));
  }

  private static MethodSpec.Builder accessor(MemberInfo m, String name, TypeName returns,
      String doc) {
    MethodSpec.Builder b = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addJavadoc("$L", doc + deprecation(m));
    if (m.ref.deprecated()) {
      b.addAnnotation(Deprecated.class);
    }
    return b;
  }

  private static void optionalPrimitive(MethodSpec.Builder b, MemberInfo m, Class<?> boxed,
      Class<?> optional) {
    b.addStatement("$T value = ($T) sdkValue($L)", boxed, boxed, m.index)
        .addStatement("return value == null ? $T.empty() : $T.of(value)", optional, optional);
  }

  private static String deprecation(MemberInfo m) {
    return m.ref.deprecated() ? "\n@deprecated The service model marks this member deprecated.\n"
        : "";
  }

  /** What a member is, from the model's facts: required or not, its rules, its form. */
  private String memberDoc(MemberInfo m) {
    return memberDoc(m, "");
  }

  /**
   * The same, with links to the value type's accessors qualified by {@code owner} (a builder's
   * documentation links to the type it builds).
   */
  private String memberDoc(MemberInfo m, String owner) {
    StringBuilder doc = new StringBuilder("{@code ").append(m.ref.wireName()).append("}");
    if (m.idempotencyToken) {
      doc.append(": an idempotency token. Left empty, the client sends a random UUID, the same on"
          + " every attempt of a call");
    } else if (m.modelRequired) {
      doc.append(": required by the service");
      if (m.form == MemberInfo.Form.PLAIN) {
        doc.append("; null only when not set");
      }
    } else if (m.collection()) {
      doc.append(": optional; empty when not set. One that was set is sent, even empty");
    } else {
      doc.append(": optional");
      if (m.form == MemberInfo.Form.PLAIN) {
        doc.append("; null when not set");
      }
    }
    String rules = Docs.rules(plan, m.target);
    if (!rules.isEmpty()) {
      doc.append(". ").append(Character.toUpperCase(rules.charAt(0))).append(rules.substring(1));
    }
    if (m.target.sensitive()) {
      doc.append(". Sensitive: {@code toString()} and error messages never show it");
    }
    if (m.ref.jsonValue()) {
      doc.append(". A JSON document, sent as a string");
    }
    if (m.enumType != null) {
      doc.append(". Holds the wire ").append(m.enumList ? "values; {@link " : "value; {@link ")
          .append(owner).append('#').append(m.name).append("()} gives ")
          .append(m.enumList ? "constants" : "the constant");
    }
    doc.append(".\n");
    if (m.keptForm != null) {
      doc.append("\n<p>").append(m.keptForm).append("\n");
    }
    return doc.toString();
  }

  // ---------------------------------------------------------------- unions

  private void addUnion(TypeSpec.Builder t, ClassName self, List<MemberInfo> members,
      Methods names) {
    ClassName typeEnum = self.nestedClass("Type");
    TypeSpec.Builder e = TypeSpec.enumBuilder("Type").addModifiers(Modifier.PUBLIC)
        .addJavadoc("Which member of the union is set, in the order of the members.\n");
    for (MemberInfo m : members) {
      e.addEnumConstant(Naming.enumConstant(m.ref.name()), TypeSpec.anonymousClassBuilder("")
          .addJavadoc("{@code $L} is set.\n", m.ref.wireName()).build());
      t.addMethod(names.add(MethodSpec.methodBuilder("from" + Naming.capitalize(m.name))
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(self)
          .addParameter(setterType(m), m.name)
          .addJavadoc("A union with {@code $L} set.\n\n@param $L the member's value\n"
              + "@return the union\n", m.ref.wireName(), m.name)
          .addStatement("return builder().$L($L).build()", m.name, m.name)
          .build()));
      if (m.structType != null && !m.structList) {
        t.addMethod(names.add(MethodSpec.methodBuilder("from" + Naming.capitalize(m.name))
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(consumerOf(m.structType), m.name)
            .addJavadoc("A union with {@code $L} set to what the consumer builds.\n\n"
                + "@param $L sets the member's members\n@return the union\n", m.ref.wireName(),
                m.name)
            .addStatement("return builder().$L($L).build()", m.name, m.name)
            .build()));
      }
    }
    e.addEnumConstant("UNKNOWN_TO_SDK_VERSION", TypeSpec.anonymousClassBuilder("")
        .addJavadoc("No member is set, more than one is, or one this SDK does not know.\n")
        .build());
    t.addType(e.build());
    t.addMethod(names.add(MethodSpec.methodBuilder("type")
        .addModifiers(Modifier.PUBLIC)
        .returns(typeEnum)
        .addJavadoc("The member that is set; {@code UNKNOWN_TO_SDK_VERSION} when none or more than"
            + " one is (the service sent a member this SDK does not know, or the object breaks"
            + " the union rule, which {@code ConstraintChecker} reports).\n\n"
            + "@return which member is set\n")
        .addStatement("int index = sdkUnionIndex()")
        .addStatement("return index < 0 ? $T.UNKNOWN_TO_SDK_VERSION : $T.values()[index]",
            typeEnum, typeEnum)
        .build()));
  }

  /** The type a union factory and the plain setter take. */
  private static TypeName setterType(MemberInfo m) {
    return switch (m.form) {
      case LIST -> ParameterizedTypeName.get(ClassName.get(Collection.class),
          WildcardTypeName.subtypeOf(((ParameterizedTypeName) m.valueType).typeArguments.get(0)));
      case MAP -> ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
          WildcardTypeName.subtypeOf(((ParameterizedTypeName) m.valueType).typeArguments.get(1)));
      default -> m.valueType;
    };
  }

  private static ParameterizedTypeName consumerOf(ClassName struct) {
    return ParameterizedTypeName.get(ClassName.get(Consumer.class), struct.nestedClass("Builder"));
  }

  // ---------------------------------------------------------------- builders

  private TypeSpec builderType(ClassName self, ClassName builder, List<MemberInfo> members) {
    TypeSpec.Builder b = TypeSpec.classBuilder("Builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(OBJECT_BUILDER, self, builder))
        .addJavadoc("Builds {@link $T}: one setter per member, named as its accessor; null unsets"
            + " a member.\n", self)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addStatement("super($L)", members.size())
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(self, "from")
            .addStatement("super(from)")
            .build());
    Methods names = new Methods(self.simpleName() + ".Builder");
    for (MemberInfo m : members) {
      addSetters(b, builder, m, names);
    }
    b.addMethod(names.add(MethodSpec.methodBuilder("build")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(self)
        .addJavadoc("A new {@link $T} with the members set so far; the builder can go on being"
            + " used.\n\n@return the new value\n", self)
        .addStatement("return new $T(values.clone())", self)
        .build()));
    return b.build();
  }

  private void addSetters(TypeSpec.Builder b, ClassName builder, MemberInfo m, Methods names) {
    String wire = m.ref.wireName();
    String doc = "Sets " + memberDoc(m, builder.enclosingClassName().simpleName());
    int i = m.index;
    if (m.form == MemberInfo.Form.LIST) {
      TypeName element = ((ParameterizedTypeName) m.valueType).typeArguments.get(0);
      if (m.enumType != null) {
        b.addMethod(names.add(setter(m, m.name + "WithStrings", builder, setterType(m), doc,
            "the wire values, in order; null unsets the member")
            .addStatement("return sdkSetList($L, $S, values)", i, wire).build()));
        b.addMethod(names.add(setter(m, m.name + "WithStrings", builder,
            ArrayTypeName.of(String.class), doc, "the wire values, in order")
            .varargs()
            .addStatement("return sdkSetList($L, $S, values)", i, wire).build()));
        b.addMethod(names.add(setter(m, m.name, builder,
            ParameterizedTypeName.get(ClassName.get(Collection.class),
                WildcardTypeName.subtypeOf(m.enumType)), doc,
            "the constants, in order; null unsets the member")
            .addStatement("return sdkSetEnumList($L, $S, values)", i, wire).build()));
        b.addMethod(names.add(setter(m, m.name, builder, ArrayTypeName.of(m.enumType), doc,
            "the constants, in order")
            .varargs()
            .addStatement("return sdkSetEnumList($L, $S, values == null ? null : $T.asList(values))",
                i, wire, java.util.Arrays.class)
            .build()));
        return;
      }
      b.addMethod(names.add(setter(m, m.name, builder, setterType(m), doc,
          "the elements, in order; null unsets the member")
          .addStatement("return sdkSetList($L, $S, values)", i, wire).build()));
      b.addMethod(names.add(setter(m, m.name, builder, ArrayTypeName.of(element), doc,
          "the elements, in order")
          .varargs()
          .addStatement("return sdkSetList($L, $S, values)", i, wire).build()));
      if (m.structType != null) {
        ParameterizedTypeName consumer = consumerOf(m.structType);
        b.addMethod(names.add(setter(m, m.name, builder, ArrayTypeName.of(consumer), doc,
            "each sets the members of one element, in order")
            .addModifiers(Modifier.FINAL)
            .addAnnotation(SafeVarargs.class)
            .varargs()
            .addStatement("$T<$T> list = new $T<>(values.length)", List.class, m.structType,
                ArrayList.class)
            .beginControlFlow("for ($T value : values)", consumer)
            .addStatement("list.add($T.builder().applyMutation(value).build())", m.structType)
            .endControlFlow()
            .addStatement("return sdkSetList($L, $S, list)", i, wire)
            .build()));
      }
      return;
    }
    if (m.form == MemberInfo.Form.MAP) {
      b.addMethod(names.add(setter(m, m.name, builder, setterType(m), doc,
          "the entries, in the map's order; null unsets the member")
          .addStatement("return sdkSetMap($L, $S, values)", i, wire).build()));
      return;
    }
    if (m.enumType != null) {
      b.addMethod(names.add(setter(m, m.name, builder, ClassName.get(String.class), doc,
          "the wire value, known to this SDK or not; null unsets the member")
          .addStatement("return sdkSet($L, value)", i).build()));
      b.addMethod(names.add(setter(m, m.name, builder, m.enumType, doc,
          "the constant; null unsets the member")
          .addStatement("return sdkSet($L, value == null ? null : $T.toWire(value))", i,
              JavaNames.ENUMS)
          .build()));
      return;
    }
    b.addMethod(names.add(setter(m, m.name, builder, m.valueType, doc,
        "the value; null unsets the member")
        .addStatement("return sdkSet($L, value)", i).build()));
    if (m.structType != null) {
      b.addMethod(names.add(setter(m, m.name, builder, consumerOf(m.structType), doc,
          "sets the members of a new " + m.structType.simpleName())
          .addStatement("return sdkSet($L, $T.builder().applyMutation(value).build())", i,
              m.structType)
          .build()));
    }
  }

  private static MethodSpec.Builder setter(MemberInfo m, String name, ClassName builder,
      TypeName param, String doc, String paramDoc) {
    boolean plural = param instanceof ArrayTypeName
        || param instanceof ParameterizedTypeName p && !p.rawType.equals(ClassName.get(
            Consumer.class));
    String paramName = plural ? "values" : "value";
    MethodSpec.Builder b = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(ParameterSpec.builder(param, paramName).build())
        .addJavadoc("$L\n@param $L $L\n@return this builder\n", doc + deprecation(m), paramName,
            paramDoc);
    if (m.ref.deprecated()) {
      b.addAnnotation(Deprecated.class);
    }
    return b;
  }

  /** The methods of one generated class, to fail on two with the same signature. */
  private static final class Methods {
    private final String owner;
    private final Set<String> seen = new HashSet<>();

    Methods(String owner) {
      this.owner = owner;
    }

    MethodSpec add(MethodSpec m) {
      StringBuilder sig = new StringBuilder(m.name).append('(');
      for (ParameterSpec p : m.parameters) {
        TypeName t = p.type.withoutAnnotations();
        sig.append(t instanceof ParameterizedTypeName pt ? pt.rawType : t).append(',');
      }
      if (!seen.add(sig.toString())) {
        throw new IllegalArgumentException(owner + " would have two methods " + sig + ")");
      }
      return m;
    }
  }
}
