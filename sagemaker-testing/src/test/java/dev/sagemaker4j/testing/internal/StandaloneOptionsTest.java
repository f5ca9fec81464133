package dev.sagemaker4j.testing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.client.exception.ResourceLimitExceededException;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import dev.sagemaker4j.model.DescribeNotebookInstanceResponse;
import dev.sagemaker4j.model.EndpointStatus;
import dev.sagemaker4j.model.NotebookInstanceStatus;
import dev.sagemaker4j.model.ProductionVariantInstanceType;
import dev.sagemaker4j.testing.LocalSageMaker;
import dev.sagemaker4j.testing.internal.StandaloneOptions.PlannedFailure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/** The stand-in's command line: parsing, errors, and what each flag does to a started stand-in. */
class StandaloneOptionsTest {
  private static final String ROLE = "arn:aws:iam::210987654321:role/SageMakerRole";
  private static final String IMAGE =
      "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";

  @Test
  void parse_noFlags_givesTheDefaults() {
    StandaloneOptions options = StandaloneOptions.parse();

    assertFalse(options.help());
    assertEquals(8090, options.port());
    assertEquals(Region.US_EAST_1, options.region());
    assertEquals("123456789012", options.accountId());
    assertEquals(2, options.pollsPerTransition());
    assertEquals(100_000, options.maxResources());
    assertEquals(Map.of(), options.credentials());
    assertEquals(List.of(), options.failures());
    assertEquals(0, options.throttleNext());
  }

  @Test
  void parse_everyFlag_inBothForms_setsIt() {
    StandaloneOptions options = StandaloneOptions.parse("--port", "0", "--region=eu-west-1",
        "--account-id", "210987654321", "--polls-per-transition=1",
        "--credentials", "AKIDEXAMPLE:secret/with+signs", "--endpoint-instance-quota",
        "ml.m5.xlarge=2", "--processing-instance-quota=ml.m5.4xlarge=4",
        "--fail-next", "endpoint:churn=The primary container failed ping.",
        "--fail-next=processing-job=Out of memory", "--fail-next", "training-job=Killed",
        "--max-resources=50", "--throttle-next", "3");

    assertEquals(0, options.port());
    assertEquals(Region.EU_WEST_1, options.region());
    assertEquals("210987654321", options.accountId());
    assertEquals(1, options.pollsPerTransition());
    assertEquals(Map.of("AKIDEXAMPLE", "secret/with+signs"), options.credentials());
    assertEquals(Map.of("ml.m5.xlarge", 2), options.endpointInstanceQuotas());
    assertEquals(Map.of("ml.m5.4xlarge", 4), options.processingInstanceQuotas());
    assertEquals(List.of(
        new PlannedFailure("Endpoint", "churn", "The primary container failed ping."),
        new PlannedFailure("ProcessingJob", null, "Out of memory"),
        new PlannedFailure("TrainingJob", null, "Killed")),
        options.failures());
    assertEquals(50, options.maxResources());
    assertEquals(3, options.throttleNext());
  }

  @Test
  void parse_help_isHelp() {
    assertTrue(StandaloneOptions.parse("--help").help());
    assertTrue(StandaloneOptions.parse("-h").help());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--port|abc|--port takes a number from 0 to 65535, was 'abc'",
      "--port|70000|--port takes a number from 0 to 65535, was '70000'",
      "--region|EU WEST|--region takes a region id such as us-east-1, was 'EU WEST'",
      "--account-id|1234|--account-id takes 12 digits, was '1234'",
      "--polls-per-transition|0|--polls-per-transition takes a number from 1 to 1000000, was '0'",
      "--credentials|AKID|--credentials takes ACCESS_KEY_ID:SECRET_ACCESS_KEY, was 'AKID'",
      "--credentials|AKID:|--credentials takes ACCESS_KEY_ID:SECRET_ACCESS_KEY, was 'AKID:'",
      "--endpoint-instance-quota|m5.xlarge=2|--endpoint-instance-quota takes INSTANCE_TYPE=COUNT,"
          + " such as ml.m5.xlarge=2, was 'm5.xlarge=2'",
      "--processing-instance-quota|ml.m5.xlarge=-1|--processing-instance-quota takes"
          + " INSTANCE_TYPE=COUNT with a COUNT of 0 or more, was 'ml.m5.xlarge=-1'",
      "--fail-next|endpoint|--fail-next takes KIND[:NAME]=REASON, KIND a kind of resource"
          + " with a lifecycle, such as endpoint, processing-job, pipeline-execution, cluster or"
          + " training-job, as in endpoint:churn=The container failed ping., was 'endpoint'",
      "--fail-next|model=gone|--fail-next takes KIND[:NAME]=REASON, KIND a kind of resource"
          + " with a lifecycle, such as endpoint, processing-job, pipeline-execution, cluster or"
          + " training-job, as in endpoint:churn=The container failed ping., was 'model=gone'",
      "--throttle-next|-1|--throttle-next takes a number from 0 to 1000000, was '-1'",
      "--max-resources|0|--max-resources takes a number from 1 to 2147483647, was '0'",
  })
  void parse_aBadValue_namesTheFlagAndTheValue(String flag, String value, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StandaloneOptions.parse(flag, value));

    assertEquals(message, e.getMessage());
  }

  @Test
  void parse_anUnknownFlag_namesIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StandaloneOptions.parse("--port", "8090", "--prot=8091"));

    assertEquals("unknown flag '--prot=8091'", e.getMessage());
  }

  @Test
  void parse_aFlagWithoutItsValue_namesTheFlag() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StandaloneOptions.parse("--region"));

    assertEquals("--region needs a value", e.getMessage());
  }

  @Test
  void usage_listsEveryFlag() {
    String usage = StandaloneOptions.usage();

    for (String flag : List.of("--port", "--region", "--account-id", "--polls-per-transition",
        "--credentials", "--endpoint-instance-quota", "--processing-instance-quota",
        "--max-resources", "--fail-next", "--throttle-next", "--help")) {
      assertTrue(usage.contains(flag + " "), flag);
    }
  }

  @Test
  void start_withRegionAccountAndCredentials_answersWithThemAndPrintsTheExportLine() {
    StandaloneOptions options = StandaloneOptions.parse("--port", "0", "--region", "eu-west-1",
        "--account-id", "210987654321", "--credentials", "AKIDEXAMPLE:it's-secret");
    try (LocalSageMaker local = options.start();
         SageMakerClient sageMaker = SageMakerClient.builder()
             .region(Region.EU_WEST_1)
             .endpointOverride(local.endpoint())
             .credentialsProvider(StaticCredentialsProvider.create(
                 AwsBasicCredentials.create("AKIDEXAMPLE", "it's-secret")))
             .build()) {
      String arn = sageMaker.createModel(r -> r.modelName("churn-model").executionRoleArn(ROLE)
          .primaryContainer(c -> c.image(IMAGE))).modelArn();

      assertEquals("arn:aws:sagemaker:eu-west-1:210987654321:model/churn-model", arn);
      String banner = options.banner(local);
      assertTrue(banner.contains("\nexport AWS_ENDPOINT_URL_SAGEMAKER=" + local.endpoint()
          + " AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE"
          + " AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
          + " AWS_REGION=eu-west-1 AWS_DEFAULT_REGION=eu-west-1\n"), banner);
      assertTrue(banner.contains("access key id AKIDEXAMPLE"), banner);
      assertFalse(banner.contains("it's-secret"), "the extra secret is not printed: " + banner);
    }
  }

  @Test
  void start_withFailNextAndOnePollPerStep_failsThatEndpoint() {
    StandaloneOptions options = StandaloneOptions.parse("--port", "0",
        "--polls-per-transition", "1", "--fail-next", "endpoint:churn=The container failed ping.");
    try (LocalSageMaker local = options.start(); SageMakerClient sageMaker = local.client()) {
      createEndpoint(sageMaker, "churn", 1);

      sageMaker.describeEndpoint(r -> r.endpointName("churn"));
      DescribeEndpointResponse failed = sageMaker.describeEndpoint(r -> r.endpointName("churn"));

      assertEquals(EndpointStatus.FAILED, failed.endpointStatus());
      assertEquals("The container failed ping.", failed.failureReason().orElseThrow());
      assertTrue(options.banner(local).contains(
          "the next endpoint 'churn' step fails with 'The container failed ping.'"));
    }
  }

  @Test
  void start_withAnEndpointInstanceQuota_refusesEndpointsBeyondIt() {
    StandaloneOptions options = StandaloneOptions.parse("--port", "0",
        "--endpoint-instance-quota", "ml.m5.xlarge=1");
    try (LocalSageMaker local = options.start(); SageMakerClient sageMaker = local.client()) {
      createEndpoint(sageMaker, "churn-a", 1);

      ResourceLimitExceededException e = assertThrows(ResourceLimitExceededException.class,
          () -> createEndpoint(sageMaker, "churn-b", 1));

      assertTrue(e.errorMessage().contains("'ml.m5.xlarge for endpoint usage' is 1 Instances"),
          e.errorMessage());
    }
  }

  @Test
  void start_withThrottleNext_throttlesThatManyRequests() {
    StandaloneOptions options = StandaloneOptions.parse("--port", "0", "--throttle-next", "3");
    try (LocalSageMaker local = options.start(); SageMakerClient sageMaker = local.client()) {
      // The client makes 3 attempts: all 3 are throttled, the next call goes through.
      SageMakerException e = assertThrows(SageMakerException.class,
          () -> sageMaker.listModels(r -> { }));
      assertEquals("ThrottlingException", e.errorCode());

      assertEquals(0, sageMaker.listModels(r -> { }).models().size());
      assertTrue(options.banner(local).contains("the next 3 requests are throttled"));
    }
  }

  @Test
  void start_withMaxResources_refusesTheCreateBeyondIt() {
    StandaloneOptions options = StandaloneOptions.parse("--port", "0", "--max-resources", "2");
    try (LocalSageMaker local = options.start(); SageMakerClient sageMaker = local.client()) {
      sageMaker.createExperiment(r -> r.experimentName("first"));
      sageMaker.createModel(r -> r.modelName("second").executionRoleArn(ROLE)
          .primaryContainer(c -> c.image(IMAGE)));

      ResourceLimitExceededException e = assertThrows(ResourceLimitExceededException.class,
          () -> sageMaker.createExperiment(r -> r.experimentName("third")));

      assertTrue(e.errorMessage().contains("maxResources 2"), e.errorMessage());
      assertTrue(e.errorMessage().contains("--max-resources N"), e.errorMessage());
    }
  }

  @Test
  void start_withFailNextOfAKindTheEngineHolds_failsThatResource() {
    StandaloneOptions options = StandaloneOptions.parse("--port", "0",
        "--polls-per-transition", "1", "--fail-next", "notebook-instance:nb=No capacity.");
    try (LocalSageMaker local = options.start(); SageMakerClient sageMaker = local.client()) {
      sageMaker.createNotebookInstance(r -> r.notebookInstanceName("nb")
          .instanceType("ml.t3.medium").roleArn(ROLE));

      sageMaker.describeNotebookInstance(r -> r.notebookInstanceName("nb"));
      DescribeNotebookInstanceResponse failed =
          sageMaker.describeNotebookInstance(r -> r.notebookInstanceName("nb"));

      assertEquals(NotebookInstanceStatus.FAILED, failed.notebookInstanceStatus().orElseThrow());
      assertEquals("No capacity.", failed.failureReason().orElseThrow());
      assertTrue(options.banner(local).contains(
          "the next notebook instance 'nb' step fails with 'No capacity.'"),
          options.banner(local));
    }
  }

  private static void createEndpoint(SageMakerClient sageMaker, String name, int instances) {
    if (sageMaker.listModels(r -> r.nameContains("churn-model")).models().isEmpty()) {
      sageMaker.createModel(r -> r.modelName("churn-model").executionRoleArn(ROLE)
          .primaryContainer(c -> c.image(IMAGE)));
    }
    sageMaker.createEndpointConfig(r -> r.endpointConfigName(name + "-config")
        .productionVariants(v -> v.variantName("a").modelName("churn-model")
            .initialInstanceCount(instances)
            .instanceType(ProductionVariantInstanceType.ML_M5_XLARGE)));
    sageMaker.createEndpoint(r -> r.endpointName(name).endpointConfigName(name + "-config"));
  }
}
