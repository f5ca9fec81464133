package dev.sagemaker4j.testing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.model.ConstraintChecker;
import dev.sagemaker4j.model.CreateProcessingJobRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checker paths and rules in the service's ValidationException form. */
class ViolationsTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";

  private static CreateProcessingJobRequest.Builder job() {
    return CreateProcessingJobRequest.builder().processingJobName("churn").roleArn(ROLE)
        .appSpecification(a -> a.imageUri("image"))
        .processingResources(p -> p.clusterConfig(c -> c.instanceCount(1)
            .instanceType("ml.m5.xlarge").volumeSizeInGB(30)));
  }

  @Test
  void servicePath_listElementsAreCountedFromOneWithMember() {
    assertEquals("productionVariants.1.member.modelName",
        Violations.ServicePath.of("ProductionVariants[0].ModelName").text);
    assertEquals("processingInputs.2.member.s3Input.s3Uri",
        Violations.ServicePath.of("ProcessingInputs[1].S3Input.S3Uri").text);
    assertEquals("tags.1.member", Violations.ServicePath.of("Tags[0]").text);
  }

  @Test
  void servicePath_mapEntriesAndKeysAreReportedOnTheMap() {
    Violations.ServicePath value = Violations.ServicePath.of("Environment[\"KEY\"]");
    Violations.ServicePath key = Violations.ServicePath.of("Environment{bad key}");

    assertEquals("environment", value.text);
    assertTrue(value.mapValue);
    assertEquals("environment", key.text);
    assertTrue(key.mapKey);
  }

  @Test
  void message_forANestedListElement_namesItsServicePath() {
    CreateProcessingJobRequest request = job()
        .processingInputs(i -> i.inputName("raw").s3Input(s -> s.s3Uri("s3://b/raw")
            .localPath("/opt/ml/processing/raw").s3DataType("S3Prefix")),
            i -> i.inputName("bad").s3Input(s -> s.s3Uri("ftp://nowhere")
            .localPath("/opt/ml/processing/bad").s3DataType("S3Prefix")))
        .build();

    assertEquals("1 validation error detected: Value 'ftp://nowhere' at"
        + " 'processingInputs.2.member.s3Input.s3Uri' failed to satisfy constraint: Member must"
        + " satisfy regular expression pattern: ^(https|s3)://([^/]+)/?(.*)",
        Violations.message(ConstraintChecker.violations(request)));
  }

  @Test
  void message_forMapKeysAndValues_wrapsTheRule() {
    CreateProcessingJobRequest request = job()
        .environment(Map.of("1BAD", "ok", "GOOD", "v".repeat(257)))
        .build();

    String message = Violations.message(ConstraintChecker.violations(request));

    assertTrue(message.startsWith("2 validation errors detected: "), message);
    assertTrue(message.contains("Value '1BAD' at 'environment' failed to satisfy constraint: Map"
        + " keys must satisfy constraint: [Member must satisfy regular expression pattern:"
        + " ^[a-zA-Z_][a-zA-Z0-9_]*]"), message);
    assertTrue(message.contains("at 'environment' failed to satisfy constraint: Map value must"
        + " satisfy constraint: [Member must have length less than or equal to 256]"), message);
  }
}
