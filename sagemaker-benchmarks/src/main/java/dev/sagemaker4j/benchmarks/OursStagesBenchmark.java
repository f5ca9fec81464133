package dev.sagemaker4j.benchmarks;

import dev.sagemaker4j.benchmarks.server.CannedResponses;
import dev.sagemaker4j.model.ConstraintChecker;
import dev.sagemaker4j.model.CreateProcessingJobRequest;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import dev.sagemaker4j.model.fixtures.FixtureRequests;
import dev.sagemaker4j.model.internal.JsonCodec;
import dev.sagemaker4j.model.internal.StructSchema;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Diagnosis, not a comparison: the stages of our call measured one by one, without the network,
 * so that time and bytes per call can be attributed (run by {@code run.sh --profile}). The
 * stages call the model's public engines directly; the HTTP request is built the way the
 * client's {@code RequestPipeline} builds it, and {@link #sign()} measures the AWS SDK's {@code
 * AwsV4HttpSigner} (what the official client signs with, and what our client signed with until
 * it got a signer of its own, which is internal and not reachable from here).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 4, time = 2)
@State(Scope.Benchmark)
public class OursStagesBenchmark {
  private CreateProcessingJobRequest request;
  private StructSchema<CreateProcessingJobRequest> requestSchema;
  private StructSchema<DescribeEndpointResponse> responseSchema;
  private byte[] body;
  private byte[] response;
  private SdkHttpFullRequest http;
  private AwsCredentialsIdentity identity;
  private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

  /** Builds the inputs of every stage. */
  @Setup(Level.Trial)
  public void setUp() {
    request = FixtureRequests.createProcessingJob();
    requestSchema = StructSchema.of(CreateProcessingJobRequest.class);
    responseSchema = StructSchema.of(DescribeEndpointResponse.class);
    body = JsonCodec.toBytes(requestSchema, request);
    response = CannedResponses.body("DescribeEndpoint");
    http = httpRequest();
    identity = Contenders.credentials().resolveCredentials();
  }

  /** Stage 1: the constraint check of the large request. */
  @Benchmark
  public Object check() {
    return ConstraintChecker.violations(request);
  }

  /** Stage 3: the large request to JSON bytes. */
  @Benchmark
  public byte[] serialize() {
    return JsonCodec.toBytes(requestSchema, request);
  }

  /** The HTTP request with its headers, which the client builds for each attempt before signing. */
  @Benchmark
  public SdkHttpFullRequest buildHttpRequest() {
    return httpRequest();
  }

  /** Stage 6: SigV4 over the large body with the AWS SDK's signer, once per attempt. */
  @Benchmark
  public SdkHttpRequest sign() {
    SdkHttpRequest r = http.toBuilder()
        .putHeader("amz-sdk-request", "attempt=1; max=3")
        .build();
    return signer.sign(SignRequest.builder(identity)
            .request(r)
            .payload(ContentStreamProvider.fromByteArrayUnsafe(body))
            .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sagemaker")
            .putProperty(AwsV4HttpSigner.REGION_NAME, Contenders.REGION.id())
            .putProperty(HttpSigner.SIGNING_CLOCK, java.time.Clock.systemUTC())
            .build())
        .request();
  }

  /** Stage 8: the large DescribeEndpoint answer into its response type. */
  @Benchmark
  public DescribeEndpointResponse parse() throws java.io.IOException {
    return JsonCodec.read(responseSchema, response, 0, response.length);
  }

  private SdkHttpFullRequest httpRequest() {
    return SdkHttpFullRequest.builder()
        .method(SdkHttpMethod.POST)
        .uri(URI.create("http://127.0.0.1:8080"))
        .encodedPath("/")
        .putHeader("Content-Type", "application/x-amz-json-1.1")
        .putHeader("X-Amz-Target", "SageMaker.CreateProcessingJob")
        .putHeader("User-Agent", "sagemaker4j/0.1.0-SNAPSHOT")
        .putHeader("Content-Length", Integer.toString(body == null ? 0 : body.length))
        .putHeader("amz-sdk-invocation-id", UUID.randomUUID().toString())
        .build();
  }
}
