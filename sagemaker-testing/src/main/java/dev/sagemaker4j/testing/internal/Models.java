package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.model.CreateEndpointConfigRequest;
import dev.sagemaker4j.model.CreateEndpointConfigResponse;
import dev.sagemaker4j.model.CreateModelRequest;
import dev.sagemaker4j.model.CreateModelResponse;
import dev.sagemaker4j.model.DeleteEndpointConfigRequest;
import dev.sagemaker4j.model.DeleteEndpointConfigResponse;
import dev.sagemaker4j.model.DeleteModelRequest;
import dev.sagemaker4j.model.DeleteModelResponse;
import dev.sagemaker4j.model.DescribeEndpointConfigRequest;
import dev.sagemaker4j.model.DescribeEndpointConfigResponse;
import dev.sagemaker4j.model.DescribeModelRequest;
import dev.sagemaker4j.model.DescribeModelResponse;
import dev.sagemaker4j.model.EndpointConfigSummary;
import dev.sagemaker4j.model.ListEndpointConfigsRequest;
import dev.sagemaker4j.model.ListEndpointConfigsResponse;
import dev.sagemaker4j.model.ListModelsRequest;
import dev.sagemaker4j.model.ListModelsResponse;
import dev.sagemaker4j.model.ModelSummary;
import dev.sagemaker4j.model.ProductionVariant;
import dev.sagemaker4j.model.internal.StructSchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Models and endpoint configurations: created, described, listed and deleted. Neither
 * has a lifecycle. Deletes are not protected: a model or configuration an endpoint uses can be
 * deleted, as in the service.
 */
final class Models {
  static final class ModelRecord extends Tracked {
    final CreateModelRequest request;
    final String arn;

    ModelRecord(State state, CreateModelRequest request) {
      super(state);
      this.request = request;
      this.arn = state.arn("model", request.modelName());
    }
  }

  static final class ConfigRecord extends Tracked {
    final CreateEndpointConfigRequest request;
    final String arn;

    ConfigRecord(State state, CreateEndpointConfigRequest request) {
      super(state);
      this.request = request;
      this.arn = state.arn("endpoint-config", request.endpointConfigName());
    }
  }

  private final State state;
  // GUESS: model and configuration names are unique ignoring case, as endpoint names are: their
  // ARNs are lower-cased, so two names differing in case would share one ARN.
  private final Map<String, ModelRecord> models = new HashMap<>();
  private final Map<String, ConfigRecord> configs = new HashMap<>();

  Models(State state) {
    this.state = state;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  CreateModelResponse createModel(CreateModelRequest request) {
    String name = request.modelName();
    if (models.containsKey(key(name))) {
      throw ServiceError.validation("Cannot create already existing model \""
          + state.arn("model", name) + "\".");
    }
    ModelRecord model = new ModelRecord(state, request);
    models.put(key(name), model);
    return CreateModelResponse.builder().modelArn(model.arn).build();
  }

  DescribeModelResponse describeModel(DescribeModelRequest request) {
    ModelRecord model = model(request.modelName());
    DescribeModelResponse.Builder b = StructSchema.of(DescribeModelResponse.class)
        .copyFrom(model.request).toBuilder();
    return b.modelArn(model.arn).creationTime(model.created).build();
  }

  DeleteModelResponse deleteModel(DeleteModelRequest request) {
    model(request.modelName());
    models.remove(key(request.modelName()));
    return DeleteModelResponse.builder().build();
  }

  ListModelsResponse listModels(ListModelsRequest request) {
    Paging.Page<ModelRecord> page = page(models.values(), m -> m.request.modelName(),
        request.sortByAsString(), request.sortOrderAsString(), request.nameContains(),
        request.creationTimeAfter(), request.creationTimeBefore(), request.maxResults(),
        request.nextToken());
    List<ModelSummary> summaries = new ArrayList<>();
    for (ModelRecord m : page.items()) {
      summaries.add(ModelSummary.builder().modelName(m.request.modelName()).modelArn(m.arn)
          .creationTime(m.created).build());
    }
    return ListModelsResponse.builder().nextToken(page.nextToken()).models(summaries).build();
  }

  ListEndpointConfigsResponse listEndpointConfigs(ListEndpointConfigsRequest request) {
    Paging.Page<ConfigRecord> page = page(configs.values(), c -> c.request.endpointConfigName(),
        request.sortByAsString(), request.sortOrderAsString(), request.nameContains(),
        request.creationTimeAfter(), request.creationTimeBefore(), request.maxResults(),
        request.nextToken());
    List<EndpointConfigSummary> summaries = new ArrayList<>();
    for (ConfigRecord c : page.items()) {
      summaries.add(EndpointConfigSummary.builder()
          .endpointConfigName(c.request.endpointConfigName()).endpointConfigArn(c.arn)
          .creationTime(c.created).build());
    }
    return ListEndpointConfigsResponse.builder().nextToken(page.nextToken())
        .endpointConfigs(summaries).build();
  }

  /** A page of models or configurations: newest first unless asked otherwise. */
  private static <R extends Tracked> Paging.Page<R> page(Collection<R> all,
      Function<R, String> name, Optional<String> sortByValue, Optional<String> sortOrderValue,
      Optional<String> nameContains, Optional<Instant> after, Optional<Instant> before,
      OptionalInt maxResults, Optional<String> nextToken) {
    String sortBy = Paging.oneOf(sortByValue, "sortBy", "CreationTime", "Name", "CreationTime");
    String order = Paging.oneOf(sortOrderValue, "sortOrder", "Descending", "Ascending",
        "Descending");
    Comparator<R> key = sortBy.equals("Name") ? Paging.by(name) : Paging.byCreation();
    List<R> sorted = new ArrayList<>(all);
    sorted.sort(Paging.order(key, order.equals("Descending")));
    return Paging.page(sorted, r -> Paging.contains(name.apply(r), nameContains)
        && Paging.within(r.created, after, before), maxResults, nextToken);
  }

  /** The model, or the service's "Could not find model" error. */
  ModelRecord model(String name) {
    ModelRecord model = models.get(key(name));
    if (model == null) {
      throw missingModel(name);
    }
    return model;
  }

  ServiceError missingModel(String name) {
    return ServiceError.validation("Could not find model \"" + state.arn("model", name) + "\".");
  }

  CreateEndpointConfigResponse createEndpointConfig(CreateEndpointConfigRequest request) {
    String name = request.endpointConfigName();
    if (configs.containsKey(key(name))) {
      throw ServiceError.validation("Cannot create already existing endpoint configuration \""
          + state.arn("endpoint-config", name) + "\".");
    }
    requireModels(request);
    ConfigRecord config = new ConfigRecord(state, request);
    configs.put(key(name), config);
    return CreateEndpointConfigResponse.builder().endpointConfigArn(config.arn).build();
  }

  /** Throws "Could not find model" for the first model the configuration names that is gone. */
  void requireModels(CreateEndpointConfigRequest config) {
    List<ProductionVariant> variants = new ArrayList<>(config.productionVariants());
    variants.addAll(config.shadowProductionVariants());
    for (ProductionVariant v : variants) {
      if (v.modelName().isPresent() && !models.containsKey(key(v.modelName().get()))) {
        throw missingModel(v.modelName().get());
      }
    }
  }

  DescribeEndpointConfigResponse describeEndpointConfig(DescribeEndpointConfigRequest request) {
    ConfigRecord config = config(request.endpointConfigName());
    DescribeEndpointConfigResponse.Builder b = StructSchema.of(DescribeEndpointConfigResponse.class)
        .copyFrom(config.request).toBuilder();
    return b.endpointConfigArn(config.arn).creationTime(config.created).build();
  }

  DeleteEndpointConfigResponse deleteEndpointConfig(DeleteEndpointConfigRequest request) {
    config(request.endpointConfigName());
    configs.remove(key(request.endpointConfigName()));
    return DeleteEndpointConfigResponse.builder().build();
  }

  /** The configuration, or the service's "Could not find endpoint configuration" error. */
  ConfigRecord config(String name) {
    ConfigRecord config = configs.get(key(name));
    if (config == null) {
      throw ServiceError.validation("Could not find endpoint configuration \""
          + state.arn("endpoint-config", name) + "\".");
    }
    return config;
  }

  /** How many resources it holds, for the stand-in's cap. */
  int count() {
    return models.size() + configs.size();
  }

  void reset() {
    models.clear();
    configs.clear();
  }
}
