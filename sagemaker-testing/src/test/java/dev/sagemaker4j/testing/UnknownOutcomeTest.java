package dev.sagemaker4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.SageMakerAsyncClient;
import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.client.exception.ResourceInUseException;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.model.CreateModelRequest;
import dev.sagemaker4j.model.CreateModelResponse;
import dev.sagemaker4j.model.CreateProcessingJobRequest;
import dev.sagemaker4j.model.ProcessingInstanceType;
import dev.sagemaker4j.testing.support.LossyProxy;
import dev.sagemaker4j.testing.support.LossyProxy.Step;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import dev.sagemaker4j.client.OverrideConfiguration;

/**
 * Creates whose outcome is unknown, against the stand-in behind a proxy that loses messages: the
 * resource was created by this call (resolved, with the option on), created by someone else (the
 * error stands), or not created at all (the retry creates it).
 */
class UnknownOutcomeTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
  private static final String IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/xgboost:1";

  private LocalSageMaker local;
  private LossyProxy proxy;

  @BeforeEach
  void start() throws Exception {
    local = LocalSageMaker.start();
    proxy = new LossyProxy(local.endpoint());
  }

  @AfterEach
  void stop() throws Exception {
    proxy.close();
    local.close();
  }

  private SageMakerClient client(boolean resolve) {
    return SageMakerClient.builder().region(local.region()).endpointOverride(proxy.endpoint())
        .credentialsProvider(local.credentialsProvider())
        .overrideConfiguration(config(resolve)).build();
  }

  private Consumer<OverrideConfiguration.Builder> config(boolean resolve) {
    return o -> o.resolveUnknownCreateOutcomes(resolve).sleeper(d -> { })
        .apiCallAttemptTimeout(Duration.ofSeconds(1));
  }

  private static CreateModelRequest model(String image) {
    return CreateModelRequest.builder().modelName("churn-model").executionRoleArn(ROLE)
        .primaryContainer(c -> c.image(image).environment(java.util.Map.of("MODE", "batch"))).build();
  }

  @Test
  void createdByThisCall_whenTheAnswerWasLost_isReturned() {
    proxy.plan(Step.LOSE_ANSWER);
    try (SageMakerClient sageMaker = client(true)) {
      CreateModelResponse response = sageMaker.createModel(model(IMAGE));

      assertEquals("arn:aws:sagemaker:us-east-1:123456789012:model/churn-model",
          response.modelArn());
      assertEquals(2, response.responseMetadata().orElseThrow().attempts());
      assertEquals(2, proxy.forwarded() - 1, "two creates, then one describe");
      assertEquals(1, sageMaker.listModels(r -> r.maxResults(10)).models().size());
    }
  }

  @Test
  void manyResolvedCreates_giveBackTheirRetryQuota_soLaterFailuresAreStillRetried() {
    // The standard strategy's retry quota is drained by a few hundred retries: 400 calls that
    // each lose one answer would drain it if a resolved call did not give its share back, and
    // the later calls would then end after their first attempt.
    int calls = 400;
    try (SageMakerClient sageMaker = client(true)) {
      for (int i = 0; i < calls; i++) {
        proxy.plan(Step.LOSE_ANSWER);
        String name = "churn-model-" + i;
        assertEquals(2, sageMaker.createModel(model(IMAGE).toBuilder().modelName(name).build())
            .responseMetadata().orElseThrow().attempts(), name);
      }
      proxy.plan(Step.DROP_REQUEST);
      assertEquals(2, sageMaker.listModels(r -> r.maxResults(1)).responseMetadata()
          .orElseThrow().attempts());
    }
  }

  @Test
  void createdByThisCall_whenTheAnswerCameTooLate_isReturned() {
    proxy.plan(Step.ANSWER_LATE);
    try (SageMakerClient sageMaker = client(true)) {
      assertEquals("arn:aws:sagemaker:us-east-1:123456789012:model/churn-model",
          sageMaker.createModel(model(IMAGE)).modelArn());
    }
  }

  @Test
  void createdByThisCall_whenA5xxFollowed_isReturned_forAProcessingJob() {
    proxy.plan(Step.ANSWER_500_AFTER_FORWARDING);
    CreateProcessingJobRequest job = CreateProcessingJobRequest.builder()
        .processingJobName("churn-preprocess").roleArn(ROLE)
        .appSpecification(a -> a.imageUri(IMAGE))
        .processingResources(p -> p.clusterConfig(c -> c.instanceCount(1)
            .instanceType(ProcessingInstanceType.ML_M5_XLARGE).volumeSizeInGB(30)))
        .build();
    try (SageMakerClient sageMaker = client(true)) {
      assertEquals("arn:aws:sagemaker:us-east-1:123456789012:processing-job/churn-preprocess",
          sageMaker.createProcessingJob(job).processingJobArn());
    }
  }

  @Test
  void createdByThisCall_butTheOptionIsOff_theErrorStands() {
    proxy.plan(Step.LOSE_ANSWER);
    try (SageMakerClient sageMaker = client(false)) {
      SageMakerException e = assertThrows(SageMakerException.class,
          () -> sageMaker.createModel(model(IMAGE)));

      assertEquals("ValidationException", e.errorCode());
      assertTrue(e.errorMessage().startsWith("Cannot create already existing model"));
    }
  }

  @Test
  void createdBySomeoneElse_withOtherValues_theErrorStands() {
    try (SageMakerClient other = local.client()) {
      other.createModel(model(IMAGE + "-theirs"));
    }
    proxy.plan(Step.ANSWER_500_AFTER_FORWARDING);
    try (SageMakerClient sageMaker = client(true)) {
      SageMakerException e = assertThrows(SageMakerException.class,
          () -> sageMaker.createModel(model(IMAGE)));

      assertEquals("ValidationException", e.errorCode());
    }
  }

  @Test
  void createdBySomeoneElse_processingJob_theResourceInUseStands() {
    CreateProcessingJobRequest.Builder job = CreateProcessingJobRequest.builder()
        .processingJobName("churn-preprocess").roleArn(ROLE)
        .appSpecification(a -> a.imageUri(IMAGE));
    try (SageMakerClient other = local.client()) {
      other.createProcessingJob(job.processingResources(p -> p.clusterConfig(c -> c
          .instanceCount(2).instanceType(ProcessingInstanceType.ML_M5_XLARGE)
          .volumeSizeInGB(30))).build());
    }
    proxy.plan(Step.ANSWER_500_AFTER_FORWARDING);
    try (SageMakerClient sageMaker = client(true)) {
      // ours asks for one instance: the job that exists is not this call's
      assertThrows(ResourceInUseException.class,
          () -> sageMaker.createProcessingJob(job.processingResources(p -> p.clusterConfig(c -> c
              .instanceCount(1).instanceType(ProcessingInstanceType.ML_M5_XLARGE)
              .volumeSizeInGB(30))).build()));
    }
  }

  @Test
  void notCreatedAtAll_theRetryCreatesIt() {
    proxy.plan(Step.DROP_REQUEST);
    try (SageMakerClient sageMaker = client(true)) {
      CreateModelResponse response = sageMaker.createModel(model(IMAGE));

      assertEquals(2, response.responseMetadata().orElseThrow().attempts());
      assertEquals(1, proxy.forwarded(), "no describe was needed");
    }
  }

  @Test
  void asyncClient_resolvesToo() throws Exception {
    proxy.plan(Step.LOSE_ANSWER);
    try (SageMakerAsyncClient sageMaker = SageMakerAsyncClient.builder().region(local.region())
        .endpointOverride(proxy.endpoint()).credentialsProvider(local.credentialsProvider())
        .overrideConfiguration(config(true)).build()) {
      assertEquals("arn:aws:sagemaker:us-east-1:123456789012:model/churn-model",
          sageMaker.createModel(model(IMAGE)).get(30, TimeUnit.SECONDS).modelArn());
    }
  }
}
