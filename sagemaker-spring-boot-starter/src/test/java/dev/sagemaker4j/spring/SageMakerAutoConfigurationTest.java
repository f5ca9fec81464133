package dev.sagemaker4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.client.SageMakerAsyncClient;
import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.model.ConstraintViolationException;
import dev.sagemaker4j.spring.local.LocalSageMakerAutoConfiguration;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;

/** The clients the auto-configuration builds from properties, and when it backs off. */
class SageMakerAutoConfigurationTest {
  static final String PROFILE_KEY = "AKIAIOSFODNN7EXAMPLE";
  static final String OTHER_PROFILE_KEY = "AKIAI44QH8DHBEXAMPLE";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(SageMakerAutoConfiguration.class,
          LocalSageMakerAutoConfiguration.class));

  /** The runner with a recording HTTP client and waits that return at once, for the sync client. */
  private ApplicationContextRunner recording(RecordingHttpClient http) {
    return runner.withBean("recordingHttpClient", SageMakerClientCustomizer.class,
        () -> b -> b.httpClient(http).overrideConfiguration(o -> o.sleeper(d -> { })));
  }

  private static void deleteModel(ConfigurableApplicationContext context) {
    context.getBean(SageMakerClient.class).deleteModel(r -> r.modelName("churn-model"));
  }

  @Test
  void defaults_createTheSyncAndAsyncClients() {
    runner.withPropertyValues("sagemaker4j.region=eu-west-1").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).hasSingleBean(SageMakerClient.class);
      assertThat(context).hasSingleBean(SageMakerAsyncClient.class);
      assertThat(context).hasSingleBean(SageMakerProperties.class);
    });
  }

  @Test
  void withoutAnAsyncHttpClient_createsOnlyTheSyncClient() {
    runner.withPropertyValues("sagemaker4j.region=eu-west-1")
        .withClassLoader(new FilteredClassLoader("software.amazon.awssdk.http.nio.netty",
            "software.amazon.awssdk.http.crt"))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).hasSingleBean(SageMakerClient.class);
          assertThat(context).doesNotHaveBean(SageMakerAsyncClient.class);
        });
  }

  @Test
  void applicationBeans_win() {
    SageMakerClient own = SageMakerClient.builder().region(Region.US_WEST_2)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKID", "SECRET")))
        .build();
    runner.withPropertyValues("sagemaker4j.region=eu-west-1")
        .withBean(SageMakerClient.class, () -> own)
        .run(context -> {
          assertThat(context).hasSingleBean(SageMakerClient.class);
          assertThat(context.getBean(SageMakerClient.class)).isSameAs(own);
          assertThat(context).hasSingleBean(SageMakerAsyncClient.class);
        });
  }

  @Test
  void region_isWhereRequestsGoAndWhatTheyAreSignedFor() {
    RecordingHttpClient http = new RecordingHttpClient();
    recording(http).withPropertyValues("sagemaker4j.region=eu-central-1",
        "sagemaker4j.credentials.profile=ml-test").run(context -> {
          deleteModel(context);
          SdkHttpRequest sent = http.last();
          assertThat(sent.host()).isEqualTo("api.sagemaker.eu-central-1.amazonaws.com");
          assertThat(sent.firstMatchingHeader("Authorization")).get().asString()
              .contains("/eu-central-1/sagemaker/aws4_request");
        });
  }

  @Test
  void endpoint_overridesTheRegionsEndpoint() {
    RecordingHttpClient http = new RecordingHttpClient();
    recording(http).withPropertyValues("sagemaker4j.region=us-east-1",
        "sagemaker4j.credentials.profile=ml-test",
        "sagemaker4j.endpoint=https://sagemaker.internal.example:8443").run(context -> {
          deleteModel(context);
          assertThat(http.last().getUri().toString())
              .startsWith("https://sagemaker.internal.example:8443");
        });
  }

  @Test
  void fipsEnabled_callsTheFipsEndpoint() {
    RecordingHttpClient http = new RecordingHttpClient();
    recording(http).withPropertyValues("sagemaker4j.region=us-east-1",
        "sagemaker4j.credentials.profile=ml-test", "sagemaker4j.fips-enabled=true")
        .run(context -> {
          deleteModel(context);
          assertThat(http.last().host()).isEqualTo("api-fips.sagemaker.us-east-1.amazonaws.com");
        });
  }

  @Test
  void credentialsProfile_signsWithThatProfilesKey() {
    for (String[] profileAndKey : new String[][] {{"ml-test", PROFILE_KEY},
        {"other-key", OTHER_PROFILE_KEY}}) {
      RecordingHttpClient http = new RecordingHttpClient();
      recording(http).withPropertyValues("sagemaker4j.region=us-east-1",
          "sagemaker4j.credentials.profile=" + profileAndKey[0]).run(context -> {
            deleteModel(context);
            assertThat(http.last().firstMatchingHeader("Authorization")).get().asString()
                .contains("Credential=" + profileAndKey[1] + "/");
          });
    }
  }

  @Test
  void retryModes_makeTheirNumberOfAttempts() {
    // mode, max-attempts, expected attempts when every answer is a 500
    Object[][] cases = {{"standard", null, 3}, {"standard", 5, 5}, {"legacy", null, 4},
        {"adaptive", null, 3}, {"adaptive", 2, 2}, {"none", null, 1}, {"none", 1, 1}};
    for (Object[] c : cases) {
      RecordingHttpClient http = new RecordingHttpClient().failWith(500, 10);
      List<String> props = new ArrayList<>(List.of("sagemaker4j.region=us-east-1",
          "sagemaker4j.credentials.profile=ml-test", "sagemaker4j.retry.mode=" + c[0]));
      if (c[1] != null) {
        props.add("sagemaker4j.retry.max-attempts=" + c[1]);
      }
      recording(http).withPropertyValues(props.toArray(String[]::new)).run(context -> {
        assertThatThrownBy(() -> deleteModel(context)).isInstanceOf(SageMakerException.class);
        assertThat(http.sent).as("attempts with %s, max-attempts %s", c[0], c[1])
            .hasSize((Integer) c[2]);
      });
    }
  }

  @Test
  void constraintChecking_enforce_sendsNothingThatBreaksTheModel() {
    RecordingHttpClient http = new RecordingHttpClient();
    recording(http).withPropertyValues("sagemaker4j.region=us-east-1",
        "sagemaker4j.credentials.profile=ml-test").run(context -> {
          assertThatThrownBy(() -> context.getBean(SageMakerClient.class)
              .deleteModel(r -> r.modelName("not a valid name")))
              .isInstanceOf(ConstraintViolationException.class);
          assertThat(http.sent).isEmpty();
        });
  }

  @Test
  void constraintChecking_off_sendsTheRequestUnchecked() {
    RecordingHttpClient http = new RecordingHttpClient();
    recording(http).withPropertyValues("sagemaker4j.region=us-east-1",
        "sagemaker4j.credentials.profile=ml-test", "sagemaker4j.constraint-checking=off")
        .run(context -> {
          context.getBean(SageMakerClient.class).deleteModel(r -> r.modelName("not a valid name"));
          assertThat(http.sent).hasSize(1);
        });
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void constraintChecking_warn_logsTheViolationAndSendsTheRequest(CapturedOutput output) {
    RecordingHttpClient http = new RecordingHttpClient();
    recording(http).withPropertyValues("sagemaker4j.region=us-east-1",
        "sagemaker4j.credentials.profile=ml-test", "sagemaker4j.constraint-checking=warn")
        .run(context -> {
          context.getBean(SageMakerClient.class).deleteModel(r -> r.modelName("not a valid name"));
          assertThat(http.sent).hasSize(1);
          assertThat(output).contains("WARN").contains("ModelName").contains("not a valid name");
        });
  }

  @Test
  void apiCallTimeout_endsACallThatGetsNoAnswer() throws IOException {
    try (SilentServer server = new SilentServer()) {
      runner.withPropertyValues("sagemaker4j.region=us-east-1",
          "sagemaker4j.credentials.profile=ml-test", "sagemaker4j.endpoint=" + server.url(),
          "sagemaker4j.retry.mode=none", "sagemaker4j.api-call-timeout=300ms").run(context -> {
            long start = System.nanoTime();
            assertThatThrownBy(() -> deleteModel(context))
                .isInstanceOf(ApiCallTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
          });
    }
  }

  @Test
  void apiCallAttemptTimeout_endsEachAttempt() throws IOException {
    try (SilentServer server = new SilentServer()) {
      runner.withPropertyValues("sagemaker4j.region=us-east-1",
          "sagemaker4j.credentials.profile=ml-test", "sagemaker4j.endpoint=" + server.url(),
          "sagemaker4j.retry.mode=none", "sagemaker4j.api-call-attempt-timeout=300ms")
          .run(context -> {
            assertThatThrownBy(() -> deleteModel(context))
                .isInstanceOf(ApiCallAttemptTimeoutException.class);
            assertThat(server.connections()).isEqualTo(1);
          });
    }
  }

  @Test
  void customizers_runInOrderAfterTheProperties() {
    RecordingHttpClient first = new RecordingHttpClient();
    RecordingHttpClient second = new RecordingHttpClient();
    runner.withPropertyValues("sagemaker4j.region=us-east-1",
        "sagemaker4j.credentials.profile=ml-test")
        .withUserConfiguration(OrderedCustomizers.class)
        .withBean("first", RecordingHttpClient.class, () -> first)
        .withBean("second", RecordingHttpClient.class, () -> second)
        .run(context -> {
          deleteModel(context);
          assertThat(first.sent).isEmpty();
          assertThat(second.sent).hasSize(1);
        });
  }

  @Test
  void closingTheContext_closesTheClients() {
    RecordingHttpClient http = new RecordingHttpClient();
    SageMakerClient[] sync = new SageMakerClient[1];
    SageMakerAsyncClient[] async = new SageMakerAsyncClient[1];
    recording(http).withPropertyValues("sagemaker4j.region=us-east-1",
        "sagemaker4j.credentials.profile=ml-test").run(context -> {
          sync[0] = context.getBean(SageMakerClient.class);
          async[0] = context.getBean(SageMakerAsyncClient.class);
        });
    assertThatThrownBy(() -> sync[0].deleteModel(r -> r.modelName("churn-model")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> async[0].deleteModel(r -> r.modelName("churn-model")).join())
        .isInstanceOf(CompletionException.class)
        .hasRootCauseInstanceOf(IllegalStateException.class);
    // a client given by a customizer is the application's to close, not the SageMaker client's
    assertThat(http.closed).isFalse();
  }

  @Test
  void startingTheContext_startsNoThread() {
    Set<String> before = threadNames();
    runner.withPropertyValues("sagemaker4j.region=us-east-1",
        "sagemaker4j.api-call-timeout=30s", "sagemaker4j.retry.mode=adaptive").run(context -> {
          assertThat(context.getBean(SageMakerClient.class)).isNotNull();
          assertThat(context.getBean(SageMakerAsyncClient.class)).isNotNull();
          Set<String> started = threadNames();
          started.removeAll(before);
          assertThat(started).isEmpty();
        });
  }

  private static Set<String> threadNames() {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
        .map(t -> t.getName() + "#" + t.getId()).collect(Collectors.toSet());
  }

  /** Two customizers declared against their order: the one of order 2 runs last and wins. */
  static class OrderedCustomizers {
    @Bean
    @Order(2)
    SageMakerClientCustomizer runsLast(@Qualifier("second") RecordingHttpClient second) {
      return b -> b.httpClient(second);
    }

    @Bean
    @Order(1)
    SageMakerClientCustomizer runsFirst(@Qualifier("first") RecordingHttpClient first) {
      return b -> b.httpClient(first);
    }
  }

  /** A loopback server that accepts connections and never answers. */
  static final class SilentServer implements AutoCloseable {
    private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    SilentServer() throws IOException {
      acceptor = new Thread(() -> {
        try {
          while (!socket.isClosed()) {
            accepted.add(socket.accept());
          }
        } catch (IOException closed) {
          // the test is over
        }
      }, "silent-server");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    String url() {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }

    int connections() {
      return accepted.size();
    }

    @Override
    public void close() throws IOException {
      socket.close();
      for (Socket s : accepted) {
        s.close();
      }
    }
  }
}
