package dev.sagemaker4j.client.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program of the test class path in a JVM of its own, for tests of logging: SLF4J's
 * simple logger reads its configuration (system properties) once per JVM.
 */
public final class JvmProbe {
  private JvmProbe() {}

  /**
   * Runs {@code main} with the system properties {@code properties} ({@code -Dname=value});
   * returns what it printed on stdout and stderr, line by line. Fails unless it ends with 0
   * within {@code seconds}.
   */
  public static List<String> run(Class<?> main, int seconds, String... properties)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(List.of(properties));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      byte[] out = p.getInputStream().readAllBytes();
      assertTrue(p.waitFor(seconds, TimeUnit.SECONDS), "the probe did not end");
      String text = new String(out, StandardCharsets.UTF_8);
      assertEquals(0, p.exitValue(), text);
      return text.lines().toList();
    } finally {
      p.destroyForcibly();
    }
  }
}
