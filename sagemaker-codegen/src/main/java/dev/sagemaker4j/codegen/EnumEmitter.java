package dev.sagemaker4j.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import dev.sagemaker4j.codegen.ServiceModel.Shape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes one open Java enum per enum shape: a constant per value the model lists, {@code
 * UNKNOWN_TO_SDK_VERSION} for any other, {@code toString()} as the wire value.
 */
final class EnumEmitter {
  private static final ClassName JSON_VALUE =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");
  private static final ClassName JSON_CREATOR =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");

  private final ModelPlan plan;

  EnumEmitter(ModelPlan plan) {
    this.plan = plan;
  }

  List<JavaFile> emit() {
    List<JavaFile> files = new ArrayList<>();
    for (Shape s : plan.enums.values()) {
      files.add(JavaNames.file(JavaNames.MODEL_PKG, enumType(s)));
    }
    return files;
  }

  private TypeSpec enumType(Shape s) {
    String name = plan.typeName(s.name());
    ClassName self = JavaNames.model(name);
    TypeSpec.Builder e = TypeSpec.enumBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The values of {@code $L} this SDK knows. The service may add values: a member"
            + " holding one reads as {@link #UNKNOWN_TO_SDK_VERSION}, and its {@code ...AsString}"
            + " accessor gives the value as sent.\n", s.name());
    Set<String> used = new HashSet<>();
    for (String v : s.enumValues()) {
      String constant = Naming.enumConstant(v);
      if (!used.add(constant)) {
        throw new IllegalArgumentException(s.name() + ": two values named " + constant);
      }
      e.addEnumConstant(constant, TypeSpec.anonymousClassBuilder("$S", v)
          .addJavadoc("The wire value $L.\n", Docs.code(v)).build());
    }
    e.addEnumConstant("UNKNOWN_TO_SDK_VERSION", TypeSpec.anonymousClassBuilder("null")
        .addJavadoc("A value this version of the SDK does not know.\n").build());
    e.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
    e.addMethod(MethodSpec.constructorBuilder()
        .addParameter(String.class, "value")
        .addStatement("this.value = value").build());
    e.addMethod(MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addAnnotation(JSON_VALUE)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addJavadoc("The value on the wire ({@code \"null\"} for {@link #UNKNOWN_TO_SDK_VERSION}).\n"
            + "\n@return the wire value\n")
        .addStatement("return String.valueOf(value)").build());
    e.addMethod(MethodSpec.methodBuilder("fromValue")
        .addAnnotation(JSON_CREATOR)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self.annotated(JavaNames.NULLABLE))
        .addParameter(ClassName.get(String.class).annotated(JavaNames.NULLABLE), "value")
        .addJavadoc("The constant for a wire value: {@link #UNKNOWN_TO_SDK_VERSION} when this SDK"
            + " does not know it, null for null.\n\n@param value a wire value\n"
            + "@return its constant\n")
        .addStatement("return $T.fromValue($T.class, value)", JavaNames.ENUMS, self).build());
    e.addMethod(MethodSpec.methodBuilder("knownValues")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Set.class), self))
        .addJavadoc("Every constant but {@link #UNKNOWN_TO_SDK_VERSION}.\n\n"
            + "@return an unmodifiable set of the known constants\n")
        .addStatement("return $T.known($T.class)", JavaNames.ENUMS, self).build());
    return e.build();
  }
}
