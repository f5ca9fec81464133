package dev.sagemaker4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.model.ConstraintViolation.Rule;
import dev.sagemaker4j.model.fixtures.FixtureRequests;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker at the boundary of every kind of rule, with paths, rules and values. */
class ConstraintCheckerTest {
  private static final String NAME_PATTERN = "[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}";

  private static ConstraintViolation only(Object value) {
    List<ConstraintViolation> found = ConstraintChecker.violations(value);
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }

  private static CreateEndpointRequest.Builder endpoint() {
    return FixtureRequests.createEndpoint().toBuilder();
  }

  @Test
  void missingRequiredMember_isReportedByWireName() {
    ConstraintViolation v = only(endpoint().endpointConfigName(null).build());

    assertEquals("EndpointConfigName", v.path());
    assertEquals(Rule.REQUIRED, v.rule());
    assertEquals("EndpointConfigName is required", v.message());
  }

  @Test
  void stringAtMaxLength_passes_andOneMore_failsWithTheValue() {
    String max = "a".repeat(63);
    assertEquals(List.of(), ConstraintChecker.violations(endpoint().endpointName(max).build()));

    ConstraintViolation v = only(endpoint().endpointName(max + "b").build());

    assertEquals(Rule.MAX_LENGTH, v.rule());
    assertEquals("EndpointName", v.path());
    assertEquals("63", v.constraint());
    assertEquals('"' + max + "b\"", v.value());
  }

  @Test
  void stringBelowMinLength_fails() {
    ConstraintViolation v = only(endpoint().tags(t -> t.key("").value("x")).build());

    assertEquals("Tags[0].Key", v.path());
    assertEquals(Rule.MIN_LENGTH, v.rule());
    assertEquals("1", v.constraint());
  }

  @Test
  void stringAtMinLength_passes() {
    assertEquals(List.of(),
        ConstraintChecker.violations(endpoint().tags(t -> t.key("k").value("")).build()));
  }

  @Test
  void lengthCountsCodePoints_notUtf16Units() {
    // 63 emoji are 126 UTF-16 units but 63 characters for the service; the pattern rejects
    // them, but not the length.
    String emoji = "\uD83D\uDE80".repeat(63);
    ConstraintViolation v = only(endpoint().endpointName(emoji).build());

    assertEquals(Rule.PATTERN, v.rule());
  }

  @Test
  void patternMustMatchTheWholeValue() {
    ConstraintViolation v = only(endpoint().endpointName("churn_endpoint").build());

    assertEquals(Rule.PATTERN, v.rule());
    assertEquals(NAME_PATTERN, v.constraint());
    assertEquals("EndpointName must match the pattern " + NAME_PATTERN
        + ", was \"churn_endpoint\"", v.message());
    // a prefix that matches is not enough
    assertEquals(Rule.PATTERN, only(endpoint().endpointName("churn-").build()).rule());
  }

  @Test
  void nestedPath_namesListIndexesAndMembers() {
    CreateProcessingJobRequest request = FixtureRequests.createProcessingJob();
    CreateProcessingJobRequest bad = request.toBuilder()
        .processingInputs(request.processingInputs().get(0),
            request.processingInputs().get(1).toBuilder()
                .s3Input(s -> s.s3Uri("ftp://bucket/key").s3DataType("S3Prefix"))
                .build())
        .build();

    ConstraintViolation v = only(bad);

    assertEquals("ProcessingInputs[1].S3Input.S3Uri", v.path());
    assertEquals(Rule.PATTERN, v.rule());
    assertEquals("\"ftp://bucket/key\"", v.value());
  }

  @Test
  void numberRange_isInclusive() {
    CreateProcessingJobRequest request = FixtureRequests.createProcessingJob();
    for (int ok : new int[] {1, 100}) {
      assertEquals(List.of(), ConstraintChecker.violations(request.toBuilder()
          .processingResources(r -> r.clusterConfig(c -> c.instanceCount(ok)
              .instanceType("ml.m5.xlarge").volumeSizeInGB(30)))
          .build()));
    }

    ConstraintViolation low = only(request.toBuilder()
        .processingResources(r -> r.clusterConfig(c -> c.instanceCount(0)
            .instanceType("ml.m5.xlarge").volumeSizeInGB(30)))
        .build());
    ConstraintViolation high = only(request.toBuilder()
        .processingResources(r -> r.clusterConfig(c -> c.instanceCount(101)
            .instanceType("ml.m5.xlarge").volumeSizeInGB(30)))
        .build());

    assertEquals("ProcessingResources.ClusterConfig.InstanceCount", low.path());
    assertEquals(Rule.MIN_VALUE, low.rule());
    assertEquals("1", low.constraint());
    assertEquals("0", low.value());
    assertEquals(Rule.MAX_VALUE, high.rule());
    assertEquals("100", high.constraint());
  }

  @Test
  void listAtMaxSize_passes_andOneMore_fails() {
    Tag[] fifty = new Tag[50];
    for (int i = 0; i < fifty.length; i++) {
      fifty[i] = Tag.builder().key("k" + i).value("v").build();
    }
    assertEquals(List.of(), ConstraintChecker.violations(endpoint().tags(List.of(fifty)).build()));

    List<Tag> fiftyOne = new java.util.ArrayList<>(List.of(fifty));
    fiftyOne.add(fifty[0]);
    ConstraintViolation v = only(endpoint().tags(fiftyOne).build());

    assertEquals("Tags", v.path());
    assertEquals(Rule.MAX_SIZE, v.rule());
    assertEquals("50", v.constraint());
    assertEquals("51", v.value());
  }

  @Test
  void mapAtMaxSize_passes_andOneMore_fails() {
    java.util.Map<String, String> environment = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 100; i++) {
      environment.put("KEY_" + i, "v");
    }
    CreateProcessingJobRequest.Builder b = FixtureRequests.createProcessingJob().toBuilder()
        .environment(environment);
    assertEquals(List.of(), ConstraintChecker.violations(b.build()));

    environment.put("ONE_MORE", "v");
    ConstraintViolation v = only(b.environment(environment).build());

    assertEquals("Environment", v.path());
    assertEquals(Rule.MAX_SIZE, v.rule());
    assertEquals("100", v.constraint());
  }

  @Test
  void mapKeysAndValues_areChecked() {
    CreateProcessingJobRequest request = FixtureRequests.createProcessingJob().toBuilder()
        .environment(java.util.Map.of("1-bad key", "v")).build();

    ConstraintViolation v = only(request);

    assertEquals("Environment{1-bad key}", v.path());
    assertEquals(Rule.PATTERN, v.rule());
  }

  @Test
  void requiredListSetEmpty_belowItsMinimum_failsOnSize() {
    // ProductionVariants must have at least one element: set empty, it is present and too small
    CreateEndpointConfigRequest request = FixtureRequests.createEndpointConfig().toBuilder()
        .productionVariants(List.of()).build();

    ConstraintViolation v = only(request);

    assertEquals("ProductionVariants", v.path());
    assertEquals(Rule.MIN_SIZE, v.rule());
    assertEquals("1", v.constraint());
    assertEquals("0", v.value());
  }

  @Test
  void requiredListNeverSet_isRequired() {
    CreateEndpointConfigRequest request = FixtureRequests.createEndpointConfig().toBuilder()
        .productionVariants((java.util.Collection<ProductionVariant>) null).build();

    ConstraintViolation v = only(request);

    assertEquals("ProductionVariants", v.path());
    assertEquals(Rule.REQUIRED, v.rule());
  }

  @Test
  void requiredListWithMinimumZero_setEmpty_passes() {
    // ProcessingOutputConfig.Outputs is required with no minimum: an empty one is valid
    CreateProcessingJobRequest request = FixtureRequests.createProcessingJob().toBuilder()
        .processingOutputConfig(o -> o.outputs(List.of())).build();

    assertEquals(List.of(), ConstraintChecker.violations(request));
  }

  @Test
  void optionalListWithMinimumOne_setEmpty_failsOnSize() {
    CreateEndpointRequest request = FixtureRequests.createEndpoint().toBuilder()
        .deploymentConfig(d -> d.autoRollbackConfiguration(a -> a.alarms(List.of()))).build();

    ConstraintViolation v = only(request);

    assertEquals("DeploymentConfig.AutoRollbackConfiguration.Alarms", v.path());
    assertEquals(Rule.MIN_SIZE, v.rule());
  }

  @Test
  void unionWithNoMember_fails() {
    ConstraintViolation v = only(clusterWithStorage(ClusterInstanceStorageConfig.builder().build()));

    assertEquals("InstanceGroups[0].InstanceStorageConfigs[0]", v.path());
    assertEquals(Rule.UNION, v.rule());
    assertEquals("none", v.value());
    assertEquals("EbsVolumeConfig, FsxLustreConfig, FsxOpenZfsConfig", v.constraint());
  }

  @Test
  void unionWithTwoMembers_fails() {
    ClusterInstanceStorageConfig two = ClusterInstanceStorageConfig.builder()
        .ebsVolumeConfig(e -> e.volumeSizeInGB(100))
        .fsxLustreConfig(f -> f.dnsName("fs-0123456789abcdef0.fsx.us-east-1.amazonaws.com").mountName("abcdefgh"))
        .build();

    ConstraintViolation v = only(clusterWithStorage(two));

    assertEquals(Rule.UNION, v.rule());
    assertEquals("2 (EbsVolumeConfig, FsxLustreConfig)", v.value());
    assertEquals(ClusterInstanceStorageConfig.Type.UNKNOWN_TO_SDK_VERSION, two.type());
  }

  @Test
  void unionWithOneMember_passes() {
    ClusterInstanceStorageConfig one = ClusterInstanceStorageConfig.fromEbsVolumeConfig(
        e -> e.volumeSizeInGB(100));

    assertEquals(List.of(), ConstraintChecker.violations(clusterWithStorage(one)));
    assertEquals(ClusterInstanceStorageConfig.Type.EBS_VOLUME_CONFIG, one.type());
  }

  private static CreateClusterRequest clusterWithStorage(ClusterInstanceStorageConfig storage) {
    CreateClusterRequest request = FixtureRequests.createCluster();
    return request.toBuilder()
        .instanceGroups(request.instanceGroups().get(0).toBuilder()
                .instanceStorageConfigs(storage).build(),
            request.instanceGroups().get(1))
        .build();
  }

  @Test
  void idempotencyToken_mayBeEmpty_butIsCheckedWhenSet() {
    CreatePipelineRequest request = FixtureRequests.createPipeline().toBuilder()
        .clientRequestToken(null).build();
    assertEquals(List.of(), ConstraintChecker.violations(request));

    ConstraintViolation v = only(request.toBuilder().clientRequestToken("too-short").build());

    assertEquals("ClientRequestToken", v.path());
    assertEquals(Rule.MIN_LENGTH, v.rule());
    assertEquals("32", v.constraint());
  }

  @Test
  void enumValueUnknownToTheSdk_isAccepted() {
    CreateEndpointConfigRequest request = FixtureRequests.createEndpointConfig();
    CreateEndpointConfigRequest newer = request.toBuilder()
        .productionVariants(request.productionVariants().get(0).toBuilder()
            .instanceType("ml.future9.96xlarge").build())
        .build();

    assertEquals(List.of(), ConstraintChecker.violations(newer));
  }

  @Test
  void check_reportsEveryViolationAtOnce() {
    CreateEndpointRequest bad = endpoint().endpointName("bad name").endpointConfigName(null)
        .tags(t -> t.key("").value("v")).build();

    ConstraintViolationException e =
        assertThrows(ConstraintViolationException.class, () -> ConstraintChecker.check(bad));

    assertEquals("CreateEndpointRequest", e.typeName());
    assertEquals(List.of("EndpointName", "EndpointConfigName", "Tags[0].Key"),
        e.violations().stream().map(ConstraintViolation::path).toList());
    assertTrue(e.getMessage().startsWith("CreateEndpointRequest breaks 3 rules of the SageMaker"
        + " model:\n  - EndpointName must match the pattern"), e.getMessage());
  }

  @Test
  void check_message_namesTheModelSnapshot_andHowToRelaxChecking() {
    CreateEndpointRequest bad = endpoint().endpointName("bad name").build();

    ConstraintViolationException e =
        assertThrows(ConstraintViolationException.class, () -> ConstraintChecker.check(bad));

    String snapshot = ConstraintChecker.modelSnapshot();
    assertTrue(snapshot.matches("botocore \\d+\\.\\d+\\.\\d+, service model sha256 [0-9a-f]{8}"),
        snapshot);
    assertEquals(snapshot, e.modelSnapshot());
    String last = e.getMessage().substring(e.getMessage().lastIndexOf('\n') + 1);
    assertEquals("Checked against the model this SDK was generated from (" + snapshot + ")."
        + " If SageMaker has relaxed a rule since, upgrade sagemaker4j or send anyway:"
        + " overrideConfiguration(o -> o.constraintChecking(ConstraintChecking.WARN)) logs the"
        + " violations and sends, ConstraintChecking.OFF does not check.", last);
  }

  @Test
  void longValues_areShortenedInMessages() {
    String huge = "x".repeat(5000);
    ConstraintViolation v = only(endpoint().endpointName(huge).build());

    assertTrue(v.value().length() < 200, v.value());
    assertTrue(v.value().endsWith("(5000 characters)"), v.value());
  }

  @Test
  void validRequests_ofEverySeedOperation_pass() {
    for (Object request : List.of(FixtureRequests.createPipeline(),
        FixtureRequests.createProcessingJob(), FixtureRequests.createEndpoint(),
        FixtureRequests.createModel(), FixtureRequests.createCluster())) {
      assertEquals(List.of(), ConstraintChecker.violations(request), request.toString());
    }
  }

  @Test
  void multiLineText_passesDotStarPatterns() {
    CreatePipelineRequest request = FixtureRequests.createPipeline().toBuilder()
        .pipelineDescription("line one\nline two").build();

    assertEquals(List.of(), ConstraintChecker.violations(request));
  }

  @Test
  void notAModelType_isRejectedWithItsName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConstraintChecker.check("a string"));

    assertEquals("not a SageMaker model type: java.lang.String", e.getMessage());
  }
}
