package dev.sagemaker4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.client.SageMakerAsyncClient;
import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.spring.local.LocalSageMakerAutoConfiguration;
import dev.sagemaker4j.testing.LocalSageMaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With the starter's and Spring Boot's loggers at their most talkative, no secret is printed. */
@ExtendWith(OutputCaptureExtension.class)
class LoggingTest {
  /** The secret key of the test profile ml-test and of the stand-in's default key pair. */
  static final String SECRET = LocalSageMaker.DEFAULT_SECRET_ACCESS_KEY;

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({SageMakerAutoConfiguration.class,
      LocalSageMakerAutoConfiguration.class})
  static class App {
    @Bean
    SageMakerClientCustomizer recording() {
      return b -> b.httpClient(new RecordingHttpClient());
    }
  }

  private static ConfigurableApplicationContext start(String... args) {
    SpringApplication app = new SpringApplication(App.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setBannerMode(Banner.Mode.OFF);
    return app.run(args);
  }

  @Test
  void atTrace_noSecretKeyAndNoSignatureIsLogged(CapturedOutput output) {
    String[] verbose = {"--logging.level.dev.sagemaker4j=trace",
        "--logging.level.org.springframework.boot=debug",
        "--logging.level.org.springframework.beans=debug"};
    try (ConfigurableApplicationContext context = start(concat(verbose,
        "--sagemaker4j.region=us-east-1", "--sagemaker4j.credentials.profile=ml-test"))) {
      context.getBean(SageMakerClient.class).deleteModel(r -> r.modelName("churn-model"));
    }
    try (ConfigurableApplicationContext context = start(concat(verbose,
        "--sagemaker4j.local.enabled=true"))) {
      context.getBean(SageMakerAsyncClient.class).deleteModel(r -> r.modelName("none"))
          .exceptionally(e -> null).join();
    }

    // the loggers were on: the starter said where the clients go and where credentials come from
    assertThat(output.getAll()).contains("SageMakerClient: region us-east-1")
        .contains("credentials profile ml-test")
        .contains("SageMakerAsyncClient: region us-east-1");
    assertThat(output.getAll()).doesNotContain(SECRET).doesNotContain("Signature=");
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
