package dev.sagemaker4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.model.EndpointStatus;
import dev.sagemaker4j.testing.internal.StandaloneOptions;
import dev.sagemaker4j.testing.support.StandInTest;
import dev.sagemaker4j.testing.support.TestClock;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;

/** The builder's settings, the public accessors, reset, and argument checks. */
class ConfigurationTest extends StandInTest {
  @Test
  void builder_regionAccountAndPolls_shapeArnsAndLifecycles() {
    try (LocalSageMaker eu = LocalSageMaker.builder().region(Region.EU_WEST_1)
            .accountId("210987654321").pollsPerTransition(1).clock(new TestClock()).start();
        SageMakerClient euClient = eu.client()) {
      euClient.createModel(r -> r.modelName("churn-model").executionRoleArn(ROLE)
          .primaryContainer(c -> c.image(IMAGE)));
      euClient.createEndpointConfig(r -> r.endpointConfigName("churn-config")
          .productionVariants(v -> v.variantName("AllTraffic").modelName("churn-model")
              .instanceType(INSTANCE_TYPE).initialInstanceCount(1)));

      String arn = euClient.createEndpoint(r -> r.endpointName("Churn")
          .endpointConfigName("churn-config")).endpointArn();

      assertEquals("arn:aws:sagemaker:eu-west-1:210987654321:endpoint/churn", arn);
      assertEquals(EndpointStatus.CREATING,
          euClient.describeEndpoint(r -> r.endpointName("churn")).endpointStatus());
      assertEquals(EndpointStatus.IN_SERVICE,
          euClient.describeEndpoint(r -> r.endpointName("churn")).endpointStatus());
      assertEquals(Region.EU_WEST_1, eu.region());
      assertEquals("210987654321", eu.accountId());
    }
  }

  @Test
  void chinaRegion_usesTheAwsCnPartitionInArns() {
    try (LocalSageMaker cn = LocalSageMaker.builder().region(Region.CN_NORTH_1)
            .clock(new TestClock()).start();
        SageMakerClient cnClient = cn.client()) {
      String arn = cnClient.createModel(r -> r.modelName("churn-model").executionRoleArn(ROLE)
          .primaryContainer(c -> c.image(IMAGE))).modelArn();

      assertEquals("arn:aws-cn:sagemaker:cn-north-1:123456789012:model/churn-model", arn);
    }
  }

  @Test
  void requestSignedForAnotherRegion_failsWithInvalidSignature() {
    try (SageMakerClient euClient = SageMakerClient.builder().region(Region.EU_WEST_1)
        .endpointOverride(local.endpoint()).credentialsProvider(local.credentialsProvider())
        .overrideConfiguration(o -> o.clock(clock).retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build()) {
      assertServiceError("InvalidSignatureException",
          "Credential should be scoped to a valid region, not 'eu-west-1'.",
          () -> euClient.listModels(r -> { }));
    }
  }

  @Test
  void port_givenExplicitly_isWhereItListens() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }

    try (LocalSageMaker fixed = LocalSageMaker.builder().port(port).start()) {
      assertEquals("http://127.0.0.1:" + port, fixed.endpoint().toString());
    }
  }

  @Test
  void endpointAndCredentials_pointAtTheLoopbackWithTheDefaultKey() {
    AwsCredentials credentials = local.credentialsProvider().resolveCredentials();

    assertEquals("127.0.0.1", local.endpoint().getHost());
    assertTrue(local.endpoint().getPort() > 0);
    assertEquals(LocalSageMaker.DEFAULT_ACCESS_KEY_ID, credentials.accessKeyId());
    assertEquals(LocalSageMaker.DEFAULT_SECRET_ACCESS_KEY, credentials.secretAccessKey());
    assertEquals(Region.US_EAST_1, local.region());
    assertEquals(LocalSageMaker.DEFAULT_ACCOUNT_ID, local.accountId());
  }

  @Test
  void reset_forgetsEveryResource() {
    createEndpoint("churn");
    createPipeline("churn-pipeline");

    local.reset();

    assertTrue(client.listModels(r -> { }).models().isEmpty());
    assertTrue(client.listEndpoints(r -> { }).endpoints().isEmpty());
    assertTrue(client.listPipelines(r -> { }).pipelineSummaries().isEmpty());
    SageMakerException e = assertThrows(SageMakerException.class,
        () -> client.describeEndpoint(r -> r.endpointName("churn")));
    assertEquals("ValidationException", e.errorCode());
  }

  @Test
  void builder_rejectsBadSettingsNamingTheValue() {
    LocalSageMaker.Builder b = LocalSageMaker.builder();

    assertEquals("port must be in 0..65535, was 70000",
        assertThrows(IllegalArgumentException.class, () -> b.port(70000)).getMessage());
    assertEquals("accountId must be 12 digits, was 1234",
        assertThrows(IllegalArgumentException.class, () -> b.accountId("1234")).getMessage());
    assertEquals("pollsPerTransition must be >= 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> b.pollsPerTransition(0)).getMessage());
    assertEquals("the quota of ml.m5.xlarge must be >= 0, was -1",
        assertThrows(IllegalArgumentException.class,
            () -> b.endpointInstanceQuota("ml.m5.xlarge", -1)).getMessage());
    assertEquals("instanceType must look like ml.m5.xlarge, was m5.xlarge",
        assertThrows(IllegalArgumentException.class,
            () -> b.processingInstanceQuota("m5.xlarge", 1)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> b.credentials("", "secret"));
  }

  @Test
  void failNextAndThrottleNext_rejectBadArguments() {
    assertThrows(IllegalArgumentException.class,
        () -> local.failNext(ResourceKind.ENDPOINT, null, ""));
    assertThrows(NullPointerException.class,
        () -> local.failNext((ResourceKind) null, null, "reason"));
    assertThrows(IllegalArgumentException.class, () -> local.failNext("Model", null, "gone"));
    assertThrows(IllegalArgumentException.class, () -> local.failNext("TrainingJob", null, ""));
    assertEquals("n must be >= 0, was -1",
        assertThrows(IllegalArgumentException.class, () -> local.throttleNext(-1)).getMessage());
  }

  @Test
  void commandLine_withUnknownOption_failsNamingIt() {
    // main() exits with 2 on this message; StandaloneOptionsTest covers every flag, and the
    // consumer check runs the standalone jar as a process.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StandaloneOptions.parse("--colour", "blue"));

    assertEquals("unknown flag '--colour'", e.getMessage());
  }
}
