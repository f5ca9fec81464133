package dev.sagemaker4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.exception.ResourceInUseException;
import dev.sagemaker4j.client.exception.ResourceNotFoundException;
import dev.sagemaker4j.model.ClusterInstanceGroupDetails;
import dev.sagemaker4j.model.ClusterInterfaceType;
import dev.sagemaker4j.model.ClusterSlurmNodeType;
import dev.sagemaker4j.model.ClusterStatus;
import dev.sagemaker4j.model.DescribeClusterResponse;
import dev.sagemaker4j.model.InstanceGroupStatus;
import dev.sagemaker4j.testing.support.StandInTest;
import org.junit.jupiter.api.Test;

/** HyperPod clusters: id ARNs, name or ARN, lifecycle over polls, failure, delete, errors. */
class ClusterTest extends StandInTest {
  private DescribeClusterResponse describe(String nameOrArn) {
    return client.describeCluster(r -> r.clusterName(nameOrArn));
  }

  @Test
  void createCluster_answersArnWithTwelveCharacterIdNotTheName() {
    String arn = createCluster("churn-cluster");

    assertTrue(arn.matches(ARN + "cluster/[a-z0-9]{12}"), arn);
    assertEquals(arn, describe("churn-cluster").clusterArn());
    assertEquals("churn-cluster", describe(arn).clusterName().orElseThrow());
  }

  @Test
  void describeCluster_movesCreatingToInServiceWithInstanceCounts() {
    createCluster("churn-cluster");

    DescribeClusterResponse creating = describe("churn-cluster");
    describe("churn-cluster");
    DescribeClusterResponse inService = describe("churn-cluster");

    assertEquals(ClusterStatus.CREATING, creating.clusterStatus());
    ClusterInstanceGroupDetails group = creating.instanceGroups().get(0);
    assertEquals("workers", group.instanceGroupName().orElseThrow());
    assertEquals(0, group.currentCount().getAsInt());
    assertEquals(2, group.targetCount().getAsInt());
    assertEquals(InstanceGroupStatus.CREATING, group.status().orElseThrow());
    assertEquals(ClusterStatus.IN_SERVICE, inService.clusterStatus());
    assertEquals(2, inService.instanceGroups().get(0).currentCount().getAsInt());
    assertEquals(InstanceGroupStatus.IN_SERVICE, inService.instanceGroups().get(0).status().orElseThrow());
  }

  @Test
  void describeCluster_whenFailurePlanned_endsFailedWithFailureMessage() {
    String arn = createCluster("churn-cluster");
    local.failNext(ResourceKind.CLUSTER, arn, "We currently do not have sufficient capacity for"
        + " the requested instance type(s). Please try again.");

    describe("churn-cluster");
    describe("churn-cluster");
    DescribeClusterResponse failed = describe("churn-cluster");

    assertEquals(ClusterStatus.FAILED, failed.clusterStatus());
    assertEquals("We currently do not have sufficient capacity for the requested instance"
        + " type(s). Please try again.", failed.failureMessage().orElseThrow());
  }

  @Test
  void deleteCluster_isDeletingThenGone() {
    String arn = createCluster("churn-cluster");
    client.waiter().waitUntilClusterInService(r -> r.clusterName("churn-cluster"));

    String deleted = client.deleteCluster(r -> r.clusterName(arn)).clusterArn();

    assertEquals(arn, deleted);
    assertEquals(ClusterStatus.DELETING, describe("churn-cluster").clusterStatus());
    assertEquals(ClusterStatus.DELETING,
        client.listClusters(r -> { }).clusterSummaries().get(0).clusterStatus());
    assertEquals(2, client.waiter().waitUntilClusterDeleted(r -> r.clusterName("churn-cluster"))
        .attempts());
    assertThrows(ResourceNotFoundException.class, () -> describe("churn-cluster"));
  }

  @Test
  void describeCluster_repeatsGroupMembersThatItDescribesInOtherShapes() {
    client.createCluster(r -> r.clusterName("slurm-cluster")
        .instanceGroups(g -> g.instanceGroupName("controllers").instanceType("ml.c5.xlarge")
            .instanceCount(1).executionRole(ROLE)
            .slurmConfig(s -> s.nodeType(ClusterSlurmNodeType.CONTROLLER).partitionNames("dev"))
            .networkInterface(n -> n.interfaceType(ClusterInterfaceType.EFA))));

    ClusterInstanceGroupDetails group = describe("slurm-cluster").instanceGroups().get(0);

    // the request's ClusterSlurmConfig is described as ClusterSlurmConfigDetails, and so on
    assertEquals(ClusterSlurmNodeType.CONTROLLER, group.slurmConfig().orElseThrow().nodeType());
    assertEquals(java.util.List.of("dev"), group.slurmConfig().orElseThrow().partitionNames());
    assertEquals(ClusterInterfaceType.EFA,
        group.networkInterface().orElseThrow().interfaceType().orElseThrow());
  }

  @Test
  void createCluster_whenNameExists_failsWithResourceInUse() {
    String arn = createCluster("churn-cluster");

    ResourceInUseException e = assertThrows(ResourceInUseException.class,
        () -> createCluster("churn-cluster"));

    assertEquals("ResourceInUse", e.errorCode());
    assertTrue(e.errorMessage().contains(arn), e.errorMessage());
  }

  @Test
  void describeOrDeleteCluster_whenMissing_failsWithResourceNotFound() {
    for (String id : new String[] {"ghost", ARN + "cluster/abcdef123456"}) {
      ResourceNotFoundException describe = assertThrows(ResourceNotFoundException.class,
          () -> describe(id));
      ResourceNotFoundException delete = assertThrows(ResourceNotFoundException.class,
          () -> client.deleteCluster(r -> r.clusterName(id)));
      assertEquals("ResourceNotFound", describe.errorCode());
      assertEquals("ResourceNotFound", delete.errorCode());
      assertTrue(describe.errorMessage().contains(id), describe.errorMessage());
    }
  }
}
