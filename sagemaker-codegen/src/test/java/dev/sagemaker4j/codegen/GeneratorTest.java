package dev.sagemaker4j.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.javapoet.JavaFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Generates from a small hand-written model ({@code src/test/resources/mini}: a service, its
 * waiters and paginators, in botocore's formats but made up for these tests) and compares every
 * file with the expected output under {@code mini/expected}. After an intended change to the
 * generator, refresh them with {@code mvn -pl sagemaker-codegen test -Dcodegen.update=true} and
 * read the diff.
 */
class GeneratorTest {
  private static final Path EXPECTED = Path.of("src/test/resources/mini/expected");

  private static final List<String> MINI_OPERATIONS =
      List.of("CreateWidget", "DeleteWidget", "DescribeWidget", "ListWidgets");

  static Extras miniExtras() throws IOException {
    Path dir = Path.of("src/test/resources/mini");
    return Extras.read(List.of(dir.resolve("mini-waiters.json")),
        dir.resolve("mini-paginators.json"));
  }

  static ServiceModel mini() throws IOException {
    try (InputStream in = GeneratorTest.class.getResourceAsStream("/mini/mini-service.json")) {
      return ServiceModel.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static String path(JavaFile f) {
    return f.packageName.replace('.', '/') + "/" + f.typeSpec.name + ".java";
  }

  @Test
  void miniModel_generatesTheExpectedSources() throws IOException {
    Generator generator = new Generator(mini(), MINI_OPERATIONS, miniExtras(), ApiBaseline.NONE,
        Policies.none());
    List<JavaFile> files = new ArrayList<>(generator.modelSources());
    files.addAll(generator.clientSources());
    boolean update = Boolean.getBoolean("codegen.update");
    if (update) {
      Generator.write(EXPECTED, files);
    }

    TreeSet<String> expectedNames = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(EXPECTED)) {
      walk.filter(Files::isRegularFile)
          .forEach(p -> expectedNames.add(EXPECTED.relativize(p).toString().replace('\\', '/')));
    }
    TreeSet<String> actualNames = new TreeSet<>();
    List<String> mismatched = new ArrayList<>();
    for (JavaFile f : files) {
      String rel = path(f);
      actualNames.add(rel);
      Path expected = EXPECTED.resolve(rel);
      if (!Files.exists(expected) || !Files.readString(expected).equals(f.toString())) {
        mismatched.add(rel);
      }
    }
    assertEquals(expectedNames, actualNames, "the set of generated files");
    assertEquals(List.of(), mismatched, "files that differ from src/test/resources/mini/expected");
  }

  @Test
  void everyFile_saysItIsGenerated_onItsFirstLine() throws IOException {
    for (JavaFile f : new Generator(mini(), List.of("CreateWidget")).modelSources()) {
      assertTrue(f.toString().startsWith("// " + JavaNames.HEADER + "\n"), path(f));
    }
  }

  @Test
  void waiterPath_thatTheOutputLacks_failsWithTheMember() throws IOException {
    Extras bad = new Extras(List.of(new Extras.Waiter("Broken", "DescribeWidget", 5, 3,
        List.of(new Extras.Acceptor("path", "success", "Colour",
            com.fasterxml.jackson.databind.node.TextNode.valueOf("Red"))), "test")), java.util.Map.of());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ModelPlan(mini(), MINI_OPERATIONS, bad, ApiBaseline.NONE, Policies.none()));

    assertEquals("Broken: DescribeWidgetOutput has no member Colour (path Colour)", e.getMessage());
  }

  @Test
  void waitersOfOperationsNotGenerated_areLeftOut() throws IOException {
    ModelPlan plan = new ModelPlan(mini(), List.of("CreateWidget"), miniExtras(), ApiBaseline.NONE,
        Policies.none());

    assertEquals(List.of(), plan.waiters);
    assertEquals(List.of(), plan.paginators);
  }

  @Test
  void plan_renamesInputsAndOutputs_andSynthesizesMissingOutputs() throws IOException {
    ModelPlan plan = new ModelPlan(mini(), List.of("CreateWidget", "DeleteWidget"));

    assertEquals("CreateWidgetRequest", plan.typeName("CreateWidgetInput"));
    assertEquals("CreateWidgetResponse", plan.typeName("CreateWidgetOutput"));
    assertEquals("DeleteWidgetResponse", plan.typeName(plan.outputOf.get("DeleteWidget")));
    assertEquals(List.of("WidgetInUse"), List.copyOf(plan.errors.keySet()));
    assertTrue(!plan.structures.containsKey("Unreached"), "only the closure is generated");
  }

  @Test
  void unsupportedFeature_inTheClosure_failsLoudly() throws IOException {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ModelPlan(mini(), List.of("NotGenerated")));

    assertEquals("member Unreached.Weird uses [hostLabel], which the generator does not support",
        e.getMessage());
  }

  @Test
  void unknownOperation_failsWithItsName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ModelPlan(mini(), List.of("CreateGadget")));

    assertEquals("the model has no operation CreateGadget", e.getMessage());
  }

  @Test
  void operationList_ignoresCommentsAndRejectsDuplicates(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path ok = dir.resolve("ok.txt");
    Files.writeString(ok, "# seeds\nCreateWidget  # trailing\n\nDeleteWidget\n");
    assertEquals(List.of("CreateWidget", "DeleteWidget"), Generator.readOperations(ok));

    Path twice = dir.resolve("twice.txt");
    Files.writeString(twice, "CreateWidget\nCreateWidget\n");
    assertThrows(IllegalArgumentException.class, () -> Generator.readOperations(twice));
  }

  @Test
  void write_replacesGeneratedFiles_butRefusesToDeleteOthers(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    List<JavaFile> files = new Generator(mini(), List.of("CreateWidget")).modelSources();
    Generator.write(dir, files);
    Path stale = dir.resolve("dev/sagemaker4j/model/Stale.java");
    Files.writeString(stale, "// " + JavaNames.HEADER + "\nclass Stale {}\n");

    Generator.write(dir, files);

    assertTrue(!Files.exists(stale), "a file an earlier run generated is removed");
    Path handWritten = dir.resolve("dev/sagemaker4j/model/Mine.java");
    Files.writeString(handWritten, "class Mine {}\n");
    IOException e = assertThrows(IOException.class, () -> Generator.write(dir, files));
    assertTrue(e.getMessage().contains("is not a generated file"), e.getMessage());
  }
}
