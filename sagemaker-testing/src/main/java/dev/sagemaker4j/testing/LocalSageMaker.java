package dev.sagemaker4j.testing;

import dev.sagemaker4j.client.SageMakerAsyncClient;
import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.testing.internal.Settings;
import dev.sagemaker4j.testing.internal.StandIn;
import dev.sagemaker4j.testing.internal.StandaloneOptions;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * A stateful, in-memory stand-in for SageMaker on a loopback port, for tests and examples that
 * have no AWS account. Point a real {@link SageMakerClient} (or any AWS SDK or the AWS CLI) at it
 * and it answers every operation this SDK generates as the service does: its error codes and
 * messages, its ARN forms, resources that move through their lifecycles, lists that page as the
 * service pages, tags, quotas, throttling, and SigV4 signatures checked on every request.
 * Endpoints, models, endpoint configurations, processing jobs, pipelines and clusters are
 * modelled in detail; every other kind of resource is held by a model-driven engine that stores
 * what {@code Create<X>} said and answers {@code Describe<X>}, {@code List<X>s}, {@code
 * Update<X>}, {@code Delete<X>}, {@code Start<X>} and {@code Stop<X>} from it, with a lifecycle
 * read from the kind's status values (Creating or InProgress, then InService, Completed, Active
 * or Created).
 *
 * <pre>{@code
 * try (LocalSageMaker local = LocalSageMaker.start();
 *     SageMakerClient sageMaker = local.client()) {
 *   sageMaker.createModel(r -> r.modelName("churn").executionRoleArn(role)
 *       .primaryContainer(c -> c.image(image)));
 *   ...
 * }
 * }</pre>
 *
 * <p><b>Lifecycles move with Describe calls, not with time.</b> A resource is born in its first
 * state (an endpoint {@code Creating}, a processing job {@code InProgress}). Every Describe of it
 * answers its current state and counts one poll; after {@link Builder#pollsPerTransition} polls
 * (default 2) it moves one step, which the next Describe shows: endpoints Creating, Updating -&gt;
 * InService and Deleting -&gt; gone; processing jobs InProgress -&gt; Completed and Stopping -&gt;
 * Stopped; pipeline executions Executing -&gt; Succeeded; clusters Creating -&gt; InService and
 * Deleting -&gt; gone; the engine's kinds from their in-progress status to their final one
 * (training jobs InProgress -&gt; Completed, notebook instances Pending -&gt; InService, ...).
 * {@link #failNext} makes a step end in failure instead.
 *
 * <p><b>Memory is bounded</b>: it holds at most {@link Builder#maxResources} resources; a create
 * past the cap fails with {@code ResourceLimitExceeded}.
 *
 * <p><b>Lists cut the page before they filter</b>, as the service does: a page of {@code
 * MaxResults} (default 10) is taken from the sorted collection and then filtered, so a page can
 * be short or empty and still carry a {@code NextToken}.
 *
 * <p>The stand-in is thread-safe. Requests are recorded by the WireMock server it runs on (the
 * last 1000, under {@code /__admin/requests}). Run it on its own with {@code java -jar
 * sagemaker-testing-<version>-standalone.jar --port 8090} (see {@link #main}).
 */
public final class LocalSageMaker implements AutoCloseable {
  /** The access key id the stand-in always accepts. */
  public static final String DEFAULT_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
  /** The secret access key of {@link #DEFAULT_ACCESS_KEY_ID}. */
  public static final String DEFAULT_SECRET_ACCESS_KEY =
      "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  /** The account of every ARN unless the builder sets another. */
  public static final String DEFAULT_ACCOUNT_ID = "123456789012";
  /** Describe calls that move a resource one lifecycle step unless the builder sets another. */
  public static final int DEFAULT_POLLS_PER_TRANSITION = 2;
  /** How many resources the stand-in holds at most unless the builder sets another number. */
  public static final int DEFAULT_MAX_RESOURCES = 100_000;

  private final StandIn standIn;
  private final Region region;
  private final String accountId;
  private final Clock clock;

  private LocalSageMaker(StandIn standIn, Region region, String accountId, Clock clock) {
    this.standIn = standIn;
    this.region = region;
    this.accountId = accountId;
    this.clock = clock;
  }

  /** Starts a stand-in with the defaults: a free loopback port, us-east-1, account 123456789012. */
  public static LocalSageMaker start() {
    return builder().start();
  }

  /** A builder for a stand-in with other settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Where the stand-in listens: {@code http://127.0.0.1:<port>}, for {@code endpointOverride}. */
  public URI endpoint() {
    return standIn.endpoint();
  }

  /** The region of its ARNs; requests must be signed for it. */
  public Region region() {
    return region;
  }

  /** The account of its ARNs. */
  public String accountId() {
    return accountId;
  }

  /**
   * The default credentials ({@link #DEFAULT_ACCESS_KEY_ID}), which the stand-in always accepts.
   */
  public AwsCredentialsProvider credentialsProvider() {
    return StaticCredentialsProvider.create(
        AwsBasicCredentials.create(DEFAULT_ACCESS_KEY_ID, DEFAULT_SECRET_ACCESS_KEY));
  }

  /**
   * A new client pointed at the stand-in, with its region and default credentials, signing with
   * the stand-in's clock. Its waits (between retries and between a waiter's polls) return at once:
   * the stand-in's resources move with Describe calls, not with time, so there is nothing to wait
   * for. The caller closes it.
   */
  public SageMakerClient client() {
    return SageMakerClient.builder()
        .region(region)
        .endpointOverride(endpoint())
        .credentialsProvider(credentialsProvider())
        .overrideConfiguration(o -> o.clock(clock).sleeper(d -> { }))
        .build();
  }

  /**
   * A new async client pointed at the stand-in, like {@link #client()}, over the default (Netty)
   * async HTTP client. Like the sync one, its waits (between retries and between a waiter's polls)
   * complete at once. The caller closes it.
   */
  public SageMakerAsyncClient asyncClient() {
    return SageMakerAsyncClient.builder()
        .region(region)
        .endpointOverride(endpoint())
        .credentialsProvider(credentialsProvider())
        .overrideConfiguration(o -> o.clock(clock)
            .asyncSleeper(d -> CompletableFuture.completedFuture(null)))
        .build();
  }

  /**
   * Makes the next lifecycle step of a matching resource that would end in success end in failure
   * instead: an endpoint being created becomes {@code Failed} with {@code FailureReason}; an
   * endpoint being updated goes back to {@code InService} on its old configuration with {@code
   * FailureReason}; a processing job or pipeline execution becomes {@code Failed} with {@code
   * FailureReason}; a cluster becomes {@code Failed} with {@code FailureMessage}. Each call plans
   * one failure, used by the first matching step.
   *
   * @param kind which kind of resource
   * @param name the resource's name or ARN (for executions, the pipeline's name or ARN, or the
   *     execution's ARN), case ignored; null for any resource of the kind
   * @param reason the failure reason the resource then reports
   */
  public void failNext(ResourceKind kind, @Nullable String name, String reason) {
    if (kind == null) {
      throw new NullPointerException("kind must not be null");
    }
    if (reason == null || reason.isEmpty()) {
      throw new IllegalArgumentException("reason must not be empty, was " + reason);
    }
    standIn.failNext(kind, name, reason);
  }

  /**
   * Like {@link #failNext(ResourceKind, String, String)}, for any kind of resource the service
   * creates, named as its operations name it: {@code "TrainingJob"} for {@code
   * CreateTrainingJob}, {@code "NotebookInstance"}, {@code "Domain"} (case, dashes and
   * underscores ignored: {@code "training-job"} works too). The step that fails is the one its
   * lifecycle would end in success: a resource being created ends {@code Failed} (or {@code
   * CreateFailed}) with {@code FailureReason} where its describe has one.
   *
   * @param kind the kind of resource, such as {@code TrainingJob}
   * @param name the resource's name or ARN, case ignored; null for any resource of the kind
   * @param reason the failure reason the resource then reports
   * @throws IllegalArgumentException when the service has no such kind of resource
   */
  public void failNext(String kind, @Nullable String name, String reason) {
    if (reason == null || reason.isEmpty()) {
      throw new IllegalArgumentException("reason must not be empty, was " + reason);
    }
    standIn.failNext(StandIn.kindNamed(kind), name, reason);
  }

  /**
   * Answers the next {@code n} requests with {@code ThrottlingException} ({@code Rate exceeded}),
   * whatever they ask; 0 stops throttling. Clients retry throttling, so each throttled request
   * counts once per attempt.
   */
  public void throttleNext(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, was " + n);
    }
    standIn.throttleNext(n);
  }

  /** Forgets every resource, planned failure, pending throttle and recorded request. */
  public void reset() {
    standIn.reset();
  }

  /** Stops the server. */
  @Override
  public void close() {
    standIn.close();
  }

  @Override
  public String toString() {
    return "LocalSageMaker(" + endpoint() + ", " + region.id() + ", " + accountId + ")";
  }

  /**
   * Runs a stand-in as a program until the process is stopped (Ctrl-C or SIGTERM: it closes,
   * prints that it stopped and exits with 0). {@code --help} lists the flags, which set what
   * {@link Builder} sets and plan failures and throttling; once listening it prints the {@code
   * export} line that points the AWS CLI or an AWS SDK at it. A bad flag exits with 2, naming
   * the flag and the value; a port that cannot be listened on exits with 1.
   */
  public static void main(String[] args) throws InterruptedException {
    StandaloneOptions options;
    try {
      options = StandaloneOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("LocalSageMaker: " + e.getMessage() + " (--help lists the flags)");
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.print(StandaloneOptions.usage());
      return;
    }
    LocalSageMaker local;
    try {
      local = options.start();
    } catch (RuntimeException e) {
      System.err.println("LocalSageMaker: cannot start on port " + options.port() + ": " + e);
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      local.close();
      System.out.println("LocalSageMaker stopped");
      System.out.flush();
      Runtime.getRuntime().halt(0); // a stop asked for is a clean exit, not the signal's 143
    }, "local-sagemaker-stop"));
    System.out.print(options.banner(local));
    System.out.flush();
    new CountDownLatch(1).await();
  }

  /** Builds a {@link LocalSageMaker}; every setting has a default. */
  public static final class Builder {
    private int port;
    private Region region = Region.US_EAST_1;
    private String accountId = DEFAULT_ACCOUNT_ID;
    private int pollsPerTransition = DEFAULT_POLLS_PER_TRANSITION;
    private int maxResources = DEFAULT_MAX_RESOURCES;
    private Clock clock = Clock.systemUTC();
    private final Map<String, String> credentials = new LinkedHashMap<>();
    private final Map<String, Integer> endpointQuotas = new LinkedHashMap<>();
    private final Map<String, Integer> processingQuotas = new LinkedHashMap<>();

    private Builder() {
      credentials.put(DEFAULT_ACCESS_KEY_ID, DEFAULT_SECRET_ACCESS_KEY);
    }

    /** The loopback port to listen on; 0 (the default) takes a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be in 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** The region of ARNs and signatures (default us-east-1). */
    public Builder region(Region region) {
      if (region == null) {
        throw new NullPointerException("region must not be null");
      }
      this.region = region;
      return this;
    }

    /** The 12-digit account of ARNs (default 123456789012). */
    public Builder accountId(String accountId) {
      if (accountId == null || !accountId.matches("[0-9]{12}")) {
        throw new IllegalArgumentException("accountId must be 12 digits, was " + accountId);
      }
      this.accountId = accountId;
      return this;
    }

    /** How many Describe calls of a resource move it one lifecycle step (default 2, at least 1). */
    public Builder pollsPerTransition(int polls) {
      if (polls < 1) {
        throw new IllegalArgumentException("pollsPerTransition must be >= 1, was " + polls);
      }
      this.pollsPerTransition = polls;
      return this;
    }

    /**
     * How many resources the stand-in holds at most (default 100,000), the bound on its memory:
     * a create past it fails with ResourceLimitExceeded naming the cap. Deletes and {@link
     * LocalSageMaker#reset} make room.
     */
    public Builder maxResources(int maxResources) {
      if (maxResources < 1) {
        throw new IllegalArgumentException("maxResources must be >= 1, was " + maxResources);
      }
      this.maxResources = maxResources;
      return this;
    }

    /** Another key pair the stand-in accepts, besides the default one. */
    public Builder credentials(String accessKeyId, String secretAccessKey) {
      if (accessKeyId == null || accessKeyId.isEmpty()) {
        throw new IllegalArgumentException("accessKeyId must not be empty, was " + accessKeyId);
      }
      if (secretAccessKey == null || secretAccessKey.isEmpty()) {
        throw new IllegalArgumentException("secretAccessKey of " + accessKeyId
            + " must not be empty");
      }
      credentials.put(accessKeyId, secretAccessKey);
      return this;
    }

    /**
     * The stand-in's clock (default the system clock): resource timestamps, the {@code Date}
     * header and the five-minute window signatures must fall in. Its clients sign with it too.
     */
    public Builder clock(Clock clock) {
      if (clock == null) {
        throw new NullPointerException("clock must not be null");
      }
      this.clock = clock;
      return this;
    }

    /**
     * At most {@code instances} endpoint instances of {@code instanceType} across all endpoints;
     * a create or update beyond it fails with ResourceLimitExceeded. Types without a quota are
     * unlimited.
     */
    public Builder endpointInstanceQuota(String instanceType, int instances) {
      endpointQuotas.put(checkType(instanceType), checkQuota(instanceType, instances));
      return this;
    }

    /**
     * At most {@code instances} instances of {@code instanceType} across running processing jobs;
     * a create beyond it fails with ResourceLimitExceeded. Types without a quota are unlimited.
     */
    public Builder processingInstanceQuota(String instanceType, int instances) {
      processingQuotas.put(checkType(instanceType), checkQuota(instanceType, instances));
      return this;
    }

    private static String checkType(String instanceType) {
      if (instanceType == null || !instanceType.startsWith("ml.")) {
        throw new IllegalArgumentException("instanceType must look like ml.m5.xlarge, was "
            + instanceType);
      }
      return instanceType;
    }

    private static int checkQuota(String instanceType, int instances) {
      if (instances < 0) {
        throw new IllegalArgumentException("the quota of " + instanceType + " must be >= 0, was "
            + instances);
      }
      return instances;
    }

    /** Starts the stand-in; close it when done. */
    public LocalSageMaker start() {
      Settings settings = new Settings(port, region.id(), accountId, pollsPerTransition, clock,
          credentials, endpointQuotas, processingQuotas, maxResources);
      return new LocalSageMaker(StandIn.start(settings), region, accountId, clock);
    }
  }
}
