package dev.sagemaker4j.testing.support;

import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.model.CreateAppRequest;
import dev.sagemaker4j.model.CreateDomainRequest;
import dev.sagemaker4j.model.CreateEdgeDeploymentPlanRequest;
import dev.sagemaker4j.model.CreateEdgeDeploymentStageRequest;
import dev.sagemaker4j.model.CreateEndpointConfigRequest;
import dev.sagemaker4j.model.CreateEndpointRequest;
import dev.sagemaker4j.model.CreateHubContentReferenceRequest;
import dev.sagemaker4j.model.CreateHubRequest;
import dev.sagemaker4j.model.CreateImageRequest;
import dev.sagemaker4j.model.CreateImageVersionRequest;
import dev.sagemaker4j.model.CreateModelRequest;
import dev.sagemaker4j.model.CreatePipelineRequest;
import dev.sagemaker4j.model.CreateSpaceRequest;
import dev.sagemaker4j.model.CreateUserProfileRequest;
import dev.sagemaker4j.model.DescribePipelineExecutionRequest;
import dev.sagemaker4j.model.ListPipelineExecutionsRequest;
import dev.sagemaker4j.model.ProductionVariant;
import dev.sagemaker4j.model.StartPipelineExecutionRequest;
import dev.sagemaker4j.model.StopPipelineExecutionRequest;
import dev.sagemaker4j.model.fixtures.ValidValues;
import dev.sagemaker4j.model.internal.StructSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an operation (mostly a create) needs to exist before the stand-in accepts it, as the
 * service needs it: the models an endpoint configuration names, the configuration an endpoint
 * names, the Studio domain (and user profile or space) of an app, the image of an image version,
 * the pipeline of an execution, ... Each is made with a direct client from another random valid
 * request, named as the request names it; where the stand-in gives it its id or name (a domain's,
 * an image's), the request to send names that instead.
 */
public final class Prerequisites {
  /** Makes what one create needs; returns the request to send. */
  private interface Setup {
    Object prepare(Object request, long seed, SageMakerClient direct);
  }

  private static final Map<String, Setup> SETUPS = Map.ofEntries(
      setup("CreateEndpointConfig",
          (request, seed, direct) -> {
            createModels((CreateEndpointConfigRequest) request, seed, direct);
            return request;
          }),
      setup("CreateEndpoint",
          (request, seed, direct) -> {
            CreateEndpointConfigRequest config = valid(CreateEndpointConfigRequest.class, seed)
                .toBuilder().endpointConfigName(((CreateEndpointRequest) request)
                    .endpointConfigName()).build();
            createModels(config, seed, direct);
            direct.createEndpointConfig(config);
            return request;
          }),
      setup("CreateUserProfile",
          (request, seed, direct) -> ((CreateUserProfileRequest) request).toBuilder()
              .domainId(createDomain(seed, direct)).build()),
      setup("CreateSpace",
          (request, seed, direct) -> ((CreateSpaceRequest) request).toBuilder()
              .domainId(createDomain(seed, direct)).build()),
      setup("CreateApp",
          (request, seed, direct) -> {
            CreateAppRequest app = ((CreateAppRequest) request).toBuilder()
                .domainId(createDomain(seed, direct)).build();
            if (app.userProfileName().isPresent()) {
              direct.createUserProfile(valid(CreateUserProfileRequest.class, seed).toBuilder()
                  .domainId(app.domainId()).userProfileName(app.userProfileName().get()).build());
            }
            if (app.spaceName().isPresent()) {
              direct.createSpace(valid(CreateSpaceRequest.class, seed).toBuilder()
                  .domainId(app.domainId()).spaceName(app.spaceName().get()).build());
            }
            return app;
          }),
      setup("CreateImageVersion",
          (request, seed, direct) -> {
            CreateImageRequest image = valid(CreateImageRequest.class, seed);
            direct.createImage(image);
            return ((CreateImageVersionRequest) request).toBuilder().imageName(image.imageName())
                .build();
          }),
      setup("CreateHubContentReference",
          (request, seed, direct) -> {
            CreateHubRequest hub = valid(CreateHubRequest.class, seed);
            direct.createHub(hub);
            return ((CreateHubContentReferenceRequest) request).toBuilder().hubName(hub.hubName())
                .build();
          }),
      setup("CreateEdgeDeploymentStage",
          (request, seed, direct) -> {
            CreateEdgeDeploymentPlanRequest plan =
                valid(CreateEdgeDeploymentPlanRequest.class, seed);
            direct.createEdgeDeploymentPlan(plan);
            return ((CreateEdgeDeploymentStageRequest) request).toBuilder()
                .edgeDeploymentPlanName(plan.edgeDeploymentPlanName()).build();
          }),
      setup("StartPipelineExecution",
          (request, seed, direct) -> ((StartPipelineExecutionRequest) request).toBuilder()
              .pipelineName(createPipeline(seed, direct)).build()),
      setup("DescribePipelineExecution",
          (request, seed, direct) -> ((DescribePipelineExecutionRequest) request).toBuilder()
              .pipelineExecutionArn(startExecution(seed, direct)).build()),
      setup("StopPipelineExecution",
          (request, seed, direct) -> ((StopPipelineExecutionRequest) request).toBuilder()
              .pipelineExecutionArn(startExecution(seed, direct)).build()),
      setup("ListPipelineExecutions",
          (request, seed, direct) -> ((ListPipelineExecutionsRequest) request).toBuilder()
              .pipelineName(createPipeline(seed, direct)).build()));

  private Prerequisites() {}

  private static Map.Entry<String, Setup> setup(String operation, Setup setup) {
    return Map.entry(operation, setup);
  }

  /** The creates that need something made first. */
  public static Set<String> creates() {
    return SETUPS.keySet();
  }

  /**
   * Makes what {@code createOperation}'s {@code request} needs, with {@code direct}; the request
   * to send (the same, unless it must name an id the stand-in gave).
   */
  public static Object prepare(String createOperation, Object request, long seed,
      SageMakerClient direct) {
    Setup setup = SETUPS.get(createOperation);
    return setup == null ? request : setup.prepare(request, seed, direct);
  }

  /** A model for every variant's model name, each made from another random valid request. */
  private static void createModels(CreateEndpointConfigRequest config, long seed,
      SageMakerClient direct) {
    List<ProductionVariant> variants = new ArrayList<>(config.productionVariants());
    variants.addAll(config.shadowProductionVariants());
    Set<String> made = new HashSet<>();
    for (ProductionVariant v : variants) {
      String name = v.modelName().orElse(null);
      if (name != null && made.add(name.toLowerCase(Locale.ROOT))) {
        direct.createModel(valid(CreateModelRequest.class, seed + made.size()).toBuilder()
            .modelName(name).build());
      }
    }
  }

  /** An execution of a pipeline made from a random valid request; its ARN. */
  private static String startExecution(long seed, SageMakerClient direct) {
    return direct.startPipelineExecution(valid(StartPipelineExecutionRequest.class, seed)
        .toBuilder().pipelineName(createPipeline(seed, direct)).build())
        .pipelineExecutionArn().orElseThrow();
  }

  /** A pipeline made from a random valid request; its name. */
  private static String createPipeline(long seed, SageMakerClient direct) {
    CreatePipelineRequest pipeline = valid(CreatePipelineRequest.class, seed);
    direct.createPipeline(pipeline);
    return pipeline.pipelineName();
  }

  /** A Studio domain made from a random valid request; its id, which the stand-in gave it. */
  private static String createDomain(long seed, SageMakerClient direct) {
    return direct.createDomain(valid(CreateDomainRequest.class, seed)).domainId().orElseThrow();
  }

  /** A random valid value of a model type. */
  public static <T> T valid(Class<T> type, long seed) {
    return new ValidValues(seed).struct(StructSchema.of(type));
  }
}
