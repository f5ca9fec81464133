package dev.sagemaker4j.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import dev.sagemaker4j.codegen.ServiceModel.Operation;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code sagemaker-testing} sources: typed stubs and typed verification, one method
 * per operation, each one line into the hand-written {@code OperationStub} and {@code
 * SentRequestsBase}.
 */
final class TestingEmitter {
  static final String TESTING_PKG = JavaNames.TESTING_PKG;
  private static final ClassName SERVER =
      ClassName.get("com.github.tomakehurst.wiremock", "WireMockServer");
  private static final ClassName OPERATION_STUB = ClassName.get(TESTING_PKG, "OperationStub");
  private static final ClassName SENT_BASE = ClassName.get(TESTING_PKG, "SentRequestsBase");

  private final ModelPlan plan;

  TestingEmitter(ModelPlan plan) {
    this.plan = plan;
  }

  List<JavaFile> emit() {
    return List.of(JavaNames.file(TESTING_PKG, stubs()), JavaNames.file(TESTING_PKG, sent()));
  }

  private ClassName request(Operation op) {
    return ClassName.get(JavaNames.MODEL_PKG, plan.typeName(plan.inputOf.get(op.name())));
  }

  private ClassName response(Operation op) {
    return ClassName.get(JavaNames.MODEL_PKG, plan.typeName(plan.outputOf.get(op.name())));
  }

  private TypeSpec stubs() {
    TypeSpec.Builder t = TypeSpec.classBuilder("SageMakerStubs")
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Typed stubs, one per operation: {@code stubs().createEndpoint().willReturn(...)}."
            + " Get them from {@link SageMakerWireMock#stubs()}.\n")
        .addField(FieldSpec.builder(SERVER, "server", Modifier.PRIVATE, Modifier.FINAL).build())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(SERVER, "server").addStatement("this.server = server").build());
    for (Operation op : plan.operations) {
      String method = Naming.memberName(op.name());
      t.addMethod(MethodSpec.methodBuilder(method)
          .addModifiers(Modifier.PUBLIC)
          .returns(ParameterizedTypeName.get(OPERATION_STUB, plan.request(op), plan.response(op)))
          .addJavadoc("Stubs {@code $L}.\n", op.name())
          .addStatement("return new $T<>(server, $T.$L())", OPERATION_STUB, JavaNames.OPERATIONS, method)
          .build());
    }
    return t.build();
  }

  private TypeSpec sent() {
    TypeSpec.Builder t = TypeSpec.classBuilder("SentRequests")
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(SENT_BASE)
        .addJavadoc("What the code under test sent, as typed requests, one method per operation:"
            + " {@code sent().createEndpoint()}. Get it from {@link SageMakerWireMock#sent()}.\n")
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(SERVER, "server").addStatement("super(server)").build());
    for (Operation op : plan.operations) {
      String method = Naming.memberName(op.name());
      t.addMethod(MethodSpec.methodBuilder(method)
          .addModifiers(Modifier.PUBLIC)
          .returns(ParameterizedTypeName.get(ClassName.get(List.class), plan.request(op)))
          .addJavadoc("Every {@code $L} request received since the last reset, oldest first.\n",
              op.name())
          .addStatement("return of($T.$L())", JavaNames.OPERATIONS, method)
          .build());
    }
    return t.build();
  }
}
