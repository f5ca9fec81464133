package dev.sagemaker4j.client;

import dev.sagemaker4j.client.internal.ClientRuntime;
import dev.sagemaker4j.client.internal.EndpointResolver;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * What the sync and async builders share: region, credentials, endpoint and the override
 * configuration, named as in the AWS SDK for Java v2.
 *
 * @param <B> the concrete builder
 */
public abstract class SageMakerClientBuilderBase<B extends SageMakerClientBuilderBase<B>> {
  private @Nullable Region region;
  private @Nullable AwsCredentialsProvider credentialsProvider;
  private @Nullable URI endpointOverride;
  private boolean fipsEnabled;
  private boolean dualstackEnabled;
  private OverrideConfiguration overrideConfiguration = OverrideConfiguration.defaults();

  SageMakerClientBuilderBase() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** The region to call. Without it, the AWS default region chain ({@code AWS_REGION}, ...). */
  public B region(Region region) {
    this.region = region;
    return self();
  }

  /**
   * Where credentials come from. Without it, the AWS default chain (environment, system
   * properties, profile, container and instance credentials), which the client then owns and
   * closes.
   */
  public B credentialsProvider(AwsCredentialsProvider credentialsProvider) {
    this.credentialsProvider = credentialsProvider;
    return self();
  }

  /**
   * The endpoint to call instead of SageMaker's for the region, such as a local stand-in. Without
   * it, {@code AWS_ENDPOINT_URL_SAGEMAKER} or {@code AWS_ENDPOINT_URL} when set, as the AWS SDKs
   * honour them.
   */
  public B endpointOverride(URI endpoint) {
    this.endpointOverride = endpoint;
    return self();
  }

  /** Calls SageMaker's FIPS endpoint for the region. */
  public B fipsEnabled(boolean enabled) {
    this.fipsEnabled = enabled;
    return self();
  }

  /** Calls SageMaker's dual-stack (IPv4 and IPv6) endpoint for the region. */
  public B dualstackEnabled(boolean enabled) {
    this.dualstackEnabled = enabled;
    return self();
  }

  /** Retries, timeouts, checking, and the injectable clock, sleeper, scheduler and tokens. */
  public B overrideConfiguration(OverrideConfiguration configuration) {
    if (configuration == null) {
      throw new NullPointerException("overrideConfiguration must not be null");
    }
    this.overrideConfiguration = configuration;
    return self();
  }

  /** Changes the override configuration set so far. */
  public B overrideConfiguration(Consumer<OverrideConfiguration.Builder> change) {
    OverrideConfiguration.Builder b = overrideConfiguration.toBuilder();
    change.accept(b);
    this.overrideConfiguration = b.build();
    return self();
  }

  /** Resolves region, endpoint and credentials; {@code owned} gets what the client must close. */
  ClientRuntime runtime(List<AutoCloseable> owned) {
    Region r = region;
    if (r == null) {
      try {
        r = new DefaultAwsRegionProviderChain().getRegion();
      } catch (SdkClientException e) {
        throw SdkClientException.create("No region for the SageMaker client: call region("
            + "Region.US_EAST_1) on the builder, or set AWS_REGION. " + e.getMessage(), e);
      }
    }
    URI endpoint = EndpointResolver.resolve(r, endpointOverride, fipsEnabled, dualstackEnabled,
        System::getenv, System::getProperty);
    AwsCredentialsProvider credentials = credentialsProvider;
    List<AutoCloseable> all = new ArrayList<>(owned);
    if (credentials == null) {
      DefaultCredentialsProvider chain = DefaultCredentialsProvider.builder().build();
      credentials = chain;
      all.add(chain);
    }
    return new ClientRuntime(r, endpoint, credentials, overrideConfiguration, all);
  }
}
