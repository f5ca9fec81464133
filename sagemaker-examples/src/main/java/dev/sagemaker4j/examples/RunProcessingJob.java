package dev.sagemaker4j.examples;

import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.model.DescribeProcessingJobResponse;
import dev.sagemaker4j.model.ProcessingInstanceType;
import dev.sagemaker4j.model.ProcessingS3DataType;
import dev.sagemaker4j.model.ProcessingS3InputMode;
import dev.sagemaker4j.model.ProcessingS3UploadMode;

/** Runs a processing job that reads from S3 and writes back to S3, and waits for it. */
public final class RunProcessingJob {
  static final String IMAGE =
      "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3";

  public static void main(String[] args) {
    try (Examples env = Examples.open(args)) {
      run(env);
    }
  }

  static void run(Examples env) {
    env.title("Run a processing job");
    SageMakerClient sageMaker = env.client();
    String job = env.name("churn-preprocess");

    sageMaker.createProcessingJob(r -> r
        .processingJobName(job)
        .roleArn(env.roleArn())
        .appSpecification(a -> a.imageUri(IMAGE)
            .containerEntrypoint("python3", "/opt/ml/processing/input/code/preprocess.py"))
        .processingResources(p -> p.clusterConfig(c -> c.instanceCount(1)
            .instanceType(ProcessingInstanceType.ML_M5_XLARGE).volumeSizeInGB(30)))
        .processingInputs(
            i -> i.inputName("raw").s3Input(s -> s.s3Uri(env.s3("churn/raw/"))
                .localPath("/opt/ml/processing/input/raw")
                .s3DataType(ProcessingS3DataType.S3_PREFIX)
                .s3InputMode(ProcessingS3InputMode.FILE)),
            i -> i.inputName("code").s3Input(s -> s.s3Uri(env.s3("churn/code/preprocess.py"))
                .localPath("/opt/ml/processing/input/code")
                .s3DataType(ProcessingS3DataType.S3_PREFIX)
                .s3InputMode(ProcessingS3InputMode.FILE)))
        .processingOutputConfig(o -> o.outputs(x -> x.outputName("train")
            .s3Output(s -> s.s3Uri(env.s3("churn/processed/"))
                .localPath("/opt/ml/processing/output/train")
                .s3UploadMode(ProcessingS3UploadMode.END_OF_JOB))))
        .stoppingCondition(s -> s.maxRuntimeInSeconds(3600))
        .environment(java.util.Map.of("LOG_LEVEL", "INFO")));
    env.step("started processing job %s", job);

    DescribeProcessingJobResponse done = sageMaker.waiter()
        .waitUntilProcessingJobCompletedOrStopped(r -> r.processingJobName(job), env::waits)
        .response().orElseThrow();
    env.step("job %s: started %s, ended %s", done.processingJobStatusAsString(),
        done.processingStartTime().orElse(null), done.processingEndTime().orElse(null));
  }

  private RunProcessingJob() {}
}
