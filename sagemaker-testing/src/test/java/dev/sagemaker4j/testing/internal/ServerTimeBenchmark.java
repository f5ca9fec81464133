package dev.sagemaker4j.testing.internal;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.testing.LocalSageMaker;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * How long the stand-in works on a call, without HTTP: typical requests of a hand-written family
 * and of the engine, sent once by a real client, then answered again and again straight from the
 * dispatcher (signature check, JSON read, model rules, the operation, JSON write), timed per
 * call. A program, not a test: it prints its figures, which are noise on a shared machine.
 *
 * <pre>
 * mvn -pl sagemaker-testing test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.sagemaker4j.testing.internal.ServerTimeBenchmark
 * </pre>
 */
public final class ServerTimeBenchmark {
  private static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
  private static final String IMAGE =
      "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-xgboost:latest";
  private static final int ROUNDS = 20_000;

  private ServerTimeBenchmark() {}

  public static void main(String[] args) {
    Settings settings = new Settings(0, "us-east-1", LocalSageMaker.DEFAULT_ACCOUNT_ID, 1_000_000,
        Clock.systemUTC(), Map.of(LocalSageMaker.DEFAULT_ACCESS_KEY_ID,
            LocalSageMaker.DEFAULT_SECRET_ACCESS_KEY), Map.of(), Map.of(), 100_000);
    try (StandIn standIn = StandIn.start(settings);
        SageMakerClient client = SageMakerClient.builder().region(Region.US_EAST_1)
            .endpointOverride(standIn.endpoint())
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                LocalSageMaker.DEFAULT_ACCESS_KEY_ID, LocalSageMaker.DEFAULT_SECRET_ACCESS_KEY)))
            .build()) {
      client.createModel(r -> r.modelName("churn").executionRoleArn(ROLE)
          .primaryContainer(c -> c.image(IMAGE)));
      client.createTrainingJob(r -> r.trainingJobName("train").roleArn(ROLE)
          .algorithmSpecification(a -> a.trainingImage(IMAGE).trainingInputMode("File"))
          .outputDataConfig(o -> o.s3OutputPath("s3://bucket/output"))
          .resourceConfig(c -> c.instanceType("ml.m5.xlarge").instanceCount(1)
              .volumeSizeInGB(30))
          .stoppingCondition(s -> s.maxRuntimeInSeconds(3600)));
      for (int i = 0; i < 50; i++) {
        int n = i;
        client.createExperiment(r -> r.experimentName("experiment-" + n));
      }
      client.describeModel(r -> r.modelName("churn"));
      client.describeTrainingJob(r -> r.trainingJobName("train"));
      client.listExperiments(r -> r.maxResults(10));
      client.addTags(r -> r.resourceArn("arn:aws:sagemaker:us-east-1:123456789012:experiment/"
          + "experiment-1").tags(t -> t.key("team").value("ml")));

      Map<String, WireRequest> requests = new LinkedHashMap<>();
      for (ServeEvent e : standIn.server().getAllServeEvents()) {
        String target = e.getRequest().getHeader("X-Amz-Target");
        if (!target.contains("Create")) {
          requests.put(target.substring(target.indexOf('.') + 1),
              Transformer.toWire(e.getRequest()));
        }
      }
      System.out.printf("server time per call, %d calls each after a warm-up:%n", ROUNDS);
      for (Map.Entry<String, WireRequest> r : requests.entrySet()) {
        time(standIn, r.getValue(), ROUNDS); // warm-up
        long[] nanos = time(standIn, r.getValue(), ROUNDS);
        Arrays.sort(nanos);
        System.out.printf("  %-20s median %6.1f us, p99 %6.1f us%n", r.getKey(),
            nanos[ROUNDS / 2] / 1e3, nanos[ROUNDS * 99 / 100] / 1e3);
      }
    }
  }

  private static long[] time(StandIn standIn, WireRequest request, int rounds) {
    long[] nanos = new long[rounds];
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      WireResponse answer = standIn.handle(request);
      nanos[i] = System.nanoTime() - start;
      if (answer.status() != 200 && statuses.size() < 1) {
        statuses.add(answer.status());
        System.out.println("  (answered " + answer.status() + ": "
            + new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8) + ")");
      }
    }
    return nanos;
  }
}
