package dev.sagemaker4j.examples;

import dev.sagemaker4j.client.SageMakerAsyncClient;
import dev.sagemaker4j.model.ModelSummary;
import java.time.Duration;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A reactive service's view: the async client under Project Reactor, 50 calls in flight at once,
 * no thread blocked per call. Creates 50 models concurrently, pages through them with the
 * paginator's Publisher, and deletes them concurrently.
 */
public final class ReactiveModels {
  static final int MODELS = 50;

  public static void main(String[] args) {
    try (Examples env = Examples.open(args)) {
      run(env);
    }
  }

  static void run(Examples env) {
    env.title("Reactive: 50 calls at once with Project Reactor");
    SageMakerAsyncClient sageMaker = env.asyncClient();
    String prefix = env.name("reactive");

    long start = System.nanoTime();
    List<String> arns = Flux.range(0, MODELS)
        .flatMap(i -> Mono.fromFuture(() -> sageMaker.createModel(r -> r
            .modelName(prefix + "-" + i).executionRoleArn(env.roleArn())
            .primaryContainer(c -> c.image(DeployModel.IMAGE)))), MODELS)
        .map(r -> r.modelArn())
        .collectList()
        .block(Duration.ofMinutes(2));
    env.step("created %d models concurrently in %d ms", arns.size(),
        (System.nanoTime() - start) / 1_000_000);

    List<ModelSummary> mine = Flux.from(sageMaker.listModelsPaginator(r -> r
            .nameContains(prefix).maxResults(20)).models())
        .collectList()
        .block(Duration.ofMinutes(2));
    env.step("listed %d of them, 20 per page, through the paginator's Publisher", mine.size());

    Long deleted = Flux.fromIterable(mine)
        .flatMap(m -> Mono.fromFuture(() -> sageMaker.deleteModel(r -> r
            .modelName(m.modelName()))), MODELS)
        .count()
        .block(Duration.ofMinutes(2));
    env.step("deleted %d models concurrently", deleted);
  }

  private ReactiveModels() {}
}
