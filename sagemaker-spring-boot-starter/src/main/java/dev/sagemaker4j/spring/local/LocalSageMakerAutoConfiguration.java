package dev.sagemaker4j.spring.local;

import dev.sagemaker4j.spring.SageMakerAsyncClientCustomizer;
import dev.sagemaker4j.spring.SageMakerAutoConfiguration;
import dev.sagemaker4j.spring.SageMakerClientCustomizer;
import dev.sagemaker4j.spring.SageMakerConnectionDetails;
import dev.sagemaker4j.spring.SageMakerProperties;
import dev.sagemaker4j.testing.LocalSageMaker;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Test support: with {@code sagemaker4j.local.enabled=true} (or {@link
 * AutoConfigureLocalSageMaker} on a test class) and {@code dev.sagemaker4j:sagemaker-testing} on
 * the class path, starts the embedded stand-in {@link LocalSageMaker} as a bean, which the
 * application context stops when it closes, and points the auto-configured clients at it: its
 * endpoint, its region and its credentials. A Spring Boot test of a service that uses the clients
 * then needs no AWS account and no network.
 *
 * <p>The stand-in's resources move through their lifecycles with Describe calls, not with time
 * (an endpoint is {@code InService} after a few {@code DescribeEndpoint} calls), so the sync
 * clients' waits, between retries and between a waiter's polls, return at once, as those of
 * {@link LocalSageMaker#client()} and {@link LocalSageMaker#asyncClient()} do: a waiter in the
 * code under test finishes in milliseconds and never sleeps.
 *
 * <p>The stand-in listens on a free loopback port ({@code sagemaker4j.local.port}), in the region
 * {@code sagemaker4j.region} (default us-east-1), with the account {@code
 * sagemaker4j.local.account-id}. An application's own {@link LocalSageMaker} bean (with quotas,
 * say) is used instead of starting one. Inject the {@link LocalSageMaker} bean into a test to
 * plan failures ({@code failNext}), throttle or {@code reset()} between tests.
 */
@AutoConfiguration(before = SageMakerAutoConfiguration.class)
@ConditionalOnClass(LocalSageMaker.class)
@ConditionalOnProperty(prefix = "sagemaker4j.local", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(SageMakerProperties.class)
public class LocalSageMakerAutoConfiguration {

  /** The stand-in, started on a loopback port; closed with the context. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public LocalSageMaker localSageMaker(SageMakerProperties properties) {
    SageMakerProperties.Local local = properties.getLocal();
    LocalSageMaker.Builder builder = LocalSageMaker.builder()
        .port(local.getPort())
        .accountId(local.getAccountId())
        .pollsPerTransition(local.getPollsPerTransition());
    if (properties.getRegion() != null) {
      builder.region(Region.of(properties.getRegion()));
    }
    return builder.start();
  }

  /** The stand-in's endpoint, region and credentials, for the auto-configured clients. */
  @Bean
  @ConditionalOnMissingBean
  public SageMakerConnectionDetails localSageMakerConnectionDetails(LocalSageMaker local) {
    return new LocalConnectionDetails(local);
  }

  /**
   * Makes the sync client's waits return at once; runs before the application's customizers, so
   * they can change it.
   */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  public SageMakerClientCustomizer localSageMakerWaitsWithoutSleeping() {
    return builder -> builder.overrideConfiguration(o -> o.sleeper(delay -> { }));
  }

  /**
   * Makes the async client's waits complete at once, as the sync client's; runs before the
   * application's customizers, so they can change it.
   */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  public SageMakerAsyncClientCustomizer localSageMakerAsyncWaitsWithoutSleeping() {
    return builder -> builder.overrideConfiguration(
        o -> o.asyncSleeper(delay -> CompletableFuture.completedFuture(null)));
  }

  private record LocalConnectionDetails(LocalSageMaker local)
      implements SageMakerConnectionDetails {
    @Override
    public Region region() {
      return local.region();
    }

    @Override
    public URI endpoint() {
      return local.endpoint();
    }

    @Override
    public AwsCredentialsProvider credentialsProvider() {
      return local.credentialsProvider();
    }

    @Override
    public String toString() {
      return "LocalSageMaker at " + local.endpoint();
    }
  }
}
