package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.testing.LocalSageMaker;
import dev.sagemaker4j.testing.ResourceKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.regions.Region;

/**
 * The command line of the stand-in run as a program ({@code java -jar
 * sagemaker-testing-<version>-standalone.jar}): every flag, parsed and checked, and what it does
 * to a {@link LocalSageMaker.Builder} and to the started stand-in.
 */
public final class StandaloneOptions {
  /** The port the program listens on when {@code --port} is not given. */
  public static final int DEFAULT_PORT = 8090;

  private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)+");
  private static final Pattern SAFE_IN_SHELL = Pattern.compile("[A-Za-z0-9/+=._:,@%-]+");
  private static final List<String> FLAGS = List.of("--port", "--region", "--account-id",
      "--polls-per-transition", "--credentials", "--endpoint-instance-quota",
      "--processing-instance-quota", "--max-resources", "--fail-next", "--throttle-next");

  private boolean help;
  private int port = DEFAULT_PORT;
  private Region region = Region.US_EAST_1;
  private String accountId = LocalSageMaker.DEFAULT_ACCOUNT_ID;
  private int pollsPerTransition = LocalSageMaker.DEFAULT_POLLS_PER_TRANSITION;
  private int maxResources = LocalSageMaker.DEFAULT_MAX_RESOURCES;
  private final Map<String, String> credentials = new LinkedHashMap<>();
  private final Map<String, Integer> endpointQuotas = new LinkedHashMap<>();
  private final Map<String, Integer> processingQuotas = new LinkedHashMap<>();
  private final List<PlannedFailure> failures = new ArrayList<>();
  private int throttleNext;

  private StandaloneOptions() {}

  /**
   * A failure {@code --fail-next} plans.
   *
   * @param kind the kind of resource as the operations name it, such as {@code TrainingJob}
   * @param name the resource's name or ARN, or null for any of the kind
   * @param reason the failure reason
   */
  public record PlannedFailure(String kind, @Nullable String name, String reason) {}

  /**
   * Parses the program's arguments, {@code --flag value} or {@code --flag=value}.
   *
   * @throws IllegalArgumentException naming the flag and the value, for an unknown flag, a
   *     missing value or a value the flag does not take
   */
  public static StandaloneOptions parse(String... args) {
    StandaloneOptions options = new StandaloneOptions();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        options.help = true;
        continue;
      }
      String flag = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        flag = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      if (!FLAGS.contains(flag)) {
        throw new IllegalArgumentException("unknown flag '" + arg + "'");
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(flag + " needs a value");
        }
        value = args[++i];
      }
      options.set(flag, value);
    }
    return options;
  }

  private void set(String flag, String value) {
    switch (flag) {
      case "--port" -> port = number(flag, value, 0, 65535);
      case "--region" -> {
        if (!REGION.matcher(value).matches()) {
          throw bad(flag, value, "a region id such as us-east-1");
        }
        region = Region.of(value);
      }
      case "--account-id" -> {
        if (!value.matches("[0-9]{12}")) {
          throw bad(flag, value, "12 digits");
        }
        accountId = value;
      }
      case "--polls-per-transition" -> pollsPerTransition = number(flag, value, 1, 1_000_000);
      case "--credentials" -> {
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
          throw bad(flag, value, "ACCESS_KEY_ID:SECRET_ACCESS_KEY");
        }
        credentials.put(value.substring(0, colon), value.substring(colon + 1));
      }
      case "--endpoint-instance-quota" -> quota(flag, value, endpointQuotas);
      case "--processing-instance-quota" -> quota(flag, value, processingQuotas);
      case "--max-resources" -> maxResources = number(flag, value, 1, Integer.MAX_VALUE);
      case "--fail-next" -> failures.add(failure(flag, value));
      case "--throttle-next" -> throttleNext = number(flag, value, 0, 1_000_000);
      default -> throw new IllegalStateException("flag without a setter: " + flag);
    }
  }

  private static int number(String flag, String value, int min, int max) {
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(flag, value, "a number from " + min + " to " + max);
  }

  private static void quota(String flag, String value, Map<String, Integer> quotas) {
    int eq = value.lastIndexOf('=');
    String type = eq < 0 ? value : value.substring(0, eq);
    if (eq < 0 || !type.startsWith("ml.")) {
      throw bad(flag, value, "INSTANCE_TYPE=COUNT, such as ml.m5.xlarge=2");
    }
    String count = value.substring(eq + 1);
    try {
      int n = Integer.parseInt(count);
      if (n >= 0) {
        quotas.put(type, n);
        return;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(flag, value, "INSTANCE_TYPE=COUNT with a COUNT of 0 or more");
  }

  private static PlannedFailure failure(String flag, String value) {
    int eq = value.indexOf('=');
    String target = eq < 0 ? value : value.substring(0, eq);
    String reason = eq < 0 ? "" : value.substring(eq + 1);
    int colon = target.indexOf(':');
    String kindName = colon < 0 ? target : target.substring(0, colon);
    String name = colon < 0 ? null : target.substring(colon + 1);
    String kind = null;
    try {
      kind = StandIn.kindNamed(kindName);
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (kind == null || reason.isEmpty() || (name != null && name.isEmpty())) {
      throw bad(flag, value, "KIND[:NAME]=REASON, KIND a kind of resource with a lifecycle,"
          + " such as " + String.join(", ", kindNames()) + " or training-job, as in"
          + " endpoint:churn=The container failed ping.");
    }
    return new PlannedFailure(kind, name, reason);
  }

  private static List<String> kindNames() {
    List<String> names = new ArrayList<>();
    for (ResourceKind k : ResourceKind.values()) {
      names.add(k.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    return names;
  }

  private static IllegalArgumentException bad(String flag, String value, String expected) {
    return new IllegalArgumentException(flag + " takes " + expected + ", was '" + value + "'");
  }

  /** Whether {@code --help} was given. */
  public boolean help() {
    return help;
  }

  /** The port to listen on; 0 takes a free one. */
  public int port() {
    return port;
  }

  /** The region of ARNs and signatures. */
  public Region region() {
    return region;
  }

  /** The account of ARNs. */
  public String accountId() {
    return accountId;
  }

  /** Describe calls per lifecycle step. */
  public int pollsPerTransition() {
    return pollsPerTransition;
  }

  /** How many resources the stand-in holds at most. */
  public int maxResources() {
    return maxResources;
  }

  /** The key pairs accepted besides the default one, by access key id. */
  public Map<String, String> credentials() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(credentials));
  }

  /** Endpoint instance quotas by instance type. */
  public Map<String, Integer> endpointInstanceQuotas() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(endpointQuotas));
  }

  /** Processing instance quotas by instance type. */
  public Map<String, Integer> processingInstanceQuotas() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(processingQuotas));
  }

  /** The failures to plan once started, in the order given. */
  public List<PlannedFailure> failures() {
    return List.copyOf(failures);
  }

  /** How many requests to throttle once started. */
  public int throttleNext() {
    return throttleNext;
  }

  /** A builder with these settings. */
  public LocalSageMaker.Builder builder() {
    LocalSageMaker.Builder builder = LocalSageMaker.builder()
        .port(port)
        .region(region)
        .accountId(accountId)
        .pollsPerTransition(pollsPerTransition)
        .maxResources(maxResources);
    credentials.forEach(builder::credentials);
    endpointQuotas.forEach(builder::endpointInstanceQuota);
    processingQuotas.forEach(builder::processingInstanceQuota);
    return builder;
  }

  /** Starts a stand-in with these settings and plans the failures and throttling asked for. */
  public LocalSageMaker start() {
    LocalSageMaker local = builder().start();
    failures.forEach(f -> local.failNext(f.kind(), f.name(), f.reason()));
    local.throttleNext(throttleNext);
    return local;
  }

  /**
   * What the program prints once listening: where, for which region and account, and the
   * environment an AWS CLI or SDK user copies to call it.
   */
  public String banner(LocalSageMaker local) {
    StringBuilder out = new StringBuilder()
        .append("LocalSageMaker listening on ").append(local.endpoint())
        .append(", region ").append(local.region().id())
        .append(", account ").append(local.accountId()).append('\n')
        .append("To call it with the AWS CLI or an AWS SDK:\n")
        .append("export AWS_ENDPOINT_URL_SAGEMAKER=").append(shell(local.endpoint().toString()))
        .append(" AWS_ACCESS_KEY_ID=").append(shell(LocalSageMaker.DEFAULT_ACCESS_KEY_ID))
        .append(" AWS_SECRET_ACCESS_KEY=").append(shell(LocalSageMaker.DEFAULT_SECRET_ACCESS_KEY))
        .append(" AWS_REGION=").append(shell(local.region().id()))
        // AWS CLI v1 reads only AWS_DEFAULT_REGION
        .append(" AWS_DEFAULT_REGION=").append(shell(local.region().id())).append('\n');
    credentials.keySet().forEach(id -> out.append("It also accepts access key id ")
        .append(id).append(" with the secret key given for it.\n"));
    failures.forEach(f -> out.append("Planned: the next ")
        .append(String.join(" ", Kind.words(f.kind())).toLowerCase(Locale.ROOT))
        .append(f.name() == null ? "" : " '" + f.name() + "'")
        .append(" step fails with '").append(f.reason()).append("'.\n"));
    if (throttleNext > 0) {
      out.append("Planned: the next ").append(throttleNext)
          .append(" requests are throttled.\n");
    }
    return out.append("Stop it with Ctrl-C or SIGTERM.\n").toString();
  }

  private static String shell(String value) {
    return SAFE_IN_SHELL.matcher(value).matches() ? value
        : "'" + value.replace("'", "'\\''") + "'";
  }

  /** The text of {@code --help}. */
  public static String usage() {
    return """
        Runs LocalSageMaker, a stand-in for Amazon SageMaker, until stopped (Ctrl-C or SIGTERM).

        java -jar sagemaker-testing-<version>-standalone.jar [flags]

          --port N                          the loopback port (default 8090; 0 takes a free one)
          --region ID                       the region of ARNs and signatures (default us-east-1)
          --account-id ID                   the 12-digit account of ARNs (default 123456789012)
          --polls-per-transition N          Describe calls that move a resource one lifecycle
                                            step (default 2)
          --credentials KEY_ID:SECRET       another key pair to accept, besides the default one
                                            (repeatable)
          --endpoint-instance-quota TYPE=N  at most N endpoint instances of TYPE, such as
                                            ml.m5.xlarge=2 (repeatable)
          --processing-instance-quota TYPE=N
                                            at most N processing instances of TYPE (repeatable)
          --max-resources N                 hold at most N resources (default 100000); a create
                                            past it fails with ResourceLimitExceeded
          --fail-next KIND[:NAME]=REASON    the next lifecycle step of that resource (any of the
                                            kind without NAME) fails with REASON; KIND is
                                            endpoint, processing-job, pipeline-execution,
                                            cluster or any other kind of resource, such as
                                            training-job or notebook-instance (repeatable)
          --throttle-next N                 answer the next N requests with ThrottlingException
          --help                            this text

        Once listening it prints the export line that points the AWS CLI at it, with the
        credentials it accepts.
        """;
  }
}
