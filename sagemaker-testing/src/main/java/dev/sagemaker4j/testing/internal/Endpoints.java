package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.model.CreateEndpointConfigRequest;
import dev.sagemaker4j.model.CreateEndpointRequest;
import dev.sagemaker4j.model.CreateEndpointResponse;
import dev.sagemaker4j.model.DeleteEndpointRequest;
import dev.sagemaker4j.model.DeleteEndpointResponse;
import dev.sagemaker4j.model.DeploymentConfig;
import dev.sagemaker4j.model.DescribeEndpointRequest;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import dev.sagemaker4j.model.EndpointStatus;
import dev.sagemaker4j.model.EndpointSummary;
import dev.sagemaker4j.model.ListEndpointsRequest;
import dev.sagemaker4j.model.ListEndpointsResponse;
import dev.sagemaker4j.model.PendingDeploymentSummary;
import dev.sagemaker4j.model.PendingProductionVariantSummary;
import dev.sagemaker4j.model.ProductionVariant;
import dev.sagemaker4j.model.ProductionVariantSummary;
import dev.sagemaker4j.model.UpdateEndpointRequest;
import dev.sagemaker4j.model.UpdateEndpointResponse;
import dev.sagemaker4j.testing.ResourceKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Endpoints and their lifecycle: Creating then InService (or Failed), Updating then InService on
 * the new configuration (or, failed, back on the old one with a FailureReason), Deleting then
 * gone. Names are unique ignoring case, and a Deleting endpoint still holds its name.
 */
final class Endpoints {
  private static final Set<EndpointStatus> IN_PROGRESS = EnumSet.of(EndpointStatus.CREATING,
      EndpointStatus.UPDATING, EndpointStatus.SYSTEM_UPDATING, EndpointStatus.ROLLING_BACK);

  static final class EndpointRecord extends Tracked {
    final String name;
    final String arn;
    String configName;
    CreateEndpointConfigRequest config;
    @Nullable CreateEndpointConfigRequest pending;
    @Nullable Instant pendingSince;
    @Nullable DeploymentConfig deploymentConfig;
    EndpointStatus status = EndpointStatus.CREATING;
    @Nullable String failureReason;
    boolean deployed;

    EndpointRecord(State state, String name, CreateEndpointConfigRequest config) {
      super(state);
      this.name = name;
      this.arn = state.arn("endpoint", name);
      this.config = config;
      this.configName = config.endpointConfigName();
    }
  }

  private final State state;
  private final Models models;
  private final Map<String, EndpointRecord> endpoints = new HashMap<>();

  Endpoints(State state, Models models) {
    this.state = state;
    this.models = models;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  CreateEndpointResponse createEndpoint(CreateEndpointRequest request) {
    String name = request.endpointName();
    if (endpoints.containsKey(key(name))) {
      throw ServiceError.validation("Cannot create already existing endpoint \""
          + state.arn("endpoint", name) + "\".");
    }
    CreateEndpointConfigRequest config = models.config(request.endpointConfigName()).request;
    models.requireModels(config);
    checkQuota(config);
    EndpointRecord e = new EndpointRecord(state, name, config);
    e.deploymentConfig = request.deploymentConfig().orElse(null);
    endpoints.put(key(name), e);
    return CreateEndpointResponse.builder().endpointArn(e.arn).build();
  }

  DescribeEndpointResponse describeEndpoint(DescribeEndpointRequest request) {
    EndpointRecord e = endpoint(request.endpointName());
    DescribeEndpointResponse response = describe(e);
    if (e.polled(state)) {
      advance(e);
    }
    return response;
  }

  private DescribeEndpointResponse describe(EndpointRecord e) {
    // GUESS: variants show current weights and counts only once deployed.
    DescribeEndpointResponse.Builder b = DescribeEndpointResponse.builder()
        .endpointName(e.name)
        .endpointArn(e.arn)
        .endpointConfigName(e.configName)
        .productionVariants(summaries(e.config.productionVariants(), e.deployed))
        .shadowProductionVariants(summaries(e.config.shadowProductionVariants(), e.deployed))
        .endpointStatus(e.status)
        .failureReason(e.failureReason)
        .creationTime(e.created)
        .lastModifiedTime(e.modified)
        .lastDeploymentConfig(e.deploymentConfig)
        .asyncInferenceConfig(Nullables.v(e.config.asyncInferenceConfig()))
        .explainerConfig(Nullables.v(e.config.explainerConfig()))
        .metricsConfig(Nullables.v(e.config.metricsConfig()));
    if (e.pending != null) {
      b.pendingDeploymentSummary(PendingDeploymentSummary.builder()
          .endpointConfigName(e.pending.endpointConfigName())
          .productionVariants(pending(e.pending.productionVariants()))
          .shadowProductionVariants(pending(e.pending.shadowProductionVariants()))
          .startTime(e.pendingSince)
          .build());
    }
    return b.build();
  }

  private static List<ProductionVariantSummary> summaries(List<ProductionVariant> variants,
      boolean deployed) {
    List<ProductionVariantSummary> out = new ArrayList<>();
    for (ProductionVariant v : variants) {
      ProductionVariantSummary.Builder b = ProductionVariantSummary.builder()
          .variantName(v.variantName())
          .desiredWeight(v.initialVariantWeight().orElse(1.0f))
          .desiredInstanceCount(Nullables.v(v.initialInstanceCount()))
          .desiredServerlessConfig(Nullables.v(v.serverlessConfig()))
          .managedInstanceScaling(Nullables.v(v.managedInstanceScaling()))
          .routingConfig(Nullables.v(v.routingConfig()));
      if (deployed) {
        b.currentWeight(v.initialVariantWeight().orElse(1.0f))
            .currentInstanceCount(Nullables.v(v.initialInstanceCount()))
            .currentServerlessConfig(Nullables.v(v.serverlessConfig()));
      }
      out.add(b.build());
    }
    return out;
  }

  private static List<PendingProductionVariantSummary> pending(List<ProductionVariant> variants) {
    List<PendingProductionVariantSummary> out = new ArrayList<>();
    for (ProductionVariant v : variants) {
      out.add(PendingProductionVariantSummary.builder()
          .variantName(v.variantName())
          .desiredWeight(v.initialVariantWeight().orElse(1.0f))
          .desiredInstanceCount(Nullables.v(v.initialInstanceCount()))
          .instanceType(Nullables.v(v.instanceTypeAsString()))
          .acceleratorType(Nullables.v(v.acceleratorTypeAsString()))
          .desiredServerlessConfig(Nullables.v(v.serverlessConfig()))
          .managedInstanceScaling(Nullables.v(v.managedInstanceScaling()))
          .routingConfig(Nullables.v(v.routingConfig()))
          .build());
    }
    return out;
  }

  /** One lifecycle step, after enough Describe calls. */
  private void advance(EndpointRecord e) {
    switch (e.status) {
      case CREATING -> {
        String reason = state.failures.take(ResourceKind.ENDPOINT, e.name, e.arn);
        e.status = reason == null ? EndpointStatus.IN_SERVICE : EndpointStatus.FAILED;
        e.failureReason = reason;
        e.deployed = reason == null;
      }
      case UPDATING -> {
        String reason = state.failures.take(ResourceKind.ENDPOINT, e.name, e.arn);
        if (reason == null) {
          e.config = e.pending;
          e.configName = e.pending.endpointConfigName();
        }
        e.failureReason = reason;
        e.pending = null;
        e.pendingSince = null;
        e.status = EndpointStatus.IN_SERVICE;
      }
      case DELETING -> endpoints.remove(key(e.name));
      default -> {
        return;
      }
    }
    e.modified = state.now();
  }

  UpdateEndpointResponse updateEndpoint(UpdateEndpointRequest request) {
    EndpointRecord e = endpoint(request.endpointName());
    // GUESS: a Deleting endpoint is refused like one in progress.
    if (IN_PROGRESS.contains(e.status) || e.status == EndpointStatus.DELETING) {
      throw inProgress(e);
    }
    if (e.status == EndpointStatus.FAILED) {
      // GUESS: only the start of this message is recorded.
      throw ServiceError.validation("Cannot update failed endpoint \"" + e.arn + "\".");
    }
    CreateEndpointConfigRequest config = models.config(request.endpointConfigName()).request;
    // GUESS: an update checks the models and the quota as a create does; the quota counts the
    // old fleet as in use, since a blue/green update runs both.
    models.requireModels(config);
    checkQuota(config);
    e.pending = config;
    e.pendingSince = state.now();
    e.status = EndpointStatus.UPDATING;
    e.modified = e.pendingSince;
    if (request.deploymentConfig().isPresent()
        || !request.retainDeploymentConfig().orElse(false)) {
      e.deploymentConfig = request.deploymentConfig().orElse(null);
    }
    e.restartPolls();
    return UpdateEndpointResponse.builder().endpointArn(e.arn).build();
  }

  DeleteEndpointResponse deleteEndpoint(DeleteEndpointRequest request) {
    EndpointRecord e = endpoint(request.endpointName());
    if (IN_PROGRESS.contains(e.status)) {
      throw inProgress(e);
    }
    // GUESS: deleting an endpoint that is already Deleting is accepted and changes nothing.
    if (e.status != EndpointStatus.DELETING) {
      e.status = EndpointStatus.DELETING;
      e.modified = state.now();
      e.restartPolls();
    }
    return DeleteEndpointResponse.builder().build();
  }

  ListEndpointsResponse listEndpoints(ListEndpointsRequest request) {
    String sortBy = Paging.oneOf(request.sortByAsString(), "sortBy", "CreationTime",
        "Name", "CreationTime", "Status");
    String order = Paging.oneOf(request.sortOrderAsString(), "sortOrder", "Descending",
        "Ascending", "Descending");
    String status = request.statusEqualsAsString().isEmpty() ? null
        : Paging.oneOf(request.statusEqualsAsString(), "statusEquals", null, statusValues());
    Comparator<EndpointRecord> key = switch (sortBy) {
      case "Name" -> Paging.by(e -> e.name);
      case "Status" -> Paging.by(e -> e.status.toString());
      default -> Paging.byCreation();
    };
    List<EndpointRecord> sorted = new ArrayList<>(endpoints.values());
    sorted.sort(Paging.order(key, order.equals("Descending")));
    Paging.Page<EndpointRecord> page = Paging.page(sorted,
        e -> Paging.contains(e.name, request.nameContains())
            && Paging.within(e.created, request.creationTimeAfter(), request.creationTimeBefore())
            && Paging.within(e.modified, request.lastModifiedTimeAfter(),
                request.lastModifiedTimeBefore())
            && (status == null || status.equals(e.status.toString())),
        request.maxResults(), request.nextToken());
    ListEndpointsResponse.Builder b = ListEndpointsResponse.builder()
        .nextToken(page.nextToken());
    List<EndpointSummary> endpoints = new ArrayList<>();
    for (EndpointRecord e : page.items()) {
      endpoints.add(EndpointSummary.builder().endpointName(e.name).endpointArn(e.arn)
          .creationTime(e.created).lastModifiedTime(e.modified).endpointStatus(e.status).build());
    }
    b.endpoints(endpoints);
    return b.build();
  }

  private static String[] statusValues() {
    List<String> values = new ArrayList<>();
    for (EndpointStatus s : EndpointStatus.values()) {
      if (s != EndpointStatus.UNKNOWN_TO_SDK_VERSION) {
        values.add(s.toString());
      }
    }
    return values.toArray(new String[0]);
  }

  private EndpointRecord endpoint(String name) {
    EndpointRecord e = endpoints.get(key(name));
    if (e == null) {
      throw ServiceError.validation("Could not find endpoint \"" + state.arn("endpoint", name)
          + "\".");
    }
    return e;
  }

  private static ServiceError inProgress(EndpointRecord e) {
    return ServiceError.validation("Cannot update in-progress endpoint \"" + e.arn + "\".");
  }

  /** ResourceLimitExceeded when the configuration's instances would pass a quota. */
  private void checkQuota(CreateEndpointConfigRequest config) {
    LinkedHashMap<String, Integer> delta = new LinkedHashMap<>();
    instances(config, delta);
    Quotas.check(state.settings.endpointQuotas(), "endpoint usage", delta, type -> {
      int used = 0;
      for (EndpointRecord e : endpoints.values()) {
        // GUESS: every endpoint but a Failed one holds its instances, Deleting ones until gone.
        if (e.status != EndpointStatus.FAILED) {
          Map<String, Integer> held = new HashMap<>();
          instances(e.config, held);
          used += held.getOrDefault(type, 0);
        }
      }
      return used;
    });
  }

  private static void instances(CreateEndpointConfigRequest config, Map<String, Integer> out) {
    List<ProductionVariant> variants = new ArrayList<>(config.productionVariants());
    variants.addAll(config.shadowProductionVariants());
    for (ProductionVariant v : variants) {
      // GUESS: a variant with an instance type and no count holds one instance.
      Quotas.add(out, v.instanceTypeAsString().orElse(null), v.initialInstanceCount().orElse(1));
    }
  }

  /** How many resources it holds, for the stand-in's cap. */
  int count() {
    return endpoints.size();
  }

  void reset() {
    endpoints.clear();
  }
}
