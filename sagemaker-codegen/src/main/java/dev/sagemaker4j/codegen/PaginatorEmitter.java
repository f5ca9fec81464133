package dev.sagemaker4j.codegen;

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
 * Writes the paginators of the generated operations: for each, an {@code Iterable} of pages and a
 * Reactive Streams {@code Publisher} of pages, each one constructor and one items method over the
 * hand-written engine.
 */
final class PaginatorEmitter {
  private final ModelPlan plan;

  PaginatorEmitter(ModelPlan plan) {
    this.plan = plan;
  }

  List<JavaFile> emit() {
    List<JavaFile> files = new ArrayList<>();
    for (Extras.Paginator p : plan.paginators) {
      files.add(JavaNames.file(JavaNames.PAGINATORS_PKG, paginatorClass(p, false)));
      files.add(JavaNames.file(JavaNames.PAGINATORS_PKG, paginatorClass(p, true)));
    }
    return files;
  }

  static String paginatorClassName(Extras.Paginator p, boolean async) {
    return p.operation() + (async ? "Publisher" : "Iterable");
  }

  private TypeName itemType(Extras.Paginator p) {
    Shape out = plan.shape(plan.outputOf.get(p.operation()));
    Shape list = plan.shape(out.members().get(p.resultKey()).target());
    return MemberInfo.valueType(plan, list.listMember());
  }


  private TypeSpec paginatorClass(Extras.Paginator p, boolean async) {
    Operation op = plan.operation(p.operation());
    ClassName request = plan.request(op);
    ClassName response = plan.response(op);
    TypeName item = itemType(p);
    String client = async ? "SageMakerAsyncClient" : "SageMakerClient";
    ClassName base = async ? JavaNames.PAGE_PUBLISHER : JavaNames.PAGE_ITERABLE;
    ClassName items = async ? JavaNames.ITEM_PUBLISHER : JavaNames.ITEM_ITERABLE;
    String itemsName = Naming.memberName(p.resultKey());
    return TypeSpec.classBuilder(paginatorClassName(p, async))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(base, request, response, item))
        .addJavadoc("The pages of {@code $L}$L; see {@link $T}.\n", op.name(),
            async ? ", published as the subscriber asks" : ", fetched as iteration reaches them",
            base)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The pages from {@code first} on, through {@code client}.\n\n"
                + "@param client the client that fetches the pages\n"
                + "@param first the request of the first page\n")
            .addParameter(ClassName.get(JavaNames.CLIENT_PKG, client), "client")
            .addParameter(request, "first")
            .addStatement("super(client::$L, first, new $T<>($T.$L(), $S, $S, $S))",
                ModelPlan.methodName(op), JavaNames.PAGINATION, JavaNames.OPERATIONS, ModelPlan.methodName(op), p.inputToken(),
                p.outputToken(), p.resultKey())
            .build())
        .addMethod(MethodSpec.methodBuilder(itemsName)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(items, item))
            .addJavadoc("The {@code $L} of every page, in order.\n", p.resultKey())
            .addStatement("return items()")
            .build())
        .build();
  }

}
