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
 * Writes the sync and async client interfaces (one method per operation, its {@code Consumer}
 * overload, the paginators and the waiter) and their implementations, each method one line into
 * the shared invoker.
 */
final class ClientInterfaceEmitter {
  private final ModelPlan plan;

  ClientInterfaceEmitter(ModelPlan plan) {
    this.plan = plan;
  }

  List<JavaFile> emit() {
    return List.of(JavaNames.file(JavaNames.CLIENT_PKG, clientInterface(false)),
        JavaNames.file(JavaNames.CLIENT_PKG, clientInterface(true)),
        JavaNames.file(JavaNames.CLIENT_INTERNAL_PKG, implementation(false)),
        JavaNames.file(JavaNames.CLIENT_INTERNAL_PKG, implementation(true)));
  }

  private TypeName returns(Operation op, boolean async) {
    return async ? ParameterizedTypeName.get(ClassName.get(CompletableFuture.class),
        plan.response(op)) : plan.response(op);
  }

  private TypeSpec clientInterface(boolean async) {
    String name = async ? "SageMakerAsyncClient" : "SageMakerClient";
    ClassName self = ClassName.get(JavaNames.CLIENT_PKG, name);
    ClassName builder = ClassName.get(JavaNames.CLIENT_PKG, name + "Builder");
    TypeSpec.Builder t = TypeSpec.interfaceBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(AutoCloseable.class)
        .addJavadoc("$L", interfaceDoc(async));
    t.addMethod(MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addJavadoc("A builder for a client.\n")
        .addStatement("return new $T()", builder)
        .build());
    t.addMethod(MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addJavadoc("A client with the default region, credentials and HTTP client.\n")
        .addStatement("return builder().build()")
        .build());
    for (Operation op : plan.operations) {
      ClassName request = plan.request(op);
      MethodSpec.Builder m = MethodSpec.methodBuilder(ModelPlan.methodName(op))
          .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
          .returns(returns(op, async))
          .addParameter(request, "request")
          .addJavadoc("$L", operationDoc(op, async, false))
          .addStatement("throw new $T()", UnsupportedOperationException.class);
      if (op.deprecated()) {
        m.addAnnotation(Deprecated.class);
      }
      t.addMethod(m.build());
      MethodSpec.Builder c = MethodSpec.methodBuilder(ModelPlan.methodName(op))
          .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
          .returns(returns(op, async))
          .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class),
              request.nestedClass("Builder")), "request")
          .addJavadoc("$L", operationDoc(op, async, true))
          .addStatement("return $L($T.builder().applyMutation(request).build())",
              ModelPlan.methodName(op), request);
      if (op.deprecated()) {
        c.addAnnotation(Deprecated.class);
      }
      t.addMethod(c.build());
    }
    addPaginatorMethods(t, async);
    if (!plan.waiters.isEmpty()) {
      ClassName waiter = ClassName.get(JavaNames.WAITERS_PKG, async ? "SageMakerAsyncWaiter"
          : "SageMakerWaiter");
      t.addMethod(MethodSpec.methodBuilder("waiter")
          .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
          .returns(waiter)
          .addJavadoc("Waiters that poll this client until a resource reaches a state.\n")
          .addStatement("return $T.create(this)", waiter)
          .build());
    }
    t.addMethod(MethodSpec.methodBuilder("close")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .addJavadoc("Closes the client and what it created (HTTP client, credentials chain,"
            + " scheduler thread); what was passed to its builder stays open.\n")
        .build());
    return t.build();
  }

  private static String interfaceDoc(boolean async) {
    String kind = async ? "asynchronous" : "synchronous";
    return "The " + kind + " SageMaker client: one method per operation, taking the request or a"
        + " {@code Consumer} of its builder.\n\n"
        + "<p>Share one client across threads and close it when done. Every request is checked"
        + " against the service model before it is sent; empty idempotency tokens are filled;"
        + " requests are signed with SigV4 and retried by the AWS SDK retry strategy."
        + (async ? " Methods never block: the returned future completes with the response or"
            + " fails with the exception the sync client would throw." : "")
        + "\n\n<pre>{@code\n"
        + "try (" + (async ? "SageMakerAsyncClient" : "SageMakerClient") + " sageMaker = "
        + (async ? "SageMakerAsyncClient" : "SageMakerClient")
        + ".builder().region(Region.EU_WEST_1).build()) {\n"
        + "  sageMaker.describeEndpoint(r -> r.endpointName(\"churn-endpoint\"))"
        + (async ? "\n      .thenAccept(e -> System.out.println(e.endpointStatus()));\n"
            : ".endpointStatus();\n")
        + "}\n}</pre>\n\n"
        + "<p>The methods' default bodies throw {@link UnsupportedOperationException}, so a test"
        + " fake implements only what it needs.\n";
  }

  private String operationDoc(Operation op, boolean async, boolean consumer) {
    StringBuilder doc = new StringBuilder("Calls SageMaker's {@code ").append(op.name())
        .append("}").append(consumer ? ", with a request built by {@code request}" : "")
        .append(".\n\n");
    doc.append("@param request ").append(consumer ? "fills a new request's builder"
        : "the request, checked against the service model before anything is sent").append('\n');
    if (async) {
      doc.append("@return a future of the response; it fails with the exceptions the sync client"
          + " throws");
      List<String> errors = new ArrayList<>();
      for (String e : op.errors()) {
        errors.add("{@link " + JavaNames.EXCEPTION_PKG + "." + ExceptionEmitter.exceptionName(e) + "}");
      }
      if (!errors.isEmpty()) {
        doc.append(", among them ").append(String.join(", ", errors));
      }
      doc.append('\n');
      return doc.toString();
    }
    doc.append("@return the service's response\n");
    for (String e : op.errors()) {
      doc.append("@throws ").append(JavaNames.EXCEPTION_PKG).append('.').append(ExceptionEmitter.exceptionName(e))
          .append(" when SageMaker answers {@code ").append(ExceptionEmitter.errorCode(plan.errors.get(e)))
          .append("}\n");
    }
    doc.append("@throws ").append(JavaNames.SAGEMAKER_EXCEPTION).append(" for any other error SageMaker"
        + " answers with, such as {@code ValidationException}\n");
    doc.append("@throws ").append(JavaNames.CONSTRAINT_VIOLATION).append(" when the request breaks the"
        + " service model's rules; nothing is sent\n");
    doc.append("@throws ").append(JavaNames.SDK_CLIENT_EXCEPTION).append(" when SageMaker could not be"
        + " reached or its answer read, or a timeout passed\n");
    return doc.toString();
  }

  // ---------------------------------------------------------------- implementations

  private TypeSpec implementation(boolean async) {
    String iface = async ? "SageMakerAsyncClient" : "SageMakerClient";
    ClassName invoker = async ? JavaNames.ASYNC_INVOKER : JavaNames.SYNC_INVOKER;
    TypeSpec.Builder t = TypeSpec.classBuilder("Default" + iface)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ClassName.get(JavaNames.CLIENT_PKG, iface))
        .addJavadoc("The {@link $T}: each operation is one line into the shared invoker.\n",
            ClassName.get(JavaNames.CLIENT_PKG, iface))
        .addField(FieldSpec.builder(invoker, "invoker", Modifier.PRIVATE, Modifier.FINAL).build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(invoker, "invoker")
            .addStatement("this.invoker = invoker")
            .build());
    for (Operation op : plan.operations) {
      t.addMethod(MethodSpec.methodBuilder(ModelPlan.methodName(op))
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(returns(op, async))
          .addParameter(plan.request(op), "request")
          .addStatement("return invoker.invoke($T.$L(), request)", JavaNames.OPERATIONS, ModelPlan.methodName(op))
          .build());
    }
    if (!plan.waiters.isEmpty()) {
      ClassName waiter = ClassName.get(JavaNames.WAITERS_PKG, async ? "SageMakerAsyncWaiter"
          : "SageMakerWaiter");
      t.addMethod(MethodSpec.methodBuilder("waiter")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(waiter)
          .addStatement("return $T.create(this, invoker.sleeper())", waiter)
          .build());
    }
    t.addMethod(MethodSpec.methodBuilder("close")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addStatement("invoker.close()")
        .build());
    t.addMethod(MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $S + invoker + $S", iface + "(", ")")
        .build());
    return t.build();
  }

  private void addPaginatorMethods(TypeSpec.Builder t, boolean async) {
    for (Extras.Paginator p : plan.paginators) {
      Operation op = plan.operation(p.operation());
      ClassName type = ClassName.get(JavaNames.PAGINATORS_PKG, PaginatorEmitter.paginatorClassName(p, async));
      String name = ModelPlan.methodName(op) + "Paginator";
      t.addMethod(MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
          .returns(type)
          .addParameter(plan.request(op), "request")
          .addJavadoc("Every page of {@code $L}, starting from {@code request}, fetched lazily$L;"
              + " {@link $T#$L()} gives the items. Nothing is sent until $L.\n", op.name(),
              async ? " as the subscriber asks" : "", type,
              Naming.memberName(p.resultKey()), async ? "a subscriber asks" : "iteration starts")
          .addStatement("return new $T(this, request)", type)
          .build());
      t.addMethod(MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
          .returns(type)
          .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class),
              plan.request(op).nestedClass("Builder")), "request")
          .addJavadoc("Every page of {@code $L}, starting from the request {@code request}"
              + " builds.\n", op.name())
          .addStatement("return $L($T.builder().applyMutation(request).build())", name,
              plan.request(op))
          .build());
    }
  }

}
