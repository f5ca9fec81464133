package dev.sagemaker4j.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names follow the AWS SDK for Java v2, so code reads the same in both SDKs. */
class NamingTest {
  @ParameterizedTest
  @CsvSource({
      "EndpointName, endpointName",
      "S3Uri, s3Uri",
      "VPCConfig, vpcConfig",
      "KmsKeyId, kmsKeyId",
      "EnableSSMAccess, enableSSMAccess",
      "FSxLustreConfig, fSxLustreConfig",
      "MLflowConfig, mLflowConfig",
      "ETag, eTag",
      "Default, defaultValue",
      "ID, id"})
  void memberName(String wire, String java) {
    assertEquals(java, Naming.memberName(wire));
  }

  @ParameterizedTest
  @CsvSource({
      "InService, IN_SERVICE",
      "OutOfService, OUT_OF_SERVICE",
      "ml.t3.medium, ML_T3_MEDIUM",
      "ml.p5.48xlarge, ML_P5_48_XLARGE",
      "ml.p4d.24xlarge, ML_P4_D_24_XLARGE",
      "CAPACITY_PERCENT, CAPACITY_PERCENT",
      "ShardedByS3Key, SHARDED_BY_S3_KEY",
      "application/json, APPLICATION_JSON",
      "TLSv1.2, TLS_V1_2",
      "1x, VALUE_1_X"})
  void enumConstant(String value, String constant) {
    assertEquals(constant, Naming.enumConstant(value));
  }
}
