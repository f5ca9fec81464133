package dev.sagemaker4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.client.exception.ResourceLimitExceededException;
import org.junit.jupiter.api.Test;

/** The cap on stored resources, which bounds the stand-in's memory. */
class CapacityTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
  private static final String IMAGE =
      "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-xgboost:latest";

  @Test
  void createPastTheCap_failsWithResourceLimitExceeded_namingTheCapAndHowToRaiseIt() {
    try (LocalSageMaker local = LocalSageMaker.builder().maxResources(3).start();
        SageMakerClient sageMaker = local.client()) {
      sageMaker.createModel(r -> r.modelName("m").executionRoleArn(ROLE)
          .primaryContainer(c -> c.image(IMAGE)));
      sageMaker.createExperiment(r -> r.experimentName("e1"));
      sageMaker.createExperiment(r -> r.experimentName("e2"));

      ResourceLimitExceededException e = assertThrows(ResourceLimitExceededException.class,
          () -> sageMaker.createExperiment(r -> r.experimentName("e3")));
      assertEquals("The local SageMaker stand-in holds 3 resources, its cap (maxResources 3)."
          + " Delete some or reset() it, or raise the cap with"
          + " LocalSageMaker.builder().maxResources(n) or --max-resources N.", e.errorMessage());
      assertThrows(ResourceLimitExceededException.class, () -> sageMaker.createModel(
          r -> r.modelName("m2").executionRoleArn(ROLE).primaryContainer(c -> c.image(IMAGE))));

      sageMaker.deleteExperiment(r -> r.experimentName("e1"));
      sageMaker.createExperiment(r -> r.experimentName("e3"));
      local.reset();
      sageMaker.createExperiment(r -> r.experimentName("e4"));
    }
  }

  @Test
  void maxResources_belowOne_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LocalSageMaker.builder().maxResources(0));
    assertEquals("maxResources must be >= 1, was 0", e.getMessage());
  }
}
