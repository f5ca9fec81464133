package check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.SageMakerClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * The stand-in as a program, as the README runs it: {@code java -jar
 * sagemaker-testing-<version>-standalone.jar}, called with what it prints, stopped with SIGTERM.
 * run.sh's standalone-jar cell runs this class alone, after copying the jar.
 */
class StandaloneJarTest {
  private static final String ROLE = "arn:aws:iam::210987654321:role/SageMakerRole";
  private static final String IMAGE =
      "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";
  /** What {@link #linesOf} adds after the last line. */
  private static final String EOF = "\u0000eof";

  private Process process;

  @AfterEach
  void stop() {
    if (process != null) {
      process.destroyForcibly();
    }
  }

  @Test
  void standaloneJar_printsHowToCallIt_answers_andStopsCleanlyOnSigterm() throws Exception {
    process = start("--port", "0", "--region", "eu-west-1", "--account-id", "210987654321");
    BlockingQueue<String> lines = linesOf(process.getInputStream());

    String export = null;
    StringBuilder printed = new StringBuilder();
    while (export == null) {
      String line = lines.poll(60, TimeUnit.SECONDS);
      assertNotNull(line, "no export line within 60 s; printed so far:\n" + printed);
      printed.append(line).append('\n');
      if (line.startsWith("export ")) {
        export = line;
      }
    }
    Map<String, String> env = new HashMap<>();
    for (String assignment : export.substring("export ".length()).split(" ")) {
      int eq = assignment.indexOf('=');
      env.put(assignment.substring(0, eq), assignment.substring(eq + 1));
    }
    assertEquals("eu-west-1", env.get("AWS_REGION"), export);
    assertEquals("eu-west-1", env.get("AWS_DEFAULT_REGION"), export);

    try (SageMakerClient sageMaker = SageMakerClient.builder()
        .region(Region.of(env.get("AWS_REGION")))
        .endpointOverride(URI.create(env.get("AWS_ENDPOINT_URL_SAGEMAKER")))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
            env.get("AWS_ACCESS_KEY_ID"), env.get("AWS_SECRET_ACCESS_KEY"))))
        .build()) {
      String arn = sageMaker.createModel(r -> r.modelName("churn-model").executionRoleArn(ROLE)
          .primaryContainer(c -> c.image(IMAGE))).modelArn();
      assertEquals("arn:aws:sagemaker:eu-west-1:210987654321:model/churn-model", arn);
    }

    // SIGTERM, through the handle: Process.destroy() would also close the output being read.
    assertTrue(process.toHandle().destroy());
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "still running 30 s after SIGTERM");
    assertEquals(0, process.exitValue(), "exit code after SIGTERM");
    String last = null;
    for (String line; (line = lines.poll(5, TimeUnit.SECONDS)) != null && !line.equals(EOF); ) {
      last = line;
    }
    assertEquals("LocalSageMaker stopped", last);
  }

  @Test
  void standaloneJar_withABadFlag_exitsWith2_namingTheFlagAndTheValue() throws Exception {
    process = start("--port", "eighty");

    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(2, process.exitValue(), err);
    assertTrue(err.contains("--port takes a number from 0 to 65535, was 'eighty'"), err);
  }

  @Test
  void standaloneJar_help_listsTheFlags_andExitsWith0() throws Exception {
    process = start("--help");

    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue());
    for (String flag : List.of("--port", "--region", "--account-id", "--polls-per-transition",
        "--credentials", "--endpoint-instance-quota", "--processing-instance-quota",
        "--fail-next", "--throttle-next")) {
      assertTrue(out.contains(flag), flag + " missing from:\n" + out);
    }
  }

  private static Process start(String... args) throws IOException {
    Path jar = Path.of(System.getProperty("standalone.dir"), "sagemaker-testing-standalone.jar");
    assertTrue(Files.isRegularFile(jar), "no standalone jar at " + jar);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }

  /** The process's lines as they come, then {@link #EOF}. */
  private static BlockingQueue<String> linesOf(InputStream in) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          lines.add(line);
        }
      } catch (IOException e) {
        lines.add("(read failed: " + e + ")");
      }
      lines.add(EOF);
    }, "standalone-stdout");
    reader.setDaemon(true);
    reader.start();
    return lines;
  }
}
