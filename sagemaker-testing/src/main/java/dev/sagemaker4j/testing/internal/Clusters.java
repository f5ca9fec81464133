package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.model.ClusterInstanceGroupDetails;
import dev.sagemaker4j.model.ClusterInstanceGroupSpecification;
import dev.sagemaker4j.model.ClusterStatus;
import dev.sagemaker4j.model.ClusterSummary;
import dev.sagemaker4j.model.CreateClusterRequest;
import dev.sagemaker4j.model.CreateClusterResponse;
import dev.sagemaker4j.model.DeleteClusterRequest;
import dev.sagemaker4j.model.DeleteClusterResponse;
import dev.sagemaker4j.model.DescribeClusterRequest;
import dev.sagemaker4j.model.DescribeClusterResponse;
import dev.sagemaker4j.model.InstanceGroupStatus;
import dev.sagemaker4j.model.ListClustersRequest;
import dev.sagemaker4j.model.ListClustersResponse;
import dev.sagemaker4j.testing.ResourceKind;
import dev.sagemaker4j.model.internal.StructSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * HyperPod clusters: Creating then InService (or Failed, with a FailureMessage), Deleting then
 * gone. Their ARNs end in a random 12-character id, not in the name; Describe and Delete take
 * either.
 */
final class Clusters {
  static final class ClusterRecord extends Tracked {
    final CreateClusterRequest request;
    final String arn;
    ClusterStatus status = ClusterStatus.CREATING;
    @Nullable String failureMessage;

    ClusterRecord(State state, CreateClusterRequest request) {
      super(state);
      this.request = request;
      this.arn = state.arnPrefix() + "cluster/" + State.randomId(12);
    }

    String name() {
      return request.clusterName();
    }
  }

  private final State state;
  // GUESS: cluster names are unique with their case, since the ARN does not carry the name.
  private final Map<String, ClusterRecord> clusters = new LinkedHashMap<>();

  Clusters(State state) {
    this.state = state;
  }

  CreateClusterResponse createCluster(CreateClusterRequest request) {
    ClusterRecord existing = clusters.get(request.clusterName());
    if (existing != null) {
      // GUESS: the code is recorded, the text is not.
      throw ServiceError.resourceInUse("Cluster \"" + existing.arn + "\" already exists.");
    }
    ClusterRecord c = new ClusterRecord(state, request);
    clusters.put(request.clusterName(), c);
    return CreateClusterResponse.builder().clusterArn(c.arn).build();
  }

  DescribeClusterResponse describeCluster(DescribeClusterRequest request) {
    ClusterRecord c = cluster(request.clusterName());
    DescribeClusterResponse.Builder b = Echoes.of(StructSchema.of(DescribeClusterResponse.class),
        c.request).toBuilder();
    DescribeClusterResponse response = b
        .clusterArn(c.arn)
        .clusterStatus(c.status)
        .creationTime(c.created)
        .failureMessage(c.failureMessage)
        .instanceGroups(groups(c))
        .build();
    if (c.polled(state)) {
      advance(c);
    }
    return response;
  }

  private static List<ClusterInstanceGroupDetails> groups(ClusterRecord c) {
    // GUESS: instance groups follow the cluster: no instances until InService, none after a
    // failure, and Deleting while the cluster is.
    InstanceGroupStatus status = switch (c.status) {
      case IN_SERVICE -> InstanceGroupStatus.IN_SERVICE;
      case FAILED -> InstanceGroupStatus.FAILED;
      case DELETING -> InstanceGroupStatus.DELETING;
      default -> InstanceGroupStatus.CREATING;
    };
    boolean running = c.status == ClusterStatus.IN_SERVICE
        || (c.status == ClusterStatus.DELETING && c.failureMessage == null);
    List<ClusterInstanceGroupDetails> out = new ArrayList<>();
    for (ClusterInstanceGroupSpecification g : c.request.instanceGroups()) {
      ClusterInstanceGroupDetails.Builder b = Echoes.of(
          StructSchema.of(ClusterInstanceGroupDetails.class), g).toBuilder();
      out.add(b.currentCount(running ? g.instanceCount() : 0)
          .targetCount(g.instanceCount())
          .minCount(Nullables.v(g.minInstanceCount()))
          .status(status)
          .build());
    }
    return out;
  }

  private void advance(ClusterRecord c) {
    switch (c.status) {
      case CREATING -> {
        String reason = state.failures.take(ResourceKind.CLUSTER, c.name(), c.arn);
        c.status = reason == null ? ClusterStatus.IN_SERVICE : ClusterStatus.FAILED;
        c.failureMessage = reason;
      }
      case DELETING -> clusters.remove(c.name());
      default -> {
        return;
      }
    }
    c.modified = state.now();
  }

  DeleteClusterResponse deleteCluster(DeleteClusterRequest request) {
    ClusterRecord c = cluster(request.clusterName());
    // GUESS: any cluster can be deleted, one being created too; deleting twice changes nothing.
    if (c.status != ClusterStatus.DELETING) {
      c.status = ClusterStatus.DELETING;
      c.modified = state.now();
      c.restartPolls();
    }
    return DeleteClusterResponse.builder().clusterArn(c.arn).build();
  }

  ListClustersResponse listClusters(ListClustersRequest request) {
    String sortBy = Paging.oneOf(request.sortByAsString(), "sortBy", "CREATION_TIME",
        "CREATION_TIME", "NAME");
    String order = Paging.oneOf(request.sortOrderAsString(), "sortOrder", "Ascending",
        "Ascending", "Descending");
    Comparator<ClusterRecord> key = sortBy.equals("NAME")
        ? Paging.by(ClusterRecord::name) : Paging.byCreation();
    List<ClusterRecord> sorted = new ArrayList<>(clusters.values());
    sorted.sort(Paging.order(key, order.equals("Descending")));
    Paging.Page<ClusterRecord> page = Paging.page(sorted,
        c -> Paging.contains(c.name(), request.nameContains())
            && Paging.within(c.created, request.creationTimeAfter(), request.creationTimeBefore())
            && (request.trainingPlanArn().isEmpty()
                || trainingPlans(c).contains(request.trainingPlanArn().get())),
        request.maxResults(), request.nextToken());
    ListClustersResponse.Builder b = ListClustersResponse.builder()
        .nextToken(page.nextToken());
    List<ClusterSummary> clusterSummaries = new ArrayList<>();
    for (ClusterRecord c : page.items()) {
      clusterSummaries.add(ClusterSummary.builder()
          .clusterArn(c.arn)
          .clusterName(c.name())
          .creationTime(c.created)
          .clusterStatus(c.status)
          .trainingPlanArns(trainingPlans(c))
          .build());
    }
    b.clusterSummaries(clusterSummaries);
    return b.build();
  }

  private static List<String> trainingPlans(ClusterRecord c) {
    List<String> plans = new ArrayList<>();
    for (ClusterInstanceGroupSpecification g : c.request.instanceGroups()) {
      g.trainingPlanArn().filter(a -> !plans.contains(a)).ifPresent(plans::add);
    }
    return plans;
  }

  /** The cluster a name or an ARN names, or ResourceNotFound. */
  private ClusterRecord cluster(String nameOrArn) {
    ClusterRecord c = clusters.get(nameOrArn);
    if (c == null && nameOrArn.startsWith("arn:")) {
      for (ClusterRecord candidate : clusters.values()) {
        if (candidate.arn.equals(nameOrArn)) {
          c = candidate;
        }
      }
    }
    if (c == null) {
      // GUESS: the code is recorded, the text is not.
      throw ServiceError.resourceNotFound("Cluster \"" + nameOrArn + "\" does not exist.");
    }
    return c;
  }

  /** How many resources it holds, for the stand-in's cap. */
  int count() {
    return clusters.size();
  }

  void reset() {
    clusters.clear();
  }
}
