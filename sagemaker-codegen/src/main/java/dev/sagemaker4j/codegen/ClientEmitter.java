package dev.sagemaker4j.codegen;

import com.squareup.javapoet.ClassName;
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
 * Writes the {@code sagemaker-client} sources: the sync and async client interfaces (one method
 * per operation, plus its {@code Consumer} overload), their implementations (each method one line
 * into the shared invoker), the operation catalogue, and one exception class per error shape.
 */
final class ClientEmitter {
  static final String CLIENT_PKG = "dev.sagemaker4j.client";
  static final String INTERNAL_PKG = "dev.sagemaker4j.client.internal";
  static final String EXCEPTION_PKG = "dev.sagemaker4j.client.exception";

  private static final ClassName OPERATION = ClassName.get(INTERNAL_PKG, "Operation");
  private static final ClassName OPERATIONS = ClassName.get(INTERNAL_PKG, "Operations");
  private static final ClassName SYNC_INVOKER = ClassName.get(INTERNAL_PKG, "SyncInvoker");
  private static final ClassName ASYNC_INVOKER = ClassName.get(INTERNAL_PKG, "AsyncInvoker");
  private static final ClassName SAGEMAKER_EXCEPTION =
      ClassName.get(EXCEPTION_PKG, "SageMakerException");
  private static final ClassName CONSTRAINT_VIOLATION =
      ClassName.get(ModelEmitter.MODEL_PKG, "ConstraintViolationException");
  private static final ClassName SDK_CLIENT_EXCEPTION =
      ClassName.get("software.amazon.awssdk.core.exception", "SdkClientException");
  static final String WAITERS_PKG = "dev.sagemaker4j.client.waiters";
  static final String PAGINATORS_PKG = "dev.sagemaker4j.client.paginators";
  private static final ClassName WAITER_DEFINITION = ClassName.get(INTERNAL_PKG, "WaiterDefinition");
  private static final ClassName WAITER_DEFINITIONS =
      ClassName.get(INTERNAL_PKG, "WaiterDefinitions");
  private static final ClassName WAITERS_ENGINE = ClassName.get(INTERNAL_PKG, "Waiters");
  private static final ClassName WAITER_RESPONSE = ClassName.get(WAITERS_PKG, "WaiterResponse");
  private static final ClassName WAITER_OVERRIDES = ClassName.get(WAITERS_PKG, "WaiterOverrides");
  private static final ClassName SLEEPER = ClassName.get(CLIENT_PKG, "Sleeper");
  private static final ClassName PAGINATION = ClassName.get(INTERNAL_PKG, "Pagination");
  private static final ClassName PAGE_ITERABLE = ClassName.get(PAGINATORS_PKG, "PageIterable");
  private static final ClassName PAGE_PUBLISHER = ClassName.get(PAGINATORS_PKG, "PagePublisher");
  private static final ClassName ITEM_ITERABLE = ClassName.get(PAGINATORS_PKG, "ItemIterable");
  private static final ClassName ITEM_PUBLISHER = ClassName.get(PAGINATORS_PKG, "ItemPublisher");

  private final ModelPlan plan;

  ClientEmitter(ModelPlan plan) {
    this.plan = plan;
  }

  List<JavaFile> emit() {
    List<JavaFile> files = new ArrayList<>();
    files.add(ModelEmitter.file(CLIENT_PKG, clientInterface(false)));
    files.add(ModelEmitter.file(CLIENT_PKG, clientInterface(true)));
    files.add(ModelEmitter.file(INTERNAL_PKG, implementation(false)));
    files.add(ModelEmitter.file(INTERNAL_PKG, implementation(true)));
    files.add(ModelEmitter.file(INTERNAL_PKG, operations()));
    files.add(ModelEmitter.file(INTERNAL_PKG, modeledErrors()));
    for (Shape error : plan.errors.values()) {
      files.add(ModelEmitter.file(EXCEPTION_PKG, exception(error)));
    }
    if (!plan.waiters.isEmpty()) {
      files.add(ModelEmitter.file(INTERNAL_PKG, waiterDefinitions()));
      files.add(ModelEmitter.file(WAITERS_PKG, waiterClass(false)));
      files.add(ModelEmitter.file(WAITERS_PKG, waiterClass(true)));
    }
    for (Extras.Paginator p : plan.paginators) {
      files.add(ModelEmitter.file(PAGINATORS_PKG, paginatorClass(p, false)));
      files.add(ModelEmitter.file(PAGINATORS_PKG, paginatorClass(p, true)));
    }
    return files;
  }

  static String exceptionName(String shape) {
    return shape.endsWith("Exception") ? shape : shape + "Exception";
  }

  /** The code on the wire: the error's declared code, else the shape's name. */
  static String errorCode(Shape error) {
    return error.errorCode() != null ? error.errorCode() : error.name();
  }

  private static String methodName(Operation op) {
    return Naming.memberName(op.name());
  }

  private static String constant(Operation op) {
    return String.join("_", Naming.splitOnWordBoundaries(op.name()))
        .toUpperCase(java.util.Locale.ROOT);
  }

  private ClassName request(Operation op) {
    return ClassName.get(ModelEmitter.MODEL_PKG, plan.typeName(plan.inputOf.get(op.name())));
  }

  private ClassName response(Operation op) {
    return ClassName.get(ModelEmitter.MODEL_PKG, plan.typeName(plan.outputOf.get(op.name())));
  }

  private TypeName returns(Operation op, boolean async) {
    return async ? ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), response(op))
        : response(op);
  }

  // ---------------------------------------------------------------- interfaces

  private TypeSpec clientInterface(boolean async) {
    String name = async ? "SageMakerAsyncClient" : "SageMakerClient";
    ClassName self = ClassName.get(CLIENT_PKG, name);
    ClassName builder = ClassName.get(CLIENT_PKG, name + "Builder");
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
      ClassName request = request(op);
      MethodSpec.Builder m = MethodSpec.methodBuilder(methodName(op))
          .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
          .returns(returns(op, async))
          .addParameter(request, "request")
          .addJavadoc("$L", operationDoc(op, async, false))
          .addStatement("throw new $T()", UnsupportedOperationException.class);
      if (op.deprecated()) {
        m.addAnnotation(Deprecated.class);
      }
      t.addMethod(m.build());
      MethodSpec.Builder c = MethodSpec.methodBuilder(methodName(op))
          .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
          .returns(returns(op, async))
          .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class),
              request.nestedClass("Builder")), "request")
          .addJavadoc("$L", operationDoc(op, async, true))
          .addStatement("return $L($T.builder().applyMutation(request).build())",
              methodName(op), request);
      if (op.deprecated()) {
        c.addAnnotation(Deprecated.class);
      }
      t.addMethod(c.build());
    }
    addPaginatorMethods(t, async);
    if (!plan.waiters.isEmpty()) {
      ClassName waiter = ClassName.get(WAITERS_PKG, async ? "SageMakerAsyncWaiter"
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
        errors.add("{@link " + EXCEPTION_PKG + "." + exceptionName(e) + "}");
      }
      if (!errors.isEmpty()) {
        doc.append(", among them ").append(String.join(", ", errors));
      }
      doc.append('\n');
      return doc.toString();
    }
    doc.append("@return the service's response\n");
    for (String e : op.errors()) {
      doc.append("@throws ").append(EXCEPTION_PKG).append('.').append(exceptionName(e))
          .append(" when SageMaker answers {@code ").append(errorCode(plan.errors.get(e)))
          .append("}\n");
    }
    doc.append("@throws ").append(SAGEMAKER_EXCEPTION).append(" for any other error SageMaker"
        + " answers with, such as {@code ValidationException}\n");
    doc.append("@throws ").append(CONSTRAINT_VIOLATION).append(" when the request breaks the"
        + " service model's rules; nothing is sent\n");
    doc.append("@throws ").append(SDK_CLIENT_EXCEPTION).append(" when SageMaker could not be"
        + " reached or its answer read, or a timeout passed\n");
    return doc.toString();
  }

  // ---------------------------------------------------------------- implementations

  private TypeSpec implementation(boolean async) {
    String iface = async ? "SageMakerAsyncClient" : "SageMakerClient";
    ClassName invoker = async ? ASYNC_INVOKER : SYNC_INVOKER;
    TypeSpec.Builder t = TypeSpec.classBuilder("Default" + iface)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ClassName.get(CLIENT_PKG, iface))
        .addJavadoc("The {@link $T}: each operation is one line into the shared invoker.\n",
            ClassName.get(CLIENT_PKG, iface))
        .addField(FieldSpec.builder(invoker, "invoker", Modifier.PRIVATE, Modifier.FINAL).build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(invoker, "invoker")
            .addStatement("this.invoker = invoker")
            .build());
    for (Operation op : plan.operations) {
      t.addMethod(MethodSpec.methodBuilder(methodName(op))
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(returns(op, async))
          .addParameter(request(op), "request")
          .addStatement("return invoker.invoke($T.$L(), request)", OPERATIONS, methodName(op))
          .build());
    }
    if (!plan.waiters.isEmpty()) {
      ClassName waiter = ClassName.get(WAITERS_PKG, async ? "SageMakerAsyncWaiter"
          : "SageMakerWaiter");
      t.addMethod(MethodSpec.methodBuilder("waiter")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(waiter)
          .addStatement("return $T.create(this, invoker.$L())", waiter,
              async ? "scheduler" : "sleeper")
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

  private TypeSpec operations() {
    TypeSpec.Builder t = TypeSpec.classBuilder("Operations")
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The generated operations. Each is made on first use, so a call loads only the"
            + " schemas of the operation it makes.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Operation op : plan.operations) {
      ParameterizedTypeName type = ParameterizedTypeName.get(OPERATION, request(op), response(op));
      String holder = Naming.capitalize(methodName(op)) + "Holder";
      ClassName in = ClassName.get(ModelEmitter.SCHEMA_PKG, request(op).simpleName() + "Schema");
      ClassName out = ClassName.get(ModelEmitter.SCHEMA_PKG, response(op).simpleName() + "Schema");
      t.addType(TypeSpec.classBuilder(holder)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addField(FieldSpec.builder(type, constant(op), Modifier.STATIC, Modifier.FINAL)
              .initializer("new $T<>($S, $S, $T.INSTANCE, $T.INSTANCE)", OPERATION, op.name(),
                  plan.model.targetPrefix, in, out)
              .build())
          .build());
      t.addMethod(MethodSpec.methodBuilder(methodName(op))
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(type)
          .addJavadoc("{@code $L}.\n", op.name())
          .addStatement("return $L.$L", holder, constant(op))
          .build());
    }
    return t.build();
  }

  private TypeSpec modeledErrors() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("builderFor")
        .addModifiers(Modifier.STATIC)
        .returns(SAGEMAKER_EXCEPTION.nestedClass("Builder"))
        .addParameter(ClassName.get(String.class).annotated(ModelEmitter.NULLABLE), "code")
        .addJavadoc("A builder of the exception for an error code: the modeled one's, or {@link"
            + " $T}'s.\n", SAGEMAKER_EXCEPTION)
        .beginControlFlow("if (code == null)")
        .addStatement("return $T.builder()", SAGEMAKER_EXCEPTION)
        .endControlFlow()
        .beginControlFlow("switch (code)");
    for (Shape e : plan.errors.values()) {
      m.addCode("case $S:\n", errorCode(e))
          .addStatement("$>return $T.builder()$<",
              ClassName.get(EXCEPTION_PKG, exceptionName(e.name())));
    }
    m.addCode("default:\n").addStatement("$>return $T.builder()$<", SAGEMAKER_EXCEPTION)
        .endControlFlow();
    return TypeSpec.classBuilder("ModeledErrors")
        .addModifiers(Modifier.FINAL)
        .addJavadoc("The service's modeled error codes and their exceptions.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(m.build())
        .build();
  }

  // ---------------------------------------------------------------- exceptions

  private TypeSpec exception(Shape error) {
    String name = exceptionName(error.name());
    ClassName self = ClassName.get(EXCEPTION_PKG, name);
    ClassName builder = self.nestedClass("Builder");
    ClassName impl = self.nestedClass("BuilderImpl");
    ClassName superBuilder = SAGEMAKER_EXCEPTION.nestedClass("Builder");
    ClassName superImpl = SAGEMAKER_EXCEPTION.nestedClass("BuilderImpl");
    List<String> ops = new ArrayList<>();
    for (Operation op : plan.operations) {
      if (op.errors().contains(error.name())) {
        ops.add("{@code " + op.name() + "}");
      }
    }
    TypeSpec.Builder t = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(SAGEMAKER_EXCEPTION)
        .addJavadoc("SageMaker answered with error code {@code $L}. Operations that declare it: $L.\n",
            errorCode(error), String.join(", ", ops))
        .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE,
            Modifier.STATIC, Modifier.FINAL).initializer("1L").build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
            .addParameter(impl, "builder").addStatement("super(builder)").build())
        .addMethod(MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
            .addStatement("return new $T()", impl).build())
        .addMethod(MethodSpec.methodBuilder("toBuilder").addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC).returns(builder)
            .addStatement("return new $T(this)", impl).build());

    TypeSpec.Builder iface = TypeSpec.interfaceBuilder("Builder")
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(superBuilder)
        .addJavadoc("Builds a {@link $T}.\n", self);
    TypeSpec.Builder b = TypeSpec.classBuilder("BuilderImpl")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(superImpl)
        .addSuperinterface(builder)
        .addMethod(MethodSpec.constructorBuilder().build())
        .addMethod(MethodSpec.constructorBuilder().addParameter(self, "e")
            .addStatement("super(e)").build());
    String[][] setters = {
        {"awsErrorDetails", "software.amazon.awssdk.awscore.exception.AwsErrorDetails"},
        {"message", "java.lang.String"}, {"cause", "java.lang.Throwable"},
        {"requestId", "java.lang.String"}, {"extendedRequestId", "java.lang.String"},
        {"statusCode", "int"}, {"numAttempts", "java.lang.Integer"}};
    for (String[] s : setters) {
      TypeName param = s[1].equals("int") ? TypeName.INT : ClassName.bestGuess(s[1]);
      iface.addMethod(MethodSpec.methodBuilder(s[0]).addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT).returns(builder)
          .addParameter(param, "value").build());
      b.addMethod(MethodSpec.methodBuilder(s[0]).addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC).returns(builder).addParameter(param, "value")
          .addStatement("super.$L(value)", s[0]).addStatement("return this").build());
    }
    iface.addMethod(MethodSpec.methodBuilder("build").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT).returns(self).build());
    b.addMethod(MethodSpec.methodBuilder("build").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(self)
        .addStatement("return new $T(this)", self).build());
    t.addType(iface.build());
    t.addType(b.build());
    return t.build();
  }

  // ---------------------------------------------------------------- paginators

  private Operation operation(String name) {
    return plan.operations.stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
  }

  private TypeName itemType(Extras.Paginator p) {
    Shape out = plan.shape(plan.outputOf.get(p.operation()));
    Shape list = plan.shape(out.members().get(p.resultKey()).target());
    return MemberInfo.valueType(plan, list.listMember());
  }

  private static String paginatorClassName(Extras.Paginator p, boolean async) {
    return p.operation() + (async ? "Publisher" : "Iterable");
  }

  private void addPaginatorMethods(TypeSpec.Builder t, boolean async) {
    for (Extras.Paginator p : plan.paginators) {
      Operation op = operation(p.operation());
      ClassName type = ClassName.get(PAGINATORS_PKG, paginatorClassName(p, async));
      String name = methodName(op) + "Paginator";
      t.addMethod(MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
          .returns(type)
          .addParameter(request(op), "request")
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
              request(op).nestedClass("Builder")), "request")
          .addJavadoc("Every page of {@code $L}, starting from the request {@code request}"
              + " builds.\n", op.name())
          .addStatement("return $L($T.builder().applyMutation(request).build())", name,
              request(op))
          .build());
    }
  }

  private TypeSpec paginatorClass(Extras.Paginator p, boolean async) {
    Operation op = operation(p.operation());
    ClassName request = request(op);
    ClassName response = response(op);
    TypeName item = itemType(p);
    String client = async ? "SageMakerAsyncClient" : "SageMakerClient";
    ClassName base = async ? PAGE_PUBLISHER : PAGE_ITERABLE;
    ClassName items = async ? ITEM_PUBLISHER : ITEM_ITERABLE;
    String itemsName = Naming.memberName(p.resultKey());
    return TypeSpec.classBuilder(paginatorClassName(p, async))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(base, request, response, item))
        .addJavadoc("The pages of {@code $L}$L; see {@link $T}.\n", op.name(),
            async ? ", published as the subscriber asks" : ", fetched as iteration reaches them",
            base)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(ClassName.get(CLIENT_PKG, client), "client")
            .addParameter(request, "first")
            .addStatement("super(client::$L, first, new $T<>($T.$L(), $S, $S, $S))",
                methodName(op), PAGINATION, OPERATIONS, methodName(op), p.inputToken(),
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

  // ---------------------------------------------------------------- waiters

  private static String waiterConstant(Extras.Waiter w) {
    return String.join("_", Naming.splitOnWordBoundaries(w.name()))
        .toUpperCase(java.util.Locale.ROOT);
  }

  private TypeSpec waiterDefinitions() {
    TypeSpec.Builder t = TypeSpec.classBuilder("WaiterDefinitions")
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The waiters of the service model and of the project's extra-waiters.json.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Extras.Waiter w : plan.waiters) {
      com.squareup.javapoet.CodeBlock.Builder init = com.squareup.javapoet.CodeBlock.builder()
          .add("$T.builder($S, $S, $T.ofSeconds($L), $L)", WAITER_DEFINITION, w.name(),
              w.operation(), java.time.Duration.class, w.delaySeconds(), w.maxAttempts());
      for (Extras.Acceptor a : w.acceptors()) {
        String state = a.state().toUpperCase(java.util.Locale.ROOT);
        if (a.matcher().equals("error")) {
          init.add("\n$>.error($S, $T.State.$L)$<", a.expected().asText(), WAITER_DEFINITION,
              state);
        } else {
          Object expected = a.expected().isTextual() ? com.squareup.javapoet.CodeBlock.of("$S",
              a.expected().asText()) : a.expected().toString();
          init.add("\n$>.$L($S, $L, $T.State.$L)$<", a.matcher(), a.argument(), expected,
              WAITER_DEFINITION, state);
        }
      }
      init.add("\n$>.build()$<");
      t.addField(FieldSpec.builder(WAITER_DEFINITION, waiterConstant(w), Modifier.PUBLIC,
              Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("From $L.\n", w.source())
          .initializer(init.build())
          .build());
    }
    return t.build();
  }

  private static String waiterDoc(Extras.Waiter w) {
    List<String> success = new ArrayList<>();
    List<String> failure = new ArrayList<>();
    for (Extras.Acceptor a : w.acceptors()) {
      String text = a.matcher().equals("error") ? "on error {@code " + a.expected().asText() + "}"
          : "when {@code " + a.argument() + "} is {@code " + a.expected().asText() + "}";
      if (a.state().equals("success")) {
        success.add(text);
      } else if (a.state().equals("failure")) {
        failure.add(text);
      }
    }
    return "Polls {@code " + w.operation() + "} every " + w.delaySeconds() + " s, at most "
        + w.maxAttempts() + " times: succeeds " + String.join(" or ", success)
        + (failure.isEmpty() ? "" : "; fails " + String.join(" or ", failure)) + ".\n";
  }

  private TypeSpec waiterClass(boolean async) {
    String name = async ? "SageMakerAsyncWaiter" : "SageMakerWaiter";
    ClassName self = ClassName.get(WAITERS_PKG, name);
    ClassName client = ClassName.get(CLIENT_PKG, async ? "SageMakerAsyncClient"
        : "SageMakerClient");
    ClassName scheduler = ClassName.get(java.util.concurrent.ScheduledExecutorService.class);
    ClassName delayer = WAITERS_ENGINE.nestedClass("Delayer");
    TypeSpec.Builder t = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Waits until SageMaker resources reach a state, by polling$L. Get one from"
            + " {@code client.waiter()}. A failure state, the most polls or the time limit end the"
            + " wait with a {@link $T}; an error no acceptor expects ends it with that error.\n"
            + "\n<pre>{@code\n$L}</pre>\n",
            async ? " without blocking a thread" : "", ClassName.get(WAITERS_PKG,
                "WaiterException"),
            async ? "sageMaker.waiter().waitUntilEndpointInService(r -> r.endpointName(\"churn\"))\n"
                + "    .thenAccept(w -> log.info(\"in service after {} polls\", w.attempts()));\n"
                : "WaiterResponse<DescribeEndpointResponse> done = sageMaker.waiter()\n"
                + "    .waitUntilEndpointInService(r -> r.endpointName(\"churn\"));\n")
        .addField(client, "client", Modifier.PRIVATE, Modifier.FINAL)
        .addField(async ? delayer : SLEEPER, async ? "delayer" : "sleeper", Modifier.PRIVATE,
            Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
            .addParameter(client, "client")
            .addParameter(async ? delayer : SLEEPER, async ? "delayer" : "sleeper")
            .addStatement("this.client = client")
            .addStatement(async ? "this.delayer = delayer" : "this.sleeper = sleeper")
            .build());
    if (async) {
      t.addMethod(MethodSpec.methodBuilder("create")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
          .addParameter(client, "client")
          .addJavadoc("A waiter on {@code client}, waiting on the JDK's shared delayed"
              + " executor.\n")
          .addStatement("return new $T(client, $T.jdk())", self, delayer).build());
      t.addMethod(MethodSpec.methodBuilder("create")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
          .addParameter(client, "client").addParameter(scheduler, "scheduler")
          .addJavadoc("A waiter on {@code client}, waiting on {@code scheduler}.\n")
          .addStatement("return new $T(client, (delay, task) -> scheduler.schedule(task,"
              + " delay.toNanos(), $T.NANOSECONDS))", self,
              java.util.concurrent.TimeUnit.class).build());
    } else {
      t.addMethod(MethodSpec.methodBuilder("create")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
          .addParameter(client, "client")
          .addJavadoc("A waiter on {@code client} that sleeps the calling thread between"
              + " polls.\n")
          .addStatement("return new $T(client, $T.THREAD_SLEEP)", self, SLEEPER).build());
      t.addMethod(MethodSpec.methodBuilder("create")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
          .addParameter(client, "client").addParameter(SLEEPER, "sleeper")
          .addJavadoc("A waiter on {@code client} that waits between polls with {@code"
              + " sleeper}.\n")
          .addStatement("return new $T(client, sleeper)", self).build());
    }
    for (Extras.Waiter w : plan.waiters) {
      Operation op = operation(w.operation());
      ClassName request = request(op);
      TypeName result = ParameterizedTypeName.get(WAITER_RESPONSE, response(op));
      if (async) {
        result = ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), result);
      }
      String method = "waitUntil" + w.name();
      String doc = waiterDoc(w);
      t.addMethod(MethodSpec.methodBuilder(method)
          .addModifiers(Modifier.PUBLIC).returns(result)
          .addParameter(request, "request")
          .addJavadoc("$L", doc)
          .addStatement("return $L(request, $T.none())", method, WAITER_OVERRIDES).build());
      t.addMethod(MethodSpec.methodBuilder(method)
          .addModifiers(Modifier.PUBLIC).returns(result)
          .addParameter(request, "request").addParameter(WAITER_OVERRIDES, "overrides")
          .addJavadoc("$L\n@param overrides the delay, most polls or time limit of this wait\n",
              doc)
          .addStatement(async
              ? "return $T.awaitAsync(client::$L, request, $T.$L, overrides, delayer)"
              : "return $T.await(client::$L, request, $T.$L, overrides, sleeper)",
              WAITERS_ENGINE, methodName(op), WAITER_DEFINITIONS, waiterConstant(w)).build());
      t.addMethod(MethodSpec.methodBuilder(method)
          .addModifiers(Modifier.PUBLIC).returns(result)
          .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class),
              request.nestedClass("Builder")), "request")
          .addJavadoc("$L", doc)
          .addStatement("return $L($T.builder().applyMutation(request).build())", method,
              request).build());
      t.addMethod(MethodSpec.methodBuilder(method)
          .addModifiers(Modifier.PUBLIC).returns(result)
          .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class),
              request.nestedClass("Builder")), "request")
          .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class),
              WAITER_OVERRIDES.nestedClass("Builder")), "overrides")
          .addJavadoc("$L\n@param overrides changes the delay, most polls or time limit of this"
              + " wait\n", doc)
          .addStatement("$T.Builder o = $T.builder()", WAITER_OVERRIDES, WAITER_OVERRIDES)
          .addStatement("overrides.accept(o)")
          .addStatement("return $L($T.builder().applyMutation(request).build(), o.build())",
              method, request).build());
    }
    return t.build();
  }
}
