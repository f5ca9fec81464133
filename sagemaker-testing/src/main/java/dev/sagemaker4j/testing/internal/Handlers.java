package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.client.internal.Operation;
import dev.sagemaker4j.client.internal.Operations;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the stand-in does for each operation it answers, registered against the client's
 * generated operation descriptors (their names, types and schemas), never a catalogue of its own.
 */
final class Handlers {
  /** One operation's handler; it runs holding the state's monitor. */
  record Handler<I extends SageMakerRequest, O extends SageMakerResponse>(
      Operation<I, O> operation, Function<I, O> handle) {}

  private final Map<String, Handler<?, ?>> byName = new HashMap<>();

  Handlers(Models models, Endpoints endpoints, ProcessingJobs jobs, Pipelines pipelines,
      Clusters clusters) {
    on(Operations.createModel(), models::createModel);
    on(Operations.describeModel(), models::describeModel);
    on(Operations.deleteModel(), models::deleteModel);
    on(Operations.listModels(), models::listModels);
    on(Operations.createEndpointConfig(), models::createEndpointConfig);
    on(Operations.describeEndpointConfig(), models::describeEndpointConfig);
    on(Operations.deleteEndpointConfig(), models::deleteEndpointConfig);
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
    on(Operations.createCluster(), clusters::createCluster);
    on(Operations.describeCluster(), clusters::describeCluster);
    on(Operations.deleteCluster(), clusters::deleteCluster);
    on(Operations.listClusters(), clusters::listClusters);
  }

  private <I extends SageMakerRequest, O extends SageMakerResponse> void on(
      Operation<I, O> operation, Function<I, O> handle) {
    if (byName.put(operation.name(), new Handler<>(operation, handle)) != null) {
      throw new IllegalStateException(operation.name() + " has two handlers");
    }
  }

  /** The handler of the operation with this name, or null. */
  @Nullable Handler<?, ?> get(String name) {
    return byName.get(name);
  }

  /** The names of the operations the stand-in answers. */
  Set<String> names() {
    return byName.keySet();
  }
}
