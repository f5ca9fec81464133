package dev.sagemaker4j.examples;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs every example, each against a fresh local stand-in (or, with {@code --aws}, against
 * SageMaker). The README's run command starts this.
 */
public final class RunAll {
  public static void main(String[] args) {
    List<Consumer<String[]>> examples = List.of(DeployModel::main, RunProcessingJob::main,
        StartPipeline::main, CreateHyperPodCluster::main, HandleErrors::main,
        ReactiveModels::main);
    for (Consumer<String[]> example : examples) {
      example.accept(args);
    }
    System.out.println();
    System.out.println("All " + examples.size() + " examples completed.");
  }

  private RunAll() {}
}
