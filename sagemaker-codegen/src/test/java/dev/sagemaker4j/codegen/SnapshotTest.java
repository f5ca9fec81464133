package dev.sagemaker4j.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated {@code ModelSnapshot} names the model folder it was generated from: the hash of
 * its {@code service-2.json}, which the committed facts must match, and where it came from.
 */
class SnapshotTest {
  private static final byte[] MODEL =
      "{\"metadata\":{\"protocol\":\"json\"}}".getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path dir;

  @Test
  void read_matchingFacts_generateTheFolderHashAndSource() throws Exception {
    Path model = modelFolder(MODEL);
    String sha = sha256(MODEL);
    Path facts = facts("botocore 9.8.7", sha);

    Snapshot s = Snapshot.read(facts, model);
    String source = s.javaFile().toString();

    assertEquals("botocore 9.8.7, service model sha256 " + sha.substring(0, 8), s.description());
    assertTrue(source.contains("package dev.sagemaker4j.model.internal;"), source);
    assertTrue(source.contains("return \"" + sha + "\";"), source);
    assertTrue(source.contains("return \"botocore 9.8.7\";"), source);
    assertTrue(source.contains("return \"" + s.description() + "\";"), source);
  }

  @Test
  void read_aChangedModel_failsNamingItsNewHash() throws Exception {
    Path model = modelFolder(MODEL);
    byte[] updated = "{\"metadata\":{\"protocol\":\"json\"},\"x\":1}"
        .getBytes(StandardCharsets.UTF_8);
    Files.write(model.resolve("service-2.json"), updated);
    Path facts = facts("botocore 9.8.7", sha256(MODEL));

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Snapshot.read(facts, model));

    assertTrue(e.getMessage().contains("set service-2.json.sha256=" + sha256(updated)),
        e.getMessage());
  }

  @Test
  void read_withoutSource_fails() throws Exception {
    Path facts = facts(" ", sha256(MODEL));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Snapshot.read(facts));

    assertTrue(e.getMessage().contains("needs source="), e.getMessage());
  }

  @Test
  void committedModelSnapshot_isWhatTheCommittedFactsGenerate() throws IOException {
    Snapshot committed = Snapshot.read(Path.of("model-snapshot.properties"));
    Path generated = Path.of("../sagemaker-model/src/generated/java/dev/sagemaker4j/model"
        + "/internal/ModelSnapshot.java");

    assertEquals(committed.javaFile().toString(), Files.readString(generated),
        "regenerate after changing model-snapshot.properties");
  }

  private Path modelFolder(byte[] serviceModel) throws IOException {
    Path model = Files.createDirectories(dir.resolve("model"));
    Files.write(model.resolve("service-2.json"), serviceModel);
    return model;
  }

  private Path facts(String source, String sha) throws IOException {
    Path f = dir.resolve("model-snapshot.properties");
    Files.writeString(f, "# test\nsource=" + source + "\nservice-2.json.sha256=" + sha + "\n");
    return f;
  }

  /** The hash as the JDK computes it, independently of the generator's own helper. */
  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
