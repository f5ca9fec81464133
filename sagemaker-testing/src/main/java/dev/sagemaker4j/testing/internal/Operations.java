package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.model.internal.StructSchema;
import dev.sagemaker4j.model.internal.schema.CreateClusterRequestSchema;
import dev.sagemaker4j.model.internal.schema.CreateClusterResponseSchema;
import dev.sagemaker4j.model.internal.schema.CreateEndpointConfigRequestSchema;
import dev.sagemaker4j.model.internal.schema.CreateEndpointConfigResponseSchema;
import dev.sagemaker4j.model.internal.schema.CreateEndpointRequestSchema;
import dev.sagemaker4j.model.internal.schema.CreateEndpointResponseSchema;
import dev.sagemaker4j.model.internal.schema.CreateModelRequestSchema;
import dev.sagemaker4j.model.internal.schema.CreateModelResponseSchema;
import dev.sagemaker4j.model.internal.schema.CreatePipelineRequestSchema;
import dev.sagemaker4j.model.internal.schema.CreatePipelineResponseSchema;
import dev.sagemaker4j.model.internal.schema.CreateProcessingJobRequestSchema;
import dev.sagemaker4j.model.internal.schema.CreateProcessingJobResponseSchema;
import dev.sagemaker4j.model.internal.schema.DeleteClusterRequestSchema;
import dev.sagemaker4j.model.internal.schema.DeleteClusterResponseSchema;
import dev.sagemaker4j.model.internal.schema.DeleteEndpointConfigRequestSchema;
import dev.sagemaker4j.model.internal.schema.DeleteEndpointConfigResponseSchema;
import dev.sagemaker4j.model.internal.schema.DeleteEndpointRequestSchema;
import dev.sagemaker4j.model.internal.schema.DeleteEndpointResponseSchema;
import dev.sagemaker4j.model.internal.schema.DeleteModelRequestSchema;
import dev.sagemaker4j.model.internal.schema.DeleteModelResponseSchema;
import dev.sagemaker4j.model.internal.schema.DeletePipelineRequestSchema;
import dev.sagemaker4j.model.internal.schema.DeletePipelineResponseSchema;
import dev.sagemaker4j.model.internal.schema.DescribeClusterRequestSchema;
import dev.sagemaker4j.model.internal.schema.DescribeClusterResponseSchema;
import dev.sagemaker4j.model.internal.schema.DescribeEndpointConfigRequestSchema;
import dev.sagemaker4j.model.internal.schema.DescribeEndpointConfigResponseSchema;
import dev.sagemaker4j.model.internal.schema.DescribeEndpointRequestSchema;
import dev.sagemaker4j.model.internal.schema.DescribeEndpointResponseSchema;
import dev.sagemaker4j.model.internal.schema.DescribeModelRequestSchema;
import dev.sagemaker4j.model.internal.schema.DescribeModelResponseSchema;
import dev.sagemaker4j.model.internal.schema.DescribePipelineExecutionRequestSchema;
import dev.sagemaker4j.model.internal.schema.DescribePipelineExecutionResponseSchema;
import dev.sagemaker4j.model.internal.schema.DescribePipelineRequestSchema;
import dev.sagemaker4j.model.internal.schema.DescribePipelineResponseSchema;
import dev.sagemaker4j.model.internal.schema.DescribeProcessingJobRequestSchema;
import dev.sagemaker4j.model.internal.schema.DescribeProcessingJobResponseSchema;
import dev.sagemaker4j.model.internal.schema.ListClustersRequestSchema;
import dev.sagemaker4j.model.internal.schema.ListClustersResponseSchema;
import dev.sagemaker4j.model.internal.schema.ListEndpointsRequestSchema;
import dev.sagemaker4j.model.internal.schema.ListEndpointsResponseSchema;
import dev.sagemaker4j.model.internal.schema.ListModelsRequestSchema;
import dev.sagemaker4j.model.internal.schema.ListModelsResponseSchema;
import dev.sagemaker4j.model.internal.schema.ListPipelinesRequestSchema;
import dev.sagemaker4j.model.internal.schema.ListPipelinesResponseSchema;
import dev.sagemaker4j.model.internal.schema.ListProcessingJobsRequestSchema;
import dev.sagemaker4j.model.internal.schema.ListProcessingJobsResponseSchema;
import dev.sagemaker4j.model.internal.schema.StartPipelineExecutionRequestSchema;
import dev.sagemaker4j.model.internal.schema.StartPipelineExecutionResponseSchema;
import dev.sagemaker4j.model.internal.schema.StopProcessingJobRequestSchema;
import dev.sagemaker4j.model.internal.schema.StopProcessingJobResponseSchema;
import dev.sagemaker4j.model.internal.schema.UpdateEndpointRequestSchema;
import dev.sagemaker4j.model.internal.schema.UpdateEndpointResponseSchema;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** The 26 operations the stand-in answers, by wire name. */
final class Operations {
  private final Map<String, Operation<?, ?>> byName = new HashMap<>();

  Operations(Models models, Endpoints endpoints, ProcessingJobs jobs, Pipelines pipelines,
      Clusters clusters) {
    add("CreateModel", CreateModelRequestSchema.INSTANCE, CreateModelResponseSchema.INSTANCE,
        models::createModel);
    add("DescribeModel", DescribeModelRequestSchema.INSTANCE,
        DescribeModelResponseSchema.INSTANCE, models::describeModel);
    add("DeleteModel", DeleteModelRequestSchema.INSTANCE, DeleteModelResponseSchema.INSTANCE,
        models::deleteModel);
    add("ListModels", ListModelsRequestSchema.INSTANCE, ListModelsResponseSchema.INSTANCE,
        models::listModels);
    add("CreateEndpointConfig", CreateEndpointConfigRequestSchema.INSTANCE,
        CreateEndpointConfigResponseSchema.INSTANCE, models::createEndpointConfig);
    add("DescribeEndpointConfig", DescribeEndpointConfigRequestSchema.INSTANCE,
        DescribeEndpointConfigResponseSchema.INSTANCE, models::describeEndpointConfig);
    add("DeleteEndpointConfig", DeleteEndpointConfigRequestSchema.INSTANCE,
        DeleteEndpointConfigResponseSchema.INSTANCE, models::deleteEndpointConfig);
    add("CreateEndpoint", CreateEndpointRequestSchema.INSTANCE,
        CreateEndpointResponseSchema.INSTANCE, endpoints::createEndpoint);
    add("DescribeEndpoint", DescribeEndpointRequestSchema.INSTANCE,
        DescribeEndpointResponseSchema.INSTANCE, endpoints::describeEndpoint);
    add("UpdateEndpoint", UpdateEndpointRequestSchema.INSTANCE,
        UpdateEndpointResponseSchema.INSTANCE, endpoints::updateEndpoint);
    add("DeleteEndpoint", DeleteEndpointRequestSchema.INSTANCE,
        DeleteEndpointResponseSchema.INSTANCE, endpoints::deleteEndpoint);
    add("ListEndpoints", ListEndpointsRequestSchema.INSTANCE,
        ListEndpointsResponseSchema.INSTANCE, endpoints::listEndpoints);
    add("CreateProcessingJob", CreateProcessingJobRequestSchema.INSTANCE,
        CreateProcessingJobResponseSchema.INSTANCE, jobs::createProcessingJob);
    add("DescribeProcessingJob", DescribeProcessingJobRequestSchema.INSTANCE,
        DescribeProcessingJobResponseSchema.INSTANCE, jobs::describeProcessingJob);
    add("StopProcessingJob", StopProcessingJobRequestSchema.INSTANCE,
        StopProcessingJobResponseSchema.INSTANCE, jobs::stopProcessingJob);
    add("ListProcessingJobs", ListProcessingJobsRequestSchema.INSTANCE,
        ListProcessingJobsResponseSchema.INSTANCE, jobs::listProcessingJobs);
    add("CreatePipeline", CreatePipelineRequestSchema.INSTANCE,
        CreatePipelineResponseSchema.INSTANCE, pipelines::createPipeline);
    add("DescribePipeline", DescribePipelineRequestSchema.INSTANCE,
        DescribePipelineResponseSchema.INSTANCE, pipelines::describePipeline);
    add("DeletePipeline", DeletePipelineRequestSchema.INSTANCE,
        DeletePipelineResponseSchema.INSTANCE, pipelines::deletePipeline);
    add("ListPipelines", ListPipelinesRequestSchema.INSTANCE,
        ListPipelinesResponseSchema.INSTANCE, pipelines::listPipelines);
    add("StartPipelineExecution", StartPipelineExecutionRequestSchema.INSTANCE,
        StartPipelineExecutionResponseSchema.INSTANCE, pipelines::startPipelineExecution);
    add("DescribePipelineExecution", DescribePipelineExecutionRequestSchema.INSTANCE,
        DescribePipelineExecutionResponseSchema.INSTANCE, pipelines::describePipelineExecution);
    add("CreateCluster", CreateClusterRequestSchema.INSTANCE,
        CreateClusterResponseSchema.INSTANCE, clusters::createCluster);
    add("DescribeCluster", DescribeClusterRequestSchema.INSTANCE,
        DescribeClusterResponseSchema.INSTANCE, clusters::describeCluster);
    add("DeleteCluster", DeleteClusterRequestSchema.INSTANCE,
        DeleteClusterResponseSchema.INSTANCE, clusters::deleteCluster);
    add("ListClusters", ListClustersRequestSchema.INSTANCE, ListClustersResponseSchema.INSTANCE,
        clusters::listClusters);
  }

  private <I, O> void add(String name, StructSchema<I, ?> input, StructSchema<O, ?> output,
      Function<I, O> handler) {
    byName.put(name, new Operation<>(name, input, output, handler));
  }

  /** The operation with this wire name, or null. */
  Operation<?, ?> get(String name) {
    return byName.get(name);
  }

  int size() {
    return byName.size();
  }
}
