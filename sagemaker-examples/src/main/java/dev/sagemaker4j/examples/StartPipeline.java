package dev.sagemaker4j.examples;

import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.model.DescribePipelineExecutionResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Creates a pipeline from a definition file and starts an execution with parameters, then waits
 * for it to finish.
 */
public final class StartPipeline {
  public static void main(String[] args) {
    try (Examples env = Examples.open(args)) {
      run(env);
    }
  }

  static void run(Examples env) {
    env.title("Create a pipeline from a definition file and start an execution");
    SageMakerClient sageMaker = env.client();
    String pipeline = env.name("churn-pipeline");
    String definition = resource("/examples/churn-pipeline.json")
        .replace("arn:aws:iam::123456789012:role/SageMakerRole", env.roleArn());

    String arn = sageMaker.createPipeline(r -> r.pipelineName(pipeline)
        .pipelineDefinition(definition)
        .pipelineDescription("Customer churn: preprocess the raw data")
        .roleArn(env.roleArn())).pipelineArn().orElseThrow();
    env.step("created pipeline %s (the client filled its idempotency token)", arn);

    String execution = sageMaker.startPipelineExecution(r -> r.pipelineName(pipeline)
        .pipelineExecutionDisplayName("daily-run")
        .pipelineParameters(p -> p.name("InputDataUrl").value(env.s3("churn/raw/")),
            p -> p.name("ProcessingInstanceCount").value("1")))
        .pipelineExecutionArn().orElseThrow();
    env.step("started execution %s", execution);

    DescribePipelineExecutionResponse done = sageMaker.waiter()
        .waitUntilPipelineExecutionCompleted(r -> r.pipelineExecutionArn(execution), env::waits)
        .response().orElseThrow();
    env.step("execution %s", done.pipelineExecutionStatusAsString().orElse("?"));

    sageMaker.deletePipeline(r -> r.pipelineName(pipeline));
    env.step("pipeline deleted");
  }

  static String resource(String name) {
    try (InputStream in = StartPipeline.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private StartPipeline() {}
}
