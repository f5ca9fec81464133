package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.client.internal.Operation;
import dev.sagemaker4j.client.internal.Operations;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.StructSchema;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the stand-in does for each operation, registered against the client's generated operation
 * descriptors (their names, types and schemas), never a catalogue of its own: the hand-written
 * families' operations, the tags of every resource, and the {@link Engine} for every other
 * operation of the catalogue. Every create, a family's or the engine's, counts against the
 * stand-in's cap on resources and records the tags its request gave.
 */
final class Handlers {
  /** One operation's handler; it runs holding the state's monitor. */
  record Handler<I extends SageMakerRequest, O extends SageMakerResponse>(
      Operation<I, O> operation, Function<I, O> handle) {}

  private final Map<String, Handler<?, ?>> byName = new HashMap<>();
  private final State state;
  private final Tags tags;
  private final Engine engine;

  Handlers(State state, Tags tags, Models models, Endpoints endpoints, ProcessingJobs jobs,
      Pipelines pipelines, Clusters clusters) {
    this.state = state;
    this.tags = tags;
    on(Operations.createModel(), models::createModel);
    on(Operations.describeModel(), models::describeModel);
    on(Operations.deleteModel(), models::deleteModel);
    on(Operations.listModels(), models::listModels);
    on(Operations.createEndpointConfig(), models::createEndpointConfig);
    on(Operations.describeEndpointConfig(), models::describeEndpointConfig);
    on(Operations.deleteEndpointConfig(), models::deleteEndpointConfig);
    on(Operations.listEndpointConfigs(), models::listEndpointConfigs);
    on(Operations.createEndpoint(), endpoints::createEndpoint);
    on(Operations.describeEndpoint(), endpoints::describeEndpoint);
    on(Operations.updateEndpoint(), endpoints::updateEndpoint);
    on(Operations.deleteEndpoint(), endpoints::deleteEndpoint);
    on(Operations.listEndpoints(), endpoints::listEndpoints);
    on(Operations.createProcessingJob(), jobs::createProcessingJob);
    on(Operations.describeProcessingJob(), jobs::describeProcessingJob);
    on(Operations.stopProcessingJob(), jobs::stopProcessingJob);
    on(Operations.listProcessingJobs(), jobs::listProcessingJobs);
    on(Operations.createPipeline(), pipelines::createPipeline);
    on(Operations.describePipeline(), pipelines::describePipeline);
    on(Operations.deletePipeline(), pipelines::deletePipeline);
    on(Operations.listPipelines(), pipelines::listPipelines);
    on(Operations.startPipelineExecution(), pipelines::startPipelineExecution);
    on(Operations.describePipelineExecution(), pipelines::describePipelineExecution);
    on(Operations.stopPipelineExecution(), pipelines::stopPipelineExecution);
    on(Operations.listPipelineExecutions(), pipelines::listPipelineExecutions);
    on(Operations.createCluster(), clusters::createCluster);
    on(Operations.describeCluster(), clusters::describeCluster);
    on(Operations.deleteCluster(), clusters::deleteCluster);
    on(Operations.listClusters(), clusters::listClusters);
    Set<String> handWritten = new HashSet<>();
    for (Handler<?, ?> h : byName.values()) {
      handWritten.add(h.operation().resourceKind());
    }
    on(Operations.addTags(), tags::addTags);
    on(Operations.listTags(), tags::listTags);
    on(Operations.deleteTags(), tags::deleteTags);
    this.engine = new Engine(state, tags, handWritten);
  }

  private <I extends SageMakerRequest, O extends SageMakerResponse> void on(
      Operation<I, O> operation, Function<I, O> handle) {
    Function<I, O> h = operation.name().startsWith("Create") ? created(operation, handle) : handle;
    if (byName.put(operation.name(), new Handler<>(operation, h)) != null) {
      throw new IllegalStateException(operation.name() + " has two handlers");
    }
  }

  /** A family's create, within the cap on resources, recording its request's tags. */
  private <I extends SageMakerRequest, O extends SageMakerResponse> Function<I, O> created(
      Operation<I, O> operation, Function<I, O> handle) {
    return input -> {
      state.checkCapacity();
      O output = handle.apply(input);
      StructSchema<O> out = operation.output();
      for (Member m : out.members()) {
        if (m.wireName().endsWith("Arn") && out.get(output, m.index()) instanceof String arn) {
          Member t = operation.input().member("Tags");
          tags.created(arn, t == null ? null : operation.input().get(input, t.index()));
          break;
        }
      }
      return output;
    };
  }

  /** The handler of the operation with this name, or null when it is not in the catalogue. */
  @Nullable Handler<?, ?> get(String name) {
    Handler<?, ?> h = byName.get(name);
    return h != null ? h : engine.handler(name);
  }

  /** The engine behind the operations no family answers. */
  Engine engine() {
    return engine;
  }
}
