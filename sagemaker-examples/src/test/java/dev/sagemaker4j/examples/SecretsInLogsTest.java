package dev.sagemaker4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.testing.LocalSageMaker;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every example, run in a fresh JVM with every logger at TRACE, prints no secret: not the secret
 * key, not a session token, not a signature or an Authorization header.
 */
class SecretsInLogsTest {
  @Test
  void allExamplesAtTrace_printNoSecret() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator
        + "java";
    Process p = new ProcessBuilder(List.of(java,
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
        "-cp", System.getProperty("java.class.path"),
        RunAll.class.getName()))
        .redirectErrorStream(true)
        .start();
    byte[] bytes = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES));
    String output = new String(bytes, StandardCharsets.UTF_8);

    assertEquals(0, p.exitValue(), output.substring(Math.max(0, output.length() - 3000)));
    assertTrue(output.contains("All 6 examples completed."));
    assertTrue(output.contains("TRACE") || output.contains("DEBUG"),
        "the run logged at debug and trace");
    assertFalse(output.contains(LocalSageMaker.DEFAULT_SECRET_ACCESS_KEY), "the secret key");
    assertFalse(output.contains("Signature="), "a signature");
    assertFalse(output.toLowerCase().contains("authorization:"), "an Authorization header");
    assertFalse(output.toLowerCase().contains("x-amz-security-token"), "a session token");
    // the AWS signer's DEBUG lines (canonical request, string to sign) carry hashes, never the
    // signature, which only the Authorization header holds
  }
}
