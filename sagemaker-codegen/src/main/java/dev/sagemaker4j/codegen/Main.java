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
 * <p>{@code --root} is the repository: the operation list is read from {@code
 * sagemaker-codegen/operations.txt} there, the project's own waiters from {@code
 * sagemaker-codegen/extra-waiters.json} (beside the model's {@code waiters-2.json}), and sources are written to {@code
 * sagemaker-model/src/generated/java}, {@code sagemaker-client/src/generated/java} and {@code
 * sagemaker-testing/src/generated/java}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    Path serviceModel = null;
    Path root = Path.of(".");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--service-model" -> serviceModel = Path.of(args[++i]);
        case "--root" -> root = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; usage: --service-model DIR [--root REPOSITORY]");
      }
    }
    if (serviceModel == null || !Files.isDirectory(serviceModel)) {
      throw new IllegalArgumentException(
          "--service-model must name the folder holding service-2.json, was " + serviceModel);
    }
    ServiceModel model = ServiceModel.read(serviceModel);
    List<String> operations = Generator.readOperations(
        root.resolve("sagemaker-codegen/operations.txt"));
    Extras extras = Extras.read(
        List.of(serviceModel.resolve("waiters-2.json"),
            root.resolve("sagemaker-codegen/extra-waiters.json")),
        serviceModel.resolve("paginators-1.json"));
    Policies policies = Policies.read(root.resolve("sagemaker-codegen/operation-policies.json"));
    Generator generator = new Generator(model, operations, extras, ApiBaseline.NONE, policies);
    var modelFiles = generator.modelSources();
    Generator.write(root.resolve("sagemaker-model/src/generated/java"), modelFiles);
    var clientFiles = generator.clientSources();
    Generator.write(root.resolve("sagemaker-client/src/generated/java"), clientFiles);
    var testingFiles = generator.testingSources();
    Generator.write(root.resolve("sagemaker-testing/src/generated/java"), testingFiles);
    System.out.printf("sagemaker4j-codegen: %d operations, %d model, %d client and %d test-kit"
        + " sources%n", operations.size(), modelFiles.size(), clientFiles.size(),
        testingFiles.size());
  }
}
