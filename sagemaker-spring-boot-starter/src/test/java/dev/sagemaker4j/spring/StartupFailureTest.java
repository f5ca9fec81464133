package dev.sagemaker4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.spring.local.LocalSageMakerAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/**
 * A wrong property value stops the start-up, and the report Spring Boot prints names the property,
 * the value and what to do.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(SageMakerAutoConfiguration.class,
          LocalSageMakerAutoConfiguration.class));

  /** The smallest application: the two auto-configurations, nothing else. */
  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({SageMakerAutoConfiguration.class,
      LocalSageMakerAutoConfiguration.class})
  static class App {}

  /** Starts {@link App} with {@code args}, expects it to fail, returns what it printed. */
  private static String failedStart(CapturedOutput output, String... args) {
    SpringApplication app = new SpringApplication(App.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setBannerMode(Banner.Mode.OFF);
    assertThatThrownBy(() -> app.run(args).close()).isInstanceOf(RuntimeException.class);
    return output.getAll();
  }

  private void assertFailure(String property, String value, String reason) {
    runner.withPropertyValues(property + "=" + value).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().message()
          .contains(property)
          .contains(reason);
    });
  }

  @Test
  void region_withSpaces_isRejected() {
    assertFailure("sagemaker4j.region", "us east 1",
        "sagemaker4j.region must be a region id such as us-east-1 or eu-west-1 (lowercase"
            + " letters, digits and dashes), was \"us east 1\"");
  }

  @Test
  void region_inCapitals_isRejected() {
    assertFailure("sagemaker4j.region", "US-EAST-1", "was \"US-EAST-1\"");
  }

  @Test
  void apiCallTimeout_negative_isRejected() {
    assertFailure("sagemaker4j.api-call-timeout", "-5s",
        "sagemaker4j.api-call-timeout must be positive, such as 30s or 2m, was -5s");
  }

  @Test
  void apiCallAttemptTimeout_zero_isRejected() {
    assertFailure("sagemaker4j.api-call-attempt-timeout", "0s",
        "sagemaker4j.api-call-attempt-timeout must be positive");
  }

  @Test
  void endpoint_withoutHttpScheme_isRejected() {
    assertFailure("sagemaker4j.endpoint", "ftp://sagemaker.example",
        "sagemaker4j.endpoint must be an http or https URL with a host");
  }

  @Test
  void maxAttempts_zero_isRejected() {
    assertFailure("sagemaker4j.retry.max-attempts", "0",
        "sagemaker4j.retry.max-attempts must be at least 1 (1 means no retries), was 0");
  }

  @Test
  void maxAttempts_withRetryModeNone_isRejected() {
    runner.withPropertyValues("sagemaker4j.retry.mode=none", "sagemaker4j.retry.max-attempts=3")
        .run(context -> assertThat(context.getStartupFailure()).rootCause().message()
            .contains("sagemaker4j.retry.max-attempts is 3 but sagemaker4j.retry.mode is none"));
  }

  @Test
  void localAccountId_notTwelveDigits_isRejected() {
    assertFailure("sagemaker4j.local.account-id", "12345",
        "sagemaker4j.local.account-id must be 12 digits, was \"12345\"");
  }

  @Test
  void retryMode_unknown_failsNamingThePropertyAndValue() {
    runner.withPropertyValues("sagemaker4j.region=us-east-1", "sagemaker4j.retry.mode=fast")
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure()).hasStackTraceContaining("sagemaker4j.retry.mode")
              .hasStackTraceContaining("fast");
        });
  }

  @Test
  void report_regionWithSpaces(CapturedOutput output) {
    String report = failedStart(output, "--sagemaker4j.region=us east 1");
    assertThat(report).contains("APPLICATION FAILED TO START")
        .contains("Property: sagemaker4j.region")
        .contains("Value: \"us east 1\"")
        .contains("Reason: sagemaker4j.region must be a region id such as us-east-1");
  }

  @Test
  void report_negativeTimeout(CapturedOutput output) {
    String report = failedStart(output, "--sagemaker4j.region=us-east-1",
        "--sagemaker4j.api-call-timeout=-5s");
    assertThat(report).contains("Property: sagemaker4j.api-call-timeout")
        .contains("Value: \"-5s\"")
        .contains("Origin: \"sagemaker4j.api-call-timeout\" from property source")
        .contains("Reason: sagemaker4j.api-call-timeout must be positive, such as 30s or 2m, was -5s");
  }

  @Test
  void report_severalWrongValues_namesEachAsWritten(CapturedOutput output) {
    String report = failedStart(output, "--sagemaker4j.region=eu west 1",
        "--sagemaker4j.retry.max-attempts=0", "--sagemaker4j.local.polls-per-transition=0");
    assertThat(report).contains("Invalid SageMaker client properties:")
        .contains("Property: sagemaker4j.region")
        .contains("Value: \"eu west 1\"")
        .contains("Property: sagemaker4j.retry.max-attempts")
        .contains("Value: \"0\"")
        .contains("Reason: sagemaker4j.retry.max-attempts must be at least 1")
        .contains("Property: sagemaker4j.local.polls-per-transition")
        .contains("Reason: sagemaker4j.local.polls-per-transition must be at least 1, was 0");
  }

  @Test
  void report_unknownRetryMode_listsTheModes(CapturedOutput output) {
    String report = failedStart(output, "--sagemaker4j.region=us-east-1",
        "--sagemaker4j.retry.mode=fast");
    assertThat(report).contains("Property: sagemaker4j.retry.mode")
        .contains("Value: \"fast\"")
        .contains("STANDARD").contains("ADAPTIVE").contains("LEGACY").contains("NONE");
  }

  @Test
  void report_noRegionAnywhere_saysWhereToSetOne(CapturedOutput output) {
    // the build runs the tests without AWS_REGION and with an AWS config file that has no region
    String report = failedStart(output);
    assertThat(report).contains("The SageMaker clients could not be configured")
        .contains("Property: sagemaker4j.region")
        .contains("Value: (not set)")
        .contains("Set sagemaker4j.region (such as sagemaker4j.region=us-east-1)");
  }
}
