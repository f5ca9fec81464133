package dev.sagemaker4j.codegen;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.sagemaker4j.codegen.ServiceModel.Operation;
import dev.sagemaker4j.codegen.ServiceModel.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Writes the operation catalogue the runtime reads (one descriptor per operation, made on first
 * use) and the map from modeled error codes to their exceptions.
 */
final class OperationsEmitter {
  private final ModelPlan plan;

  OperationsEmitter(ModelPlan plan) {
    this.plan = plan;
  }

  List<JavaFile> emit() {
    return List.of(JavaNames.file(JavaNames.CLIENT_INTERNAL_PKG, operations()),
        JavaNames.file(JavaNames.CLIENT_INTERNAL_PKG, modeledErrors()));
  }

  private TypeSpec operations() {
    List<Operation> ops = new ArrayList<>(plan.operations);
    ops.sort(java.util.Comparator.comparing(Operation::name));
    CodeBlock.Builder names = CodeBlock.builder().add("{");
    MethodSpec.Builder make = MethodSpec.methodBuilder("make")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(JavaNames.OPERATION, WILDCARD, WILDCARD))
        .addParameter(int.class, "id")
        .beginControlFlow("switch (id)");
    TypeSpec.Builder t = TypeSpec.classBuilder("Operations")
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The catalogue of generated operations, one descriptor per operation, each"
            + " made on first use: a call loads only the types of the operation it makes.\n")
        .addField(FieldSpec.builder(String.class, "TARGET_PREFIX", Modifier.STATIC,
            Modifier.FINAL).initializer("$S", plan.model.targetPrefix).build());
    for (int id = 0; id < ops.size(); id++) {
      Operation op = ops.get(id);
      names.add(id == 0 ? "\n$>$S" : ",\n$S", op.name());
      make.addCode("case $L:\n", id)
          .addStatement("$>return new $T<>($S, TARGET_PREFIX, $T.class, $T.class,\n$>$S)$<$<",
              JavaNames.OPERATION, op.name(), plan.request(op), plan.response(op),
              policies(op));
      ParameterizedTypeName type = ParameterizedTypeName.get(JavaNames.OPERATION,
          plan.request(op), plan.response(op));
      t.addMethod(MethodSpec.methodBuilder(ModelPlan.methodName(op))
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(type)
          .addJavadoc("{@code $L}.\n\n@return its descriptor\n", op.name())
          .addStatement("return get($L)", id)
          .build());
    }
    names.add("$<\n}");
    make.addStatement("default: throw new $T(\"no operation \" + id)",
        IndexOutOfBoundsException.class).endControlFlow();
    t.addField(FieldSpec.builder(String[].class, "NAMES", Modifier.PRIVATE, Modifier.STATIC,
        Modifier.FINAL).addJavadoc("The operations' names, sorted: an operation's id is its"
            + " position.\n").initializer(names.build()).build());
    ParameterizedTypeName cache = ParameterizedTypeName.get(
        ClassName.get(java.util.concurrent.atomic.AtomicReferenceArray.class),
        ParameterizedTypeName.get(JavaNames.OPERATION, WILDCARD, WILDCARD));
    t.addField(FieldSpec.builder(cache, "MADE", Modifier.PRIVATE, Modifier.STATIC,
        Modifier.FINAL).initializer("new $T<>(NAMES.length)",
            java.util.concurrent.atomic.AtomicReferenceArray.class).build());
    t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    t.addMethod(MethodSpec.methodBuilder("byName")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(JavaNames.OPERATION, WILDCARD, WILDCARD)
            .annotated(JavaNames.NULLABLE))
        .addParameter(String.class, "name")
        .addJavadoc("The operation with this name, such as {@code CreateEndpoint}, or null.\n\n"
            + "@param name the operation's name\n@return its descriptor, or null\n")
        .addStatement("int id = $T.binarySearch(NAMES, name)", java.util.Arrays.class)
        .addStatement("return id < 0 ? null : get(id)")
        .build());
    t.addMethod(MethodSpec.methodBuilder("names")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(List.class, String.class))
        .addJavadoc("Every generated operation's name, sorted.\n\n@return the names\n")
        .addStatement("return $T.of(NAMES)", List.class)
        .build());
    t.addMethod(MethodSpec.methodBuilder("get")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build())
        .addTypeVariable(com.squareup.javapoet.TypeVariableName.get("I", JavaNames.model(
            "SageMakerRequest")))
        .addTypeVariable(com.squareup.javapoet.TypeVariableName.get("O", JavaNames.model(
            "SageMakerResponse")))
        .returns(ParameterizedTypeName.get(JavaNames.OPERATION,
            com.squareup.javapoet.TypeVariableName.get("I"),
            com.squareup.javapoet.TypeVariableName.get("O")))
        .addParameter(int.class, "id")
        .addStatement("$T<?, ?> op = MADE.get(id)", JavaNames.OPERATION)
        .beginControlFlow("if (op == null)")
        .addStatement("MADE.compareAndSet(id, null, make(id))")
        .addStatement("op = MADE.get(id)")
        .endControlFlow()
        .addStatement("return ($T<I, O>) op", JavaNames.OPERATION)
        .build());
    t.addMethod(make.build());
    return t.build();
  }

  private static final com.squareup.javapoet.WildcardTypeName WILDCARD =
      com.squareup.javapoet.WildcardTypeName.subtypeOf(Object.class);

  /** An operation's policies as the runtime's compact data. */
  private String policies(Operation op) {
    List<String> parts = new ArrayList<>();
    if (!op.errors().isEmpty()) {
      List<String> codes = new ArrayList<>();
      for (String e : op.errors()) {
        codes.add(ExceptionEmitter.errorCode(plan.errors.get(e)));
      }
      parts.add("errors=" + String.join(",", codes));
    }
    String kind = plan.resourceKind(op);
    if (kind != null) {
      parts.add("kind=" + kind);
    }
    Policies.OperationPolicy policy = plan.policies.of(op.name());
    if (!policy.eventualConsistency().isEmpty()) {
      parts.add("consistency=" + String.join("|", policy.eventualConsistency()));
    }
    String describe = plan.describeOf(op);
    if (describe != null) {
      parts.add("describe=" + describe);
      parts.add("exists=" + String.join("|", plan.policies.alreadyExists));
      if (!policy.compare().isEmpty()) {
        List<String> pairs = new ArrayList<>();
        policy.compare().forEach((from, to) -> pairs.add(from + ">" + to));
        parts.add("compare=" + String.join(",", pairs));
      }
    }
    for (String part : parts) {
      if (part.indexOf(';') >= 0) {
        throw new IllegalArgumentException(op.name() + ": a policy may not contain ';': " + part);
      }
    }
    return String.join(";", parts);
  }

  private TypeSpec modeledErrors() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("builderFor")
        .addModifiers(Modifier.STATIC)
        .returns(JavaNames.SAGEMAKER_EXCEPTION.nestedClass("Builder"))
        .addParameter(ClassName.get(String.class).annotated(JavaNames.NULLABLE), "code")
        .addJavadoc("A builder of the exception for an error code: the modeled one's, or {@link"
            + " $T}'s.\n", JavaNames.SAGEMAKER_EXCEPTION)
        .beginControlFlow("if (code == null)")
        .addStatement("return $T.builder()", JavaNames.SAGEMAKER_EXCEPTION)
        .endControlFlow()
        .beginControlFlow("switch (code)");
    for (Shape e : plan.errors.values()) {
      m.addCode("case $S:\n", ExceptionEmitter.errorCode(e))
          .addStatement("$>return $T.builder()$<",
              ClassName.get(JavaNames.EXCEPTION_PKG, ExceptionEmitter.exceptionName(e.name())));
    }
    m.addCode("default:\n").addStatement("$>return $T.builder()$<", JavaNames.SAGEMAKER_EXCEPTION)
        .endControlFlow();
    return TypeSpec.classBuilder("ModeledErrors")
        .addModifiers(Modifier.FINAL)
        .addJavadoc("The service's modeled error codes and their exceptions.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(m.build())
        .build();
  }

}
