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
 * Writes the waiters of the generated operations, from the model's {@code waiters-2.json} and
 * the project's {@code extra-waiters.json}: their definitions, and the sync and async waiter
 * classes, each method one line into the hand-written engine.
 */
final class WaiterEmitter {
  private final ModelPlan plan;

  WaiterEmitter(ModelPlan plan) {
    this.plan = plan;
  }

  List<JavaFile> emit() {
    if (plan.waiters.isEmpty()) {
      return List.of();
    }
    return List.of(JavaNames.file(JavaNames.CLIENT_INTERNAL_PKG, waiterDefinitions()),
        JavaNames.file(JavaNames.WAITERS_PKG, waiterClass(false)),
        JavaNames.file(JavaNames.WAITERS_PKG, waiterClass(true)));
  }

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
          .add("$T.builder($S, $S, $T.ofSeconds($L), $L)", JavaNames.WAITER_DEFINITION, w.name(),
              w.operation(), java.time.Duration.class, w.delaySeconds(), w.maxAttempts());
      for (Extras.Acceptor a : w.acceptors()) {
        String state = a.state().toUpperCase(java.util.Locale.ROOT);
        if (a.matcher().equals("error")) {
          init.add("\n$>.error($S, $T.State.$L)$<", a.expected().asText(), JavaNames.WAITER_DEFINITION,
              state);
        } else {
          Object expected = a.expected().isTextual() ? com.squareup.javapoet.CodeBlock.of("$S",
              a.expected().asText()) : a.expected().toString();
          init.add("\n$>.$L($S, $L, $T.State.$L)$<", a.matcher(), a.argument(), expected,
              JavaNames.WAITER_DEFINITION, state);
        }
      }
      init.add("\n$>.build()$<");
      t.addField(FieldSpec.builder(JavaNames.WAITER_DEFINITION, waiterConstant(w), Modifier.PUBLIC,
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
    ClassName self = ClassName.get(JavaNames.WAITERS_PKG, name);
    ClassName client = ClassName.get(JavaNames.CLIENT_PKG, async ? "SageMakerAsyncClient"
        : "SageMakerClient");
    ClassName delayer = JavaNames.ASYNC_SLEEPER;
    TypeSpec.Builder t = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Waits until SageMaker resources reach a state, by polling$L. Get one from"
            + " {@code client.waiter()}. A failure state, the most polls or the time limit end the"
            + " wait with a {@link $T}; an error no acceptor expects ends it with that error.\n"
            + "\n<pre>{@code\n$L}</pre>\n",
            async ? " without blocking a thread" : "", ClassName.get(JavaNames.WAITERS_PKG,
                "WaiterException"),
            async ? "sageMaker.waiter().waitUntilEndpointInService(r -> r.endpointName(\"churn\"))\n"
                + "    .thenAccept(w -> log.info(\"in service after {} polls\", w.attempts()));\n"
                : "WaiterResponse<DescribeEndpointResponse> done = sageMaker.waiter()\n"
                + "    .waitUntilEndpointInService(r -> r.endpointName(\"churn\"));\n")
        .addField(client, "client", Modifier.PRIVATE, Modifier.FINAL)
        .addField(async ? delayer : JavaNames.SLEEPER, async ? "delayer" : "sleeper", Modifier.PRIVATE,
            Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
            .addParameter(client, "client")
            .addParameter(async ? delayer : JavaNames.SLEEPER, async ? "delayer" : "sleeper")
            .addStatement("this.client = client")
            .addStatement(async ? "this.delayer = delayer" : "this.sleeper = sleeper")
            .build());
    if (async) {
      t.addMethod(MethodSpec.methodBuilder("create")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
          .addParameter(client, "client")
          .addJavadoc("A waiter on {@code client}, waiting on the JDK's shared delayed"
              + " executor.\n\n@param client the client that polls\n@return the waiter\n")
          .addStatement("return new $T(client, $T.jdkSleeper())", self,
              JavaNames.WAITERS_ENGINE).build());
      t.addMethod(MethodSpec.methodBuilder("create")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
          .addParameter(client, "client").addParameter(delayer, "sleeper")
          .addJavadoc("A waiter on {@code client}, waiting between polls with {@code sleeper}.\n"
              + "\n@param client the client that polls\n@param sleeper how to wait\n"
              + "@return the waiter\n")
          .addStatement("return new $T(client, sleeper)", self).build());
    } else {
      t.addMethod(MethodSpec.methodBuilder("create")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
          .addParameter(client, "client")
          .addJavadoc("A waiter on {@code client} that sleeps the calling thread between"
              + " polls.\n\n@param client the client that polls\n@return the waiter\n")
          .addStatement("return new $T(client, $T.THREAD_SLEEP)", self, JavaNames.SLEEPER).build());
      t.addMethod(MethodSpec.methodBuilder("create")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
          .addParameter(client, "client").addParameter(JavaNames.SLEEPER, "sleeper")
          .addJavadoc("A waiter on {@code client} that waits between polls with {@code"
              + " sleeper}.\n\n@param client the client that polls\n@param sleeper how to wait\n"
              + "@return the waiter\n")
          .addStatement("return new $T(client, sleeper)", self).build());
    }
    for (Extras.Waiter w : plan.waiters) {
      Operation op = plan.operation(w.operation());
      ClassName request = plan.request(op);
      TypeName result = ParameterizedTypeName.get(JavaNames.WAITER_RESPONSE, plan.response(op));
      if (async) {
        result = ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), result);
      }
      String method = "waitUntil" + w.name();
      String doc = waiterDoc(w);
      t.addMethod(MethodSpec.methodBuilder(method)
          .addModifiers(Modifier.PUBLIC).returns(result)
          .addParameter(request, "request")
          .addJavadoc("$L", doc)
          .addStatement("return $L(request, $T.none())", method, JavaNames.WAITER_OVERRIDES).build());
      t.addMethod(MethodSpec.methodBuilder(method)
          .addModifiers(Modifier.PUBLIC).returns(result)
          .addParameter(request, "request").addParameter(JavaNames.WAITER_OVERRIDES, "overrides")
          .addJavadoc("$L\n@param overrides the delay, most polls or time limit of this wait\n",
              doc)
          .addStatement(async
              ? "return $T.awaitAsync(client::$L, request, $T.$L, overrides, delayer)"
              : "return $T.await(client::$L, request, $T.$L, overrides, sleeper)",
              JavaNames.WAITERS_ENGINE, ModelPlan.methodName(op), JavaNames.WAITER_DEFINITIONS, waiterConstant(w)).build());
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
              JavaNames.WAITER_OVERRIDES.nestedClass("Builder")), "overrides")
          .addJavadoc("$L\n@param overrides changes the delay, most polls or time limit of this"
              + " wait\n", doc)
          .addStatement("$T.Builder o = $T.builder()", JavaNames.WAITER_OVERRIDES, JavaNames.WAITER_OVERRIDES)
          .addStatement("overrides.accept(o)")
          .addStatement("return $L($T.builder().applyMutation(request).build(), o.build())",
              method, request).build());
    }
    return t.build();
  }
}
