package dev.sagemaker4j.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each example runs to its end against the local stand-in and says what happened. */
class ExamplesTest {
  private static String run(Consumer<Examples> example) {
    return run(example, b -> { });
  }

  private static String run(Consumer<Examples> example,
      Consumer<dev.sagemaker4j.testing.LocalSageMaker.Builder> settings) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Examples env = Examples.open(new String[0], settings, print)) {
      example.accept(env);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void assertSays(String output, String... lines) {
    for (String line : lines) {
      assertTrue(output.contains(line), "expected \"" + line + "\" in:\n" + output);
    }
  }

  @Test
  void deployModel_deploysUpdatesAndCleansUp() {
    assertSays(run(DeployModel::run), "endpoint in service after 3 polls",
        "endpoint in service on churn-config-v2-", "endpoint deleted",
        "configurations and model deleted");
  }

  @Test
  void runProcessingJob_waitsForCompletion() {
    assertSays(run(RunProcessingJob::run), "started processing job churn-preprocess-",
        "job Completed");
  }

  @Test
  void startPipeline_runsAnExecutionToSuccess() {
    assertSays(run(StartPipeline::run), "created pipeline arn:aws:sagemaker:us-east-1:",
        "/execution/", "execution Succeeded", "pipeline deleted");
  }

  @Test
  void createHyperPodCluster_showsBothGroups() {
    assertSays(run(CreateHyperPodCluster::run), "group controller: 1 of 1 ml.t3.medium",
        "group workers: 4 of 4 ml.p5.48xlarge", "cluster deleted");
  }

  @Test
  void handleErrors_reportsEachKindOfError() {
    assertSays(run(HandleErrors::run, b -> b.endpointInstanceQuota("ml.m5.xlarge", 1)),
        "duplicate name: ValidationException: Cannot create already existing model",
        "quota: The account-level service limit 'ml.m5.xlarge for endpoint usage' is 1",
        "not sent: EndpointName must match the pattern", "not sent: EndpointConfigName is required",
        "cleaned up");
  }

  @Test
  void reactiveModels_makesFiftyCallsAtOnce() {
    assertSays(run(ReactiveModels::run), "created 50 models concurrently",
        "listed 50 of them, 20 per page", "deleted 50 models concurrently");
  }
}
