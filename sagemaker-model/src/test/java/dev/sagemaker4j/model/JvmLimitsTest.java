package dev.sagemaker4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sagemaker4j.codegen.ClassFileLimits;
import dev.sagemaker4j.model.fixtures.ModelTypes;
import dev.sagemaker4j.model.internal.StructSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No class of the module, the generated ones included, comes near a JVM limit: every method's
 * bytecode, every constant pool, field and method count and string constant stays within about
 * half of what the JVM allows ({@link ClassFileLimits#WITH_MARGIN}), read from the class files.
 */
class JvmLimitsTest {
  private static final Path CLASSES = Path.of("target/classes");

  @Test
  void everyClass_staysWellWithinTheJvmLimits() throws Exception {
    Set<String> read = ClassFileLimits.readAll(CLASSES).stream()
        .map(ClassFileLimits.Figures::className).collect(Collectors.toSet());
    List<String> structures = ModelTypes.all().stream()
        .map(s -> s.type().getName()).filter(n -> !read.contains(n)).toList();
    assertEquals(List.of(), structures, "generated structures the check did not read");

    String report = ClassFileLimits.verify(CLASSES, ClassFileLimits.WITH_MARGIN);

    System.out.println("sagemaker-model: " + report);
  }
}
