package dev.sagemaker4j.client;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.internal.DefaultSageMakerAsyncClient;
import dev.sagemaker4j.client.internal.DefaultSageMakerClient;
import dev.sagemaker4j.client.internal.Operations;
import dev.sagemaker4j.codegen.ClassFileLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No class of the module, the generated client interfaces, their implementations and the
 * operation catalogue included (the largest: one method or constant per operation), comes near
 * a JVM limit: see {@link ClassFileLimits#WITH_MARGIN}.
 */
class JvmLimitsTest {
  private static final Path CLASSES = Path.of("target/classes");

  @Test
  void everyClass_staysWellWithinTheJvmLimits() throws Exception {
    Set<String> read = ClassFileLimits.readAll(CLASSES).stream()
        .map(ClassFileLimits.Figures::className).collect(Collectors.toSet());
    for (Class<?> generated : List.of(SageMakerClient.class, SageMakerAsyncClient.class,
        DefaultSageMakerClient.class, DefaultSageMakerAsyncClient.class, Operations.class)) {
      assertTrue(read.contains(generated.getName()), generated + " was not read");
    }

    String report = ClassFileLimits.verify(CLASSES, ClassFileLimits.WITH_MARGIN);

    System.out.println("sagemaker-client: " + report);
  }
}
