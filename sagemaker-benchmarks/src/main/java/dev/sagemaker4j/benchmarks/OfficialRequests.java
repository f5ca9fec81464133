package dev.sagemaker4j.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.AthenaResultCompressionType;
import software.amazon.awssdk.services.sagemaker.model.AthenaResultFormat;
import software.amazon.awssdk.services.sagemaker.model.CreateProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DataDistributionType;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.InputMode;
import software.amazon.awssdk.services.sagemaker.model.ProcessingInput;
import software.amazon.awssdk.services.sagemaker.model.ProcessingInstanceType;
import software.amazon.awssdk.services.sagemaker.model.ProcessingOutput;
import software.amazon.awssdk.services.sagemaker.model.ProcessingS3CompressionType;
import software.amazon.awssdk.services.sagemaker.model.ProcessingS3DataDistributionType;
import software.amazon.awssdk.services.sagemaker.model.ProcessingS3DataType;
import software.amazon.awssdk.services.sagemaker.model.ProcessingS3InputMode;
import software.amazon.awssdk.services.sagemaker.model.ProcessingS3UploadMode;
import software.amazon.awssdk.services.sagemaker.model.Tag;

/**
 * The official client's requests equal to ours, built by hand with its builders: {@link
 * #createProcessingJob()} is {@code FixtureRequests.createProcessingJob()} of sagemaker-model
 * member for member. {@link WireCheck} proves that both put the same JSON tree on the wire.
 */
public final class OfficialRequests {
  private static final String KMS_KEY =
      "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  private static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
  private static final String SKLEARN_IMAGE =
      "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3";

  private OfficialRequests() {}

  /** DescribeEndpoint of {@code churn-endpoint}. */
  public static DescribeEndpointRequest describeEndpoint() {
    return DescribeEndpointRequest.builder().endpointName("churn-endpoint").build();
  }

  /** CreateProcessingJob with every member set. */
  public static CreateProcessingJobRequest createProcessingJob() {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("LOG_LEVEL", "INFO");
    environment.put("FEATURE_GROUP_NAME", "customer-churn-features");
    return CreateProcessingJobRequest.builder()
        .processingInputs(
            ProcessingInput.builder()
                .inputName("raw-data")
                .appManaged(false)
                .s3Input(s -> s.s3Uri("s3://amzn-s3-demo-bucket/churn/raw/2024-06-01/")
                    .localPath("/opt/ml/processing/input/raw")
                    .s3DataType(ProcessingS3DataType.S3_PREFIX)
                    .s3InputMode(ProcessingS3InputMode.FILE)
                    .s3DataDistributionType(ProcessingS3DataDistributionType.SHARDED_BY_S3_KEY)
                    .s3CompressionType(ProcessingS3CompressionType.NONE))
                .build(),
            ProcessingInput.builder()
                .inputName("athena-features")
                .datasetDefinition(d -> d
                    .athenaDatasetDefinition(a -> a.catalog("AwsDataCatalog")
                        .database("churn_db")
                        .queryString("SELECT customer_id, tenure, monthly_charges, churned\n"
                            + "FROM customers WHERE snapshot_date = '2024-06-01'")
                        .workGroup("primary")
                        .outputS3Uri("s3://amzn-s3-demo-bucket/churn/athena-results/")
                        .kmsKeyId(KMS_KEY)
                        .outputFormat(AthenaResultFormat.PARQUET)
                        .outputCompression(AthenaResultCompressionType.SNAPPY))
                    .localPath("/opt/ml/processing/input/athena")
                    .dataDistributionType(DataDistributionType.FULLY_REPLICATED)
                    .inputMode(InputMode.FILE))
                .build())
        .processingOutputConfig(o -> o
            .outputs(
                ProcessingOutput.builder()
                    .outputName("train")
                    .s3Output(s -> s.s3Uri("s3://amzn-s3-demo-bucket/churn/processed/train/")
                        .localPath("/opt/ml/processing/output/train")
                        .s3UploadMode(ProcessingS3UploadMode.END_OF_JOB))
                    .build(),
                ProcessingOutput.builder()
                    .outputName("features")
                    .featureStoreOutput(f -> f.featureGroupName("customer-churn-features"))
                    .appManaged(true)
                    .build())
            .kmsKeyId(KMS_KEY))
        .processingJobName("churn-preprocess-2024-06-01-12-00-00")
        .processingResources(r -> r.clusterConfig(c -> c.instanceCount(2)
            .instanceType(ProcessingInstanceType.ML_M5_XLARGE)
            .volumeSizeInGB(30)
            .volumeKmsKeyId(KMS_KEY)))
        .stoppingCondition(s -> s.maxRuntimeInSeconds(3600))
        .appSpecification(a -> a.imageUri(SKLEARN_IMAGE)
            .containerEntrypoint("python3", "/opt/ml/processing/input/code/preprocess.py")
            .containerArguments("--train-test-split-ratio", "0.2", "--target-column", "churned"))
        .environment(environment)
        .networkConfig(n -> n.enableInterContainerTrafficEncryption(true)
            .enableNetworkIsolation(false)
            .vpcConfig(v -> v.securityGroupIds("sg-0a1b2c3d4e5f67890")
                .subnets("subnet-0123456789abcdef0", "subnet-0fedcba9876543210")))
        .roleArn(ROLE)
        .tags(Tag.builder().key("project").value("customer-churn").build(),
            Tag.builder().key("cost-center").value("ml-platform-1234").build())
        .experimentConfig(e -> e.experimentName("customer-churn")
            .trialName("churn-trial-2024-06-01")
            .trialComponentDisplayName("preprocess")
            .runName("preprocess-run-1"))
        .build();
  }
}
