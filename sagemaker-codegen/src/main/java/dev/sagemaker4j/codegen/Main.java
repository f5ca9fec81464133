package dev.sagemaker4j.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Regenerates the committed sources from the service model.
 *
 * <pre>
 * Main --service-model ../shared/service-model --root .
 * </pre>
 *
 * <p>{@code --root} is the repository: every operation of the model is generated but those held
 * back in {@code sagemaker-codegen/held-back.txt} there; the project's own waiters come from {@code
 * sagemaker-codegen/extra-waiters.json} (beside the model's {@code waiters-2.json}), where the
 * model comes from is in {@code sagemaker-codegen/model-snapshot.properties} (checked against
 * the model's hash: see {@link Snapshot}), and sources are written to {@code
 * sagemaker-model/src/generated/java}, {@code sagemaker-client/src/generated/java} and {@code
 * sagemaker-testing/src/generated/java}.
 */
public final class Main {
  /** The model module's committed API baseline, relative to the repository. */
  static final String MODEL_API = "sagemaker-model/api/sagemaker-model.api";
  /** What the model marks deprecated, for the model module's tests. */
  static final String MODEL_DEPRECATED = "sagemaker-model/src/generated/deprecated.txt";
  /** The packages the model module exports. */
  static final List<String> MODEL_PACKAGES =
      List.of(JavaNames.MODEL_PKG, JavaNames.MODEL_PKG + ".json");

  private Main() {}

  /**
   * What of the baseline's generated types the sources about to be written lack: a type the
   * generator wrote before (no hand-written source of that name) that is gone or changed.
   */
  static List<String> generatedBreaks(ApiDump published, List<com.squareup.javapoet.JavaFile>
      files, Path root) {
    ApiDump generated = ApiDump.ofGenerated(files, MODEL_PACKAGES);
    List<String> out = new java.util.ArrayList<>();
    for (String b : published.breaks(generated)) {
      String type = b.substring(0, b.indexOf(':'));
      String topLevel = type.contains("$") ? type.substring(0, type.indexOf('$')) : type;
      Path handWritten = root.resolve("sagemaker-model/src/main/java/"
          + topLevel.replace('.', '/') + ".java");
      if (!Files.exists(handWritten)) {
        out.add(b);
      }
    }
    return out;
  }

  public static void main(String[] args) throws Exception {
    Path serviceModel = null;
    Path root = Path.of(".");
    boolean acceptBreaks = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--service-model" -> serviceModel = Path.of(args[++i]);
        case "--root" -> root = Path.of(args[++i]);
        case "--accept-api-breaks" -> acceptBreaks = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; usage: --service-model DIR [--root REPOSITORY] [--accept-api-breaks]");
      }
    }
    if (serviceModel == null || !Files.isDirectory(serviceModel)) {
      throw new IllegalArgumentException(
          "--service-model must name the folder holding service-2.json, was " + serviceModel);
    }
    ServiceModel model = ServiceModel.read(serviceModel);
    Snapshot snapshot = Snapshot.read(root.resolve(Snapshot.FILE), serviceModel);
    List<String> operations = Generator.allBut(model,
        Generator.readHeldBack(root.resolve("sagemaker-codegen/held-back.txt")));
    Extras extras = Extras.read(
        List.of(serviceModel.resolve("waiters-2.json"),
            root.resolve("sagemaker-codegen/extra-waiters.json")),
        serviceModel.resolve("paginators-1.json"));
    Policies policies = Policies.read(root.resolve("sagemaker-codegen/operation-policies.json"));
    Path apiFile = root.resolve(MODEL_API);
    ApiDump published = Files.exists(apiFile) ? ApiDump.read(apiFile) : null;
    ApiBaseline baseline = published == null ? ApiBaseline.NONE
        : (type, accessor) -> published.plainAccessor(JavaNames.MODEL_PKG + "." + type, accessor);
    Generator generator = new Generator(model, operations, extras, baseline, policies);
    var modelFiles = generator.modelSources();
    if (published != null) {
      List<String> breaks = generatedBreaks(published, modelFiles, root);
      if (!breaks.isEmpty() && !acceptBreaks) {
        throw new IllegalStateException("regenerating would break the published API of"
            + " sagemaker-model (" + MODEL_API + "), so a user's code would stop compiling:\n  "
            + String.join("\n  ", breaks) + "\nIf that is intended (a major release), run again"
            + " with --accept-api-breaks and update the baseline.");
      }
    }
    modelFiles.add(snapshot.javaFile());
    Generator.write(root.resolve("sagemaker-model/src/generated/java"), modelFiles);
    Files.writeString(root.resolve(MODEL_DEPRECATED), generator.deprecatedList());
    var clientFiles = generator.clientSources();
    Generator.write(root.resolve("sagemaker-client/src/generated/java"), clientFiles);
    var testingFiles = generator.testingSources();
    Generator.write(root.resolve("sagemaker-testing/src/generated/java"), testingFiles);
    System.out.printf("sagemaker4j-codegen: %d operations, %d model, %d client and %d test-kit"
        + " sources%n", operations.size(), modelFiles.size(), clientFiles.size(),
        testingFiles.size());
  }
}
