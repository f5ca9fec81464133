package dev.sagemaker4j.codegen;

import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import javax.lang.model.element.Modifier;

/**
 * Which service model the sources are generated from: where it was taken ({@code botocore
 * 1.43.107}, from the committed {@code sagemaker-codegen/model-snapshot.properties}, since the
 * model files do not say) and the SHA-256 of its {@code service-2.json}, which the file records
 * and the generator checks, so that a model update cannot be taken in with stale facts. The
 * generated {@code dev.sagemaker4j.model.internal.ModelSnapshot} carries both; every {@code
 * ConstraintViolationException} names them.
 */
record Snapshot(String source, String sha256) {
  /** The committed facts, relative to the repository. */
  static final String FILE = "sagemaker-codegen/model-snapshot.properties";
  static final String SOURCE_KEY = "source";
  static final String SHA256_KEY = "service-2.json.sha256";

  Snapshot {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException(FILE + " needs " + SOURCE_KEY + "=, such as"
          + " botocore 1.43.107");
    }
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(FILE + " needs " + SHA256_KEY + "= the 64 lower-case"
          + " hex digits of service-2.json's SHA-256, was " + sha256);
    }
  }

  /** The facts in {@code file}, which must hold the hash of {@code serviceModel}'s model. */
  static Snapshot read(Path file, Path serviceModel) throws IOException {
    Snapshot recorded = read(file);
    String actual = sha256(serviceModel.resolve("service-2.json"));
    if (!actual.equals(recorded.sha256)) {
      throw new IllegalStateException(FILE + " says the model is " + recorded.source + " with "
          + SHA256_KEY + "=" + recorded.sha256 + ", but " + serviceModel.resolve("service-2.json")
          + " has " + actual + ". A new model is being taken in: set " + SHA256_KEY + "="
          + actual + " and " + SOURCE_KEY + "= where it comes from (the botocore version) in "
          + FILE + ", then regenerate.");
    }
    return recorded;
  }

  /** The facts in {@code file}, unchecked. */
  static Snapshot read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + " is missing: it names the service model the sources are"
          + " generated from (" + SOURCE_KEY + "=, " + SHA256_KEY + "=)");
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return new Snapshot(p.getProperty(SOURCE_KEY, "").trim(),
        p.getProperty(SHA256_KEY, "").trim());
  }

  /** The SHA-256 of a file, in lower-case hex. */
  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The snapshot in a few words: {@code botocore 1.43.107, service model sha256 1a2b3c4d}. */
  String description() {
    return source + ", service model sha256 " + sha256.substring(0, 8);
  }

  /** {@code dev.sagemaker4j.model.internal.ModelSnapshot}, which carries these facts. */
  JavaFile javaFile() {
    TypeSpec type = TypeSpec.classBuilder("ModelSnapshot")
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The SageMaker service model this SDK was generated from: the constraint"
            + " checker's rules are\nits rules. Public through {@code"
            + " ConstraintChecker.modelSnapshot()}.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(constant("source", source,
            "Where the model was taken from, such as {@code botocore 1.43.107}."))
        .addMethod(constant("serviceModelSha256", sha256,
            "The SHA-256 of the model's {@code service-2.json}, in lower-case hex."))
        .addMethod(constant("description", description(),
            "Both in a few words, as messages name the model: {@code"
                + " botocore 1.43.107, service model sha256 1a2b3c4d}."))
        .build();
    return JavaNames.file(JavaNames.MODEL_INTERNAL_PKG, type);
  }

  private static MethodSpec constant(String name, String value, String doc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addJavadoc("$L\n", doc)
        .addStatement("return $S", value)
        .build();
  }
}
