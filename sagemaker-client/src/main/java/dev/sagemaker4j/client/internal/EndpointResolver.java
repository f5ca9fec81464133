package dev.sagemaker4j.client.internal;

import java.net.URI;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.regions.EndpointTag;
import software.amazon.awssdk.regions.PartitionEndpointKey;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;

/**
 * Where requests go. In order: the builder's {@code endpointOverride}; the environment's {@code
 * AWS_ENDPOINT_URL_SAGEMAKER}, then {@code AWS_ENDPOINT_URL} (or the system properties {@code
 * aws.endpointUrlSageMaker}, {@code aws.endpointUrl}), unless {@code
 * AWS_IGNORE_CONFIGURED_ENDPOINT_URLS} is true, as the AWS SDKs do; else SageMaker's endpoint
 * for the region, from the partition's DNS suffixes in the AWS SDK's regions metadata, with the
 * FIPS and dual-stack forms SageMaker's endpoint rules give.
 */
public final class EndpointResolver {
  private EndpointResolver() {}

  /**
   * @param env environment variables by name
   * @param properties system properties by name
   */
  public static URI resolve(Region region, @Nullable URI override, boolean fips,
      boolean dualstack, Function<String, String> env, Function<String, String> properties) {
    if (override != null) {
      return validate(override, "endpointOverride");
    }
    String ignore = firstNonBlank(properties.apply("aws.ignoreConfiguredEndpointUrls"),
        env.apply("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"));
    if (!"true".equalsIgnoreCase(ignore)) {
      String configured = firstNonBlank(properties.apply("aws.endpointUrlSageMaker"),
          env.apply("AWS_ENDPOINT_URL_SAGEMAKER"));
      String source = "AWS_ENDPOINT_URL_SAGEMAKER";
      if (configured == null) {
        configured = firstNonBlank(properties.apply("aws.endpointUrl"),
            env.apply("AWS_ENDPOINT_URL"));
        source = "AWS_ENDPOINT_URL";
      }
      if (configured != null) {
        return validate(URI.create(configured.trim()), source);
      }
    }
    return URI.create("https://" + host(region, fips, dualstack));
  }

  /** SageMaker's host name for a region, as its endpoint rules give it. */
  static String host(Region region, boolean fips, boolean dualstack) {
    PartitionMetadata partition = PartitionMetadata.of(region);
    String suffix = dualstack
        ? partition.dnsSuffix(PartitionEndpointKey.builder().tags(EndpointTag.DUALSTACK).build())
        : partition.dnsSuffix();
    String id = region.id();
    if (!fips) {
      return "api.sagemaker." + id + "." + suffix;
    }
    // In the aws and aws-us-gov partitions the FIPS host without dual-stack is api-fips.sagemaker.
    boolean apiFips = !dualstack && ("aws".equals(partition.id())
        || "aws-us-gov".equals(partition.id()));
    return (apiFips ? "api-fips.sagemaker." : "api.sagemaker-fips.") + id + "." + suffix;
  }

  private static URI validate(URI uri, String source) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IllegalArgumentException(source + " must be an http or https URL with a host,"
          + " such as https://api.sagemaker.eu-west-1.amazonaws.com, was " + uri);
    }
    return uri;
  }

  private static @Nullable String firstNonBlank(@Nullable String a, @Nullable String b) {
    if (a != null && !a.isBlank()) {
      return a;
    }
    return b != null && !b.isBlank() ? b : null;
  }
}
