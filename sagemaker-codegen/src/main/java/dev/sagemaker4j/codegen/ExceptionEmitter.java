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

/** Writes one exception class per modeled error shape of the generated operations. */
final class ExceptionEmitter {
  private final ModelPlan plan;

  ExceptionEmitter(ModelPlan plan) {
    this.plan = plan;
  }

  List<JavaFile> emit() {
    List<JavaFile> files = new ArrayList<>();
    for (Shape error : plan.errors.values()) {
      files.add(JavaNames.file(JavaNames.EXCEPTION_PKG, exception(error)));
    }
    return files;
  }

  /** The exception class of an error shape. */
  static String exceptionName(String shape) {
    return shape.endsWith("Exception") ? shape : shape + "Exception";
  }

  /** The code on the wire: the error's declared code, else the shape's name. */
  static String errorCode(Shape error) {
    return error.errorCode() != null ? error.errorCode() : error.name();
  }

  private TypeSpec exception(Shape error) {
    String name = exceptionName(error.name());
    ClassName self = ClassName.get(JavaNames.EXCEPTION_PKG, name);
    ClassName builder = self.nestedClass("Builder");
    ClassName impl = self.nestedClass("BuilderImpl");
    ClassName superBuilder = JavaNames.SAGEMAKER_EXCEPTION.nestedClass("Builder");
    ClassName superImpl = JavaNames.SAGEMAKER_EXCEPTION.nestedClass("BuilderImpl");
    List<String> ops = new ArrayList<>();
    for (Operation op : plan.operations) {
      if (op.errors().contains(error.name())) {
        ops.add("{@code " + op.name() + "}");
      }
    }
    TypeSpec.Builder t = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(JavaNames.SAGEMAKER_EXCEPTION)
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

}
