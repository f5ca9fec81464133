package dev.sagemaker4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.client.SageMakerAsyncClient;
import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.client.waiters.WaiterResponse;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import dev.sagemaker4j.model.EndpointStatus;
import dev.sagemaker4j.model.ProductionVariantInstanceType;
import dev.sagemaker4j.spring.local.LocalSageMakerAutoConfiguration;
import dev.sagemaker4j.testing.LocalSageMaker;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The test support: the stand-in as a bean, and the clients pointed at it. */
class LocalSageMakerAutoConfigurationTest {
  static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
  static final String IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(SageMakerAutoConfiguration.class,
          LocalSageMakerAutoConfiguration.class));

  static String createModel(SageMakerClient client, String name) {
    return client.createModel(r -> r.modelName(name).executionRoleArn(ROLE)
        .primaryContainer(c -> c.image(IMAGE))).modelArn();
  }

  static void createEndpoint(SageMakerClient client, String name) {
    createModel(client, name + "-model");
    client.createEndpointConfig(r -> r.endpointConfigName(name + "-config")
        .productionVariants(v -> v.variantName("a").modelName(name + "-model")
            .initialInstanceCount(1).instanceType(ProductionVariantInstanceType.ML_M5_XLARGE)));
    client.createEndpoint(r -> r.endpointName(name).endpointConfigName(name + "-config"));
  }

  @Test
  void localEnabled_startsTheStandIn_andPointsTheClientsAtIt() {
    // the region, endpoint and credentials properties are the stand-in's to decide
    runner.withPropertyValues("sagemaker4j.local.enabled=true",
        "sagemaker4j.endpoint=https://sagemaker.example.invalid",
        "sagemaker4j.credentials.profile=other-key").run(context -> {
          assertThat(context).hasNotFailed();
          LocalSageMaker local = context.getBean(LocalSageMaker.class);
          String arn = createModel(context.getBean(SageMakerClient.class), "churn-model");
          assertThat(arn).isEqualTo("arn:aws:sagemaker:us-east-1:123456789012:model/churn-model");
          try (SageMakerClient standInsOwn = local.client()) {
            assertThat(standInsOwn.describeModel(r -> r.modelName("churn-model")).modelArn())
                .isEqualTo(arn);
          }
        });
  }

  @Test
  void localEnabled_theAsyncClientCallsTheStandInToo() {
    runner.withPropertyValues("sagemaker4j.local.enabled=true").run(context -> {
      SageMakerAsyncClient async = context.getBean(SageMakerAsyncClient.class);
      String arn = async.createModel(r -> r.modelName("async-model").executionRoleArn(ROLE)
          .primaryContainer(c -> c.image(IMAGE))).join().modelArn();
      assertThat(arn).endsWith(":model/async-model");
      assertThat(createModel(context.getBean(SageMakerClient.class), "sync-model"))
          .endsWith(":model/sync-model");
    });
  }

  @Test
  void localEnabled_syncWaitersDoNotSleep() {
    runner.withPropertyValues("sagemaker4j.local.enabled=true").run(context -> {
      SageMakerClient client = context.getBean(SageMakerClient.class);
      createEndpoint(client, "churn");
      long start = System.nanoTime();
      // the waiter's own delay is 30 s between polls; the stand-in needs 2 polls per step
      WaiterResponse<DescribeEndpointResponse> done =
          client.waiter().waitUntilEndpointInService(r -> r.endpointName("churn"));
      assertThat(done.response().orElseThrow().endpointStatus())
          .isEqualTo(EndpointStatus.IN_SERVICE);
      assertThat(done.attempts()).isGreaterThan(1);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    });
  }

  @Test
  void localEnabled_asyncWaitersDoNotSleep() {
    runner.withPropertyValues("sagemaker4j.local.enabled=true").run(context -> {
      createEndpoint(context.getBean(SageMakerClient.class), "churn");
      SageMakerAsyncClient async = context.getBean(SageMakerAsyncClient.class);
      // the waiter's own delay is 30 s between polls: with it, this would not end in 10 s
      WaiterResponse<DescribeEndpointResponse> done = async.waiter()
          .waitUntilEndpointInService(r -> r.endpointName("churn"))
          .get(10, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(done.response().orElseThrow().endpointStatus())
          .isEqualTo(EndpointStatus.IN_SERVICE);
      assertThat(done.attempts()).isGreaterThan(1);
    });
  }

  @Test
  void localProperties_setRegionAccountAndPollsPerTransition() {
    runner.withPropertyValues("sagemaker4j.local.enabled=true", "sagemaker4j.region=eu-west-1",
        "sagemaker4j.local.account-id=210987654321",
        "sagemaker4j.local.polls-per-transition=4").run(context -> {
          SageMakerClient client = context.getBean(SageMakerClient.class);
          assertThat(createModel(client, "eu-model"))
              .isEqualTo("arn:aws:sagemaker:eu-west-1:210987654321:model/eu-model");
          createEndpoint(client, "churn");
          assertThat(client.waiter().waitUntilEndpointInService(r -> r.endpointName("churn"))
              .attempts()).isEqualTo(5);
        });
  }

  @Test
  void closingTheContext_stopsTheStandIn() {
    URI[] endpoint = new URI[1];
    runner.withPropertyValues("sagemaker4j.local.enabled=true").run(context -> {
      endpoint[0] = context.getBean(LocalSageMaker.class).endpoint();
      assertThat(canConnect(endpoint[0])).isTrue();
    });
    assertThat(canConnect(endpoint[0])).isFalse();
  }

  @Test
  void anApplicationsOwnStandIn_isUsed() {
    runner.withPropertyValues("sagemaker4j.local.enabled=true")
        .withBean(LocalSageMaker.class, () -> LocalSageMaker.builder()
            .accountId("111122223333").start())
        .run(context -> {
          assertThat(context).hasSingleBean(LocalSageMaker.class);
          assertThat(createModel(context.getBean(SageMakerClient.class), "churn-model"))
              .isEqualTo("arn:aws:sagemaker:us-east-1:111122223333:model/churn-model");
        });
  }

  @Test
  void localDisabled_startsNoStandIn() {
    runner.withPropertyValues("sagemaker4j.region=us-east-1").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(LocalSageMaker.class);
      assertThat(context).doesNotHaveBean(SageMakerConnectionDetails.class);
    });
  }

  @Test
  void localEnabled_withoutSageMakerTesting_failsRatherThanCallAws() {
    runner.withPropertyValues("sagemaker4j.local.enabled=true", "sagemaker4j.region=us-east-1")
        .withClassLoader(new FilteredClassLoader(LocalSageMaker.class))
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure()).rootCause()
              .isInstanceOf(SageMakerPropertyException.class)
              .hasMessageContaining("sagemaker4j.local.enabled=true")
              .hasMessageContaining("LocalSageMaker is not on the class path");
        });
  }

  @Test
  void localDefaults_areTheStandInsDefaults() {
    SageMakerProperties.Local local = new SageMakerProperties().getLocal();
    assertThat(local.getAccountId()).isEqualTo(LocalSageMaker.DEFAULT_ACCOUNT_ID);
    assertThat(local.getPollsPerTransition())
        .isEqualTo(LocalSageMaker.DEFAULT_POLLS_PER_TRANSITION);
  }

  private static boolean canConnect(URI endpoint) {
    try (Socket s = new Socket(endpoint.getHost(), endpoint.getPort())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
