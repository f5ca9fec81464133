package dev.sagemaker4j.spring;

import dev.sagemaker4j.client.ConstraintChecking;
import dev.sagemaker4j.client.SageMakerAsyncClient;
import dev.sagemaker4j.client.SageMakerAsyncClientBuilder;
import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.client.SageMakerClientBuilder;
import dev.sagemaker4j.client.SageMakerClientBuilderBase;
import dev.sagemaker4j.spring.SageMakerProperties.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * Auto-configures a {@link SageMakerClient} and, when an async HTTP client is on the class path
 * ({@code software.amazon.awssdk:netty-nio-client} or {@code aws-crt-client}), a {@link
 * SageMakerAsyncClient}, both from the {@code sagemaker4j.*} properties ({@link
 * SageMakerProperties}), then changed by every {@link SageMakerClientCustomizer} and {@link
 * SageMakerAsyncClientCustomizer} bean.
 *
 * <p>Each client backs off when the application defines a bean of its type. The application
 * context closes the clients (and what they created: HTTP client, default credentials chain,
 * scheduler) when it closes. Building a client starts no thread: a client's scheduler starts on
 * its first timeout or async retry wait, the Netty event loop on the first request. The async
 * client is made only when something injects it.
 */
@AutoConfiguration
@ConditionalOnClass(SageMakerClient.class)
@EnableConfigurationProperties(SageMakerProperties.class)
public class SageMakerAutoConfiguration implements DisposableBean {
  private static final Logger LOG = LoggerFactory.getLogger(SageMakerAutoConfiguration.class);
  private static final String NOT_SET = "(not set)";

  private final SageMakerProperties properties;
  private final ObjectProvider<SageMakerConnectionDetails> connectionDetails;
  private ProfileCredentialsProvider profileCredentials;

  SageMakerAutoConfiguration(SageMakerProperties properties,
      ObjectProvider<SageMakerConnectionDetails> connectionDetails) {
    this.properties = properties;
    this.connectionDetails = connectionDetails;
  }

  /** The sync client, unless the application defines a {@link SageMakerClient} bean. */
  @Bean
  @ConditionalOnMissingBean
  public SageMakerClient sageMakerClient(ObjectProvider<SageMakerClientCustomizer> customizers) {
    SageMakerClientBuilder builder = SageMakerClient.builder();
    configure(builder, "SageMakerClient");
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return builder.build();
  }

  /**
   * The async client, when an async HTTP client is on the class path, unless the application
   * defines a {@link SageMakerAsyncClient} bean. It is made when first injected or looked up, not
   * before: closing the AWS SDK's Netty client waits out Netty's two-second quiet period, which an
   * application that never uses the async client should not pay at every shutdown.
   */
  @Bean
  @Lazy
  @ConditionalOnMissingBean
  @Conditional(OnAsyncHttpClient.class)
  public SageMakerAsyncClient sageMakerAsyncClient(
      ObjectProvider<SageMakerAsyncClientCustomizer> customizers) {
    SageMakerAsyncClientBuilder builder = SageMakerAsyncClient.builder();
    configure(builder, "SageMakerAsyncClient");
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return builder.build();
  }

  /** Closes the profile credentials provider, when one was made; the clients are closed before. */
  @Override
  public synchronized void destroy() {
    if (profileCredentials != null) {
      profileCredentials.close();
      profileCredentials = null;
    }
  }

  private void configure(SageMakerClientBuilderBase<?> builder, String kind) {
    SageMakerProperties p = properties;
    SageMakerConnectionDetails details = connectionDetails.getIfAvailable();
    if (details == null && p.getLocal().isEnabled()) {
      throw new SageMakerPropertyException(SageMakerProperties.PREFIX + ".local.enabled", "true",
          "LocalSageMaker is not on the class path, so the clients would call AWS",
          "Add dev.sagemaker4j:sagemaker-testing to the class path (test scope), or remove "
              + SageMakerProperties.PREFIX + ".local.enabled.", null);
    }
    if (details != null) {
      builder.region(details.region())
          .endpointOverride(details.endpoint())
          .credentialsProvider(details.credentialsProvider());
      LOG.debug("{}: region {}, endpoint {} (from {})", kind, details.region().id(),
          details.endpoint(), details.getClass().getSimpleName());
    } else {
      Region region = region(p);
      builder.region(region);
      if (p.getEndpoint() != null) {
        builder.endpointOverride(p.getEndpoint());
      }
      String profile = p.getCredentials().getProfile();
      if (profile != null) {
        builder.credentialsProvider(profileCredentials(profile));
      }
      LOG.debug("{}: region {}, endpoint {}, credentials {}", kind, region.id(),
          p.getEndpoint() == null ? "SageMaker's" : p.getEndpoint(),
          profile == null ? "the AWS default chain" : "profile " + profile);
    }
    builder.fipsEnabled(p.isFipsEnabled()).dualstackEnabled(p.isDualstackEnabled());
    RetryStrategy retry = retryStrategy(p.getRetry());
    ConstraintChecking checking = switch (p.getConstraintChecking()) {
      case ENFORCE -> ConstraintChecking.ENFORCE;
      case WARN -> ConstraintChecking.WARN;
      case OFF -> ConstraintChecking.OFF;
    };
    builder.overrideConfiguration(o -> {
      if (retry != null) {
        o.retryStrategy(retry);
      }
      if (p.getApiCallTimeout() != null) {
        o.apiCallTimeout(p.getApiCallTimeout());
      }
      if (p.getApiCallAttemptTimeout() != null) {
        o.apiCallAttemptTimeout(p.getApiCallAttemptTimeout());
      }
      o.constraintChecking(checking);
    });
  }

  private static Region region(SageMakerProperties p) {
    if (p.getRegion() != null) {
      return Region.of(p.getRegion());
    }
    try {
      return new DefaultAwsRegionProviderChain().getRegion();
    } catch (SdkClientException e) {
      throw new SageMakerPropertyException(SageMakerProperties.PREFIX + ".region", NOT_SET,
          "No AWS region for the SageMaker clients: the property is not set and the AWS default"
              + " region chain found none",
          "Set " + SageMakerProperties.PREFIX + ".region (such as " + SageMakerProperties.PREFIX
              + ".region=us-east-1), the AWS_REGION environment variable, or a region in the AWS"
              + " profile.", e);
    }
  }

  private synchronized ProfileCredentialsProvider profileCredentials(String profile) {
    if (profileCredentials == null) {
      profileCredentials = ProfileCredentialsProvider.builder().profileName(profile).build();
    }
    return profileCredentials;
  }

  /** A new strategy per client (a strategy's retry quota is shared by its clients), or null. */
  private static RetryStrategy retryStrategy(Retry retry) {
    Integer max = retry.getMaxAttempts();
    RetryStrategy strategy = switch (retry.getMode()) {
      case STANDARD -> max == null ? null : AwsRetryStrategy.standardRetryStrategy();
      case ADAPTIVE -> AwsRetryStrategy.adaptiveRetryStrategy();
      case LEGACY -> AwsRetryStrategy.legacyRetryStrategy();
      case NONE -> AwsRetryStrategy.doNotRetry();
    };
    if (strategy != null && max != null && retry.getMode() != SageMakerProperties.RetryMode.NONE) {
      strategy = strategy.toBuilder().maxAttempts(max).build();
    }
    return strategy;
  }

  /** Netty or CRT, the async HTTP clients the AWS SDK finds on the class path. */
  static final class OnAsyncHttpClient extends AnyNestedCondition {
    OnAsyncHttpClient() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnClass(name = "software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient")
    static final class Netty {}

    @ConditionalOnClass(name = "software.amazon.awssdk.http.crt.AwsCrtAsyncHttpClient")
    static final class Crt {}
  }
}
