package dev.sagemaker4j.examples;

import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.model.ClusterInstanceGroupDetails;
import dev.sagemaker4j.model.ClusterInstanceType;
import dev.sagemaker4j.model.DescribeClusterResponse;

/** Creates a HyperPod cluster with a controller group and a worker group, then deletes it. */
public final class CreateHyperPodCluster {
  public static void main(String[] args) {
    try (Examples env = Examples.open(args)) {
      run(env);
    }
  }

  static void run(Examples env) {
    env.title("Create a HyperPod cluster with two instance groups");
    SageMakerClient sageMaker = env.client();
    String cluster = env.name("llm-training");
    String scripts = env.s3("hyperpod/lifecycle-scripts/");

    String arn = sageMaker.createCluster(r -> r.clusterName(cluster).instanceGroups(
        g -> g.instanceGroupName("controller").instanceType(ClusterInstanceType.ML_T3_MEDIUM)
            .instanceCount(1).executionRole(env.roleArn()).threadsPerCore(2)
            .lifeCycleConfig(l -> l.sourceS3Uri(scripts).onCreate("on_create.sh")),
        g -> g.instanceGroupName("workers").instanceType(ClusterInstanceType.ML_P5_48_XLARGE)
            .instanceCount(4).executionRole(env.roleArn()).threadsPerCore(1)
            .lifeCycleConfig(l -> l.sourceS3Uri(scripts).onCreate("on_create.sh"))))
        .clusterArn();
    env.step("creating cluster %s", arn);

    DescribeClusterResponse up = sageMaker.waiter()
        .waitUntilClusterInService(r -> r.clusterName(cluster), env::waits)
        .response().orElseThrow();
    for (ClusterInstanceGroupDetails group : up.instanceGroups()) {
      env.step("group %s: %d of %d %s instances", group.instanceGroupName().orElse("?"),
          group.currentCount().orElse(0), group.targetCount().orElse(0),
          group.instanceTypeAsString().orElse("?"));
    }

    sageMaker.deleteCluster(r -> r.clusterName(arn));
    sageMaker.waiter().waitUntilClusterDeleted(r -> r.clusterName(arn), env::waits);
    env.step("cluster deleted");
  }

  private CreateHyperPodCluster() {}
}
