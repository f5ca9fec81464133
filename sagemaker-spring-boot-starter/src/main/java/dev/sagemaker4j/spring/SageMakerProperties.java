package dev.sagemaker4j.spring;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The {@code sagemaker4j.*} properties the auto-configured clients are built from. Every
 * property has a default; set only what you change.
 *
 * <pre>
 * sagemaker4j.region=eu-west-1
 * sagemaker4j.credentials.profile=ml-deployer
 * sagemaker4j.retry.mode=adaptive
 * sagemaker4j.retry.max-attempts=5
 * sagemaker4j.api-call-timeout=2m
 * sagemaker4j.api-call-attempt-timeout=20s
 * </pre>
 *
 * <p>The values are checked when the application starts: a value that cannot be right (a region
 * with a space, a negative timeout, an unknown retry mode) stops the start-up with a message that
 * names the property and the value.
 */
@ConfigurationProperties(prefix = SageMakerProperties.PREFIX)
public class SageMakerProperties implements Validator {
  /** The prefix of every property: {@value}. */
  public static final String PREFIX = "sagemaker4j";

  /** Properties with their defaults, for Spring to bind. */
  public SageMakerProperties() {
  }

  /** What a region id looks like: lowercase letters and digits in dash-separated parts. */
  private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /**
   * The AWS region to call, such as us-east-1. Without it, the AWS default region chain
   * (AWS_REGION, the aws.region system property, the profile's region, instance metadata).
   */
  private String region;

  /**
   * The endpoint to call instead of SageMaker's for the region, such as a proxy or a local
   * stand-in. Without it, AWS_ENDPOINT_URL_SAGEMAKER or AWS_ENDPOINT_URL when set, else
   * SageMaker's endpoint for the region.
   */
  private URI endpoint;

  /** Whether to call SageMaker's FIPS endpoint for the region. */
  private boolean fipsEnabled;

  /** Whether to call SageMaker's dual-stack (IPv4 and IPv6) endpoint for the region. */
  private boolean dualstackEnabled;

  /**
   * The limit on a whole call, all attempts and the waits between them included, such as 2m.
   * Without it, none.
   */
  private Duration apiCallTimeout;

  /** The limit on each attempt of a call, such as 20s. Without it, none. */
  private Duration apiCallAttemptTimeout;

  /** Whether requests are checked against the SageMaker service model before they are sent. */
  private ConstraintCheckingMode constraintChecking = ConstraintCheckingMode.ENFORCE;

  private final Credentials credentials = new Credentials();

  private final Retry retry = new Retry();

  private final Local local = new Local();

  /** The region, when set. */
  public String getRegion() {
    return region;
  }

  /** Sets the region. */
  public void setRegion(String region) {
    this.region = region;
  }

  /** The endpoint override, when set. */
  public URI getEndpoint() {
    return endpoint;
  }

  /** Sets the endpoint override. */
  public void setEndpoint(URI endpoint) {
    this.endpoint = endpoint;
  }

  /** Whether the FIPS endpoint is called. */
  public boolean isFipsEnabled() {
    return fipsEnabled;
  }

  /** Sets whether the FIPS endpoint is called. */
  public void setFipsEnabled(boolean fipsEnabled) {
    this.fipsEnabled = fipsEnabled;
  }

  /** Whether the dual-stack endpoint is called. */
  public boolean isDualstackEnabled() {
    return dualstackEnabled;
  }

  /** Sets whether the dual-stack endpoint is called. */
  public void setDualstackEnabled(boolean dualstackEnabled) {
    this.dualstackEnabled = dualstackEnabled;
  }

  /** The limit on a whole call, when set. */
  public Duration getApiCallTimeout() {
    return apiCallTimeout;
  }

  /** Sets the limit on a whole call. */
  public void setApiCallTimeout(Duration apiCallTimeout) {
    this.apiCallTimeout = apiCallTimeout;
  }

  /** The limit on each attempt, when set. */
  public Duration getApiCallAttemptTimeout() {
    return apiCallAttemptTimeout;
  }

  /** Sets the limit on each attempt. */
  public void setApiCallAttemptTimeout(Duration apiCallAttemptTimeout) {
    this.apiCallAttemptTimeout = apiCallAttemptTimeout;
  }

  /** How requests are checked before sending. */
  public ConstraintCheckingMode getConstraintChecking() {
    return constraintChecking;
  }

  /** Sets how requests are checked before sending. */
  public void setConstraintChecking(ConstraintCheckingMode constraintChecking) {
    this.constraintChecking = constraintChecking;
  }

  /** The {@code sagemaker4j.credentials.*} properties. */
  public Credentials getCredentials() {
    return credentials;
  }

  /** The {@code sagemaker4j.retry.*} properties. */
  public Retry getRetry() {
    return retry;
  }

  /** The {@code sagemaker4j.local.*} properties: the embedded stand-in for tests. */
  public Local getLocal() {
    return local;
  }

  /** Checks only objects of this class. */
  @Override
  public boolean supports(Class<?> type) {
    return SageMakerProperties.class.isAssignableFrom(type);
  }

  /**
   * Rejects the values that cannot be right; Spring Boot reports each with the property, the
   * value and where it was set.
   */
  @Override
  public void validate(Object target, Errors errors) {
    SageMakerProperties p = (SageMakerProperties) target;
    if (p.region != null && !REGION.matcher(p.region).matches()) {
      errors.rejectValue("region", "invalid", PREFIX + ".region must be a region id such as"
          + " us-east-1 or eu-west-1 (lowercase letters, digits and dashes), was \"" + p.region
          + "\"");
    }
    if (p.endpoint != null) {
      String scheme = p.endpoint.getScheme();
      if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          || p.endpoint.getHost() == null) {
        errors.rejectValue("endpoint", "invalid", PREFIX + ".endpoint must be an http or https"
            + " URL with a host, such as https://vpce-0123.api.sagemaker.us-east-1.vpce"
            + ".amazonaws.com, was \"" + p.endpoint + "\"");
      }
    }
    rejectUnlessPositive(errors, "apiCallTimeout", "api-call-timeout", p.apiCallTimeout);
    rejectUnlessPositive(errors, "apiCallAttemptTimeout", "api-call-attempt-timeout",
        p.apiCallAttemptTimeout);
    if (p.credentials.profile != null && p.credentials.profile.isBlank()) {
      errors.rejectValue("credentials.profile", "invalid", PREFIX + ".credentials.profile must"
          + " name a profile of the AWS config and credentials files, was \""
          + p.credentials.profile + "\"; remove it to use the AWS default credentials chain");
    }
    Integer attempts = p.retry.maxAttempts;
    if (attempts != null && attempts < 1) {
      errors.rejectValue("retry.maxAttempts", "invalid", PREFIX + ".retry.max-attempts must be"
          + " at least 1 (1 means no retries), was " + attempts);
    } else if (attempts != null && attempts > 1 && p.retry.mode == RetryMode.NONE) {
      errors.rejectValue("retry.maxAttempts", "invalid", PREFIX + ".retry.max-attempts is "
          + attempts + " but " + PREFIX + ".retry.mode is none, which makes one attempt; set the"
          + " mode to standard, adaptive or legacy, or remove max-attempts");
    }
    int port = p.local.port;
    if (port < 0 || port > 65535) {
      errors.rejectValue("local.port", "invalid", PREFIX + ".local.port must be in 0..65535"
          + " (0 takes a free port), was " + port);
    }
    if (p.local.accountId != null && !p.local.accountId.matches("[0-9]{12}")) {
      errors.rejectValue("local.accountId", "invalid", PREFIX + ".local.account-id must be 12"
          + " digits, was \"" + p.local.accountId + "\"");
    }
    if (p.local.pollsPerTransition < 1) {
      errors.rejectValue("local.pollsPerTransition", "invalid", PREFIX
          + ".local.polls-per-transition must be at least 1, was " + p.local.pollsPerTransition);
    }
  }

  private static void rejectUnlessPositive(Errors errors, String field, String property,
      Duration value) {
    if (value != null && (value.isNegative() || value.isZero())) {
      errors.rejectValue(field, "invalid", PREFIX + "." + property + " must be positive, such"
          + " as 30s or 2m, was " + format(value) + "; remove it for no limit");
    }
  }

  /** {@code -5s}, {@code 0s}, {@code 1500ms}: the form the property is written in. */
  private static String format(Duration d) {
    long millis = d.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }

  /** How requests are checked against the service model before they are sent. */
  public enum ConstraintCheckingMode {
    /** Every request is checked; one that breaks a rule is not sent (the default). */
    ENFORCE,
    /**
     * Every request is checked; what breaks a rule is logged at WARN (each distinct report once)
     * and sent anyway, for when the SDK's service model may be older than the service.
     */
    WARN,
    /** Requests are sent unchecked; SageMaker itself rejects what breaks its rules. */
    OFF
  }

  /** The AWS SDK retry strategies a client can retry with. */
  public enum RetryMode {
    /**
     * The AWS SDK standard strategy (the default): 3 attempts, exponential backoff with jitter,
     * a retry quota.
     */
    STANDARD,
    /**
     * The standard strategy plus client-side rate limiting when SageMaker throttles: 3 attempts.
     * For clients that call at high rates.
     */
    ADAPTIVE,
    /** The AWS SDK's legacy strategy: 4 attempts, for applications that relied on it. */
    LEGACY,
    /** No retries: one attempt per call. */
    NONE
  }

  /** The {@code sagemaker4j.credentials.*} properties. */
  public static class Credentials {
    /** No profile: the AWS default credentials chain. */
    public Credentials() {
    }

    /**
     * The profile of the AWS config and credentials files (~/.aws/config, ~/.aws/credentials)
     * to take credentials from. Without it, the AWS default credentials chain (environment,
     * system properties, web identity, the default profile, container and instance
     * credentials).
     */
    private String profile;

    /** The profile, when set. */
    public String getProfile() {
      return profile;
    }

    /** Sets the profile. */
    public void setProfile(String profile) {
      this.profile = profile;
    }
  }

  /** The {@code sagemaker4j.retry.*} properties. */
  public static class Retry {
    /** The AWS SDK retry strategy: standard, adaptive, legacy or none. */
    private RetryMode mode = RetryMode.STANDARD;

    /**
     * The most attempts of one call, the first included. Without it, the mode's own: 3 for
     * standard and adaptive, 4 for legacy, 1 for none.
     */
    private Integer maxAttempts;

    /** The standard strategy with its default attempts. */
    public Retry() {
    }

    /** The retry mode. */
    public RetryMode getMode() {
      return mode;
    }

    /** Sets the retry mode. */
    public void setMode(RetryMode mode) {
      this.mode = mode;
    }

    /** The most attempts of one call, when set. */
    public Integer getMaxAttempts() {
      return maxAttempts;
    }

    /** Sets the most attempts of one call. */
    public void setMaxAttempts(Integer maxAttempts) {
      this.maxAttempts = maxAttempts;
    }
  }

  /**
   * The {@code sagemaker4j.local.*} properties: the embedded stand-in {@code LocalSageMaker}
   * from {@code dev.sagemaker4j:sagemaker-testing}, for tests.
   */
  public static class Local {
    /**
     * Whether to start LocalSageMaker (needs dev.sagemaker4j:sagemaker-testing on the class
     * path) and point the auto-configured clients at it, with its region and credentials.
     */
    private boolean enabled;

    /** The loopback port LocalSageMaker listens on; 0 takes a free one. */
    private int port;

    /** The 12-digit account of the ARNs LocalSageMaker makes. */
    private String accountId = "123456789012";

    /** How many Describe calls move a LocalSageMaker resource one lifecycle step. */
    private int pollsPerTransition = 2;

    /** Whether the stand-in is started. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Sets whether the stand-in is started. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** The port; 0 for a free one. */
    public int getPort() {
      return port;
    }

    /** Sets the port. */
    public void setPort(int port) {
      this.port = port;
    }

    /** The account of the stand-in's ARNs. */
    public String getAccountId() {
      return accountId;
    }

    /** Sets the account of the stand-in's ARNs. */
    public void setAccountId(String accountId) {
      this.accountId = accountId;
    }

    /** Describe calls per lifecycle step. */
    public int getPollsPerTransition() {
      return pollsPerTransition;
    }

    /** Sets the Describe calls per lifecycle step. */
    public void setPollsPerTransition(int pollsPerTransition) {
      this.pollsPerTransition = pollsPerTransition;
    }
  }
}
