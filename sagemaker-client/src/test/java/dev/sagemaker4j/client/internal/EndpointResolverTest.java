package dev.sagemaker4j.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.regions.Region;

/** Endpoints as the official SageMaker client resolves them, and the overrides AWS honours. */
class EndpointResolverTest {
  private static final Function<String, String> NONE = k -> null;

  /** Expected values printed by the official client's SageMakerEndpointProvider (2.40.2). */
  @ParameterizedTest
  @CsvSource({
      "us-east-1, false, false, https://api.sagemaker.us-east-1.amazonaws.com",
      "us-east-1, false, true, https://api.sagemaker.us-east-1.api.aws",
      "us-east-1, true, false, https://api-fips.sagemaker.us-east-1.amazonaws.com",
      "us-east-1, true, true, https://api.sagemaker-fips.us-east-1.api.aws",
      "eu-west-1, false, false, https://api.sagemaker.eu-west-1.amazonaws.com",
      "cn-north-1, false, false, https://api.sagemaker.cn-north-1.amazonaws.com.cn",
      "cn-north-1, false, true, https://api.sagemaker.cn-north-1.api.amazonwebservices.com.cn",
      "cn-north-1, true, false, https://api.sagemaker-fips.cn-north-1.amazonaws.com.cn",
      "us-gov-west-1, true, false, https://api-fips.sagemaker.us-gov-west-1.amazonaws.com",
      "us-gov-west-1, true, true, https://api.sagemaker-fips.us-gov-west-1.api.aws",
      "us-iso-east-1, false, false, https://api.sagemaker.us-iso-east-1.c2s.ic.gov",
      "us-iso-east-1, true, false, https://api.sagemaker-fips.us-iso-east-1.c2s.ic.gov"})
  void regionalEndpoint_matchesTheOfficialClient(String region, boolean fips, boolean dualstack,
      String expected) {
    assertEquals(URI.create(expected),
        EndpointResolver.resolve(Region.of(region), null, fips, dualstack, NONE, NONE));
  }

  @Test
  void override_winsOverEverything() {
    URI override = URI.create("http://localhost:4566");
    Function<String, String> env = Map.of("AWS_ENDPOINT_URL_SAGEMAKER", "http://other:1")::get;

    assertEquals(override,
        EndpointResolver.resolve(Region.US_EAST_1, override, true, true, env, NONE));
  }

  @Test
  void serviceSpecificEnvironmentVariable_winsOverTheGeneralOne() {
    Function<String, String> env = Map.of("AWS_ENDPOINT_URL_SAGEMAKER", "http://sagemaker:1",
        "AWS_ENDPOINT_URL", "http://general:2")::get;

    assertEquals(URI.create("http://sagemaker:1"),
        EndpointResolver.resolve(Region.US_EAST_1, null, false, false, env, NONE));
  }

  @Test
  void generalEnvironmentVariable_isHonoured() {
    Function<String, String> env = Map.of("AWS_ENDPOINT_URL", "http://general:2")::get;

    assertEquals(URI.create("http://general:2"),
        EndpointResolver.resolve(Region.US_EAST_1, null, false, false, env, NONE));
  }

  @Test
  void systemProperty_winsOverTheEnvironment() {
    Function<String, String> env = Map.of("AWS_ENDPOINT_URL_SAGEMAKER", "http://env:1")::get;
    Function<String, String> props = Map.of("aws.endpointUrlSageMaker", "http://prop:1")::get;

    assertEquals(URI.create("http://prop:1"),
        EndpointResolver.resolve(Region.US_EAST_1, null, false, false, env, props));
  }

  @Test
  void configuredEndpoints_canBeIgnored() {
    Function<String, String> env = Map.of("AWS_ENDPOINT_URL", "http://general:2",
        "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true")::get;

    assertEquals(URI.create("https://api.sagemaker.us-east-1.amazonaws.com"),
        EndpointResolver.resolve(Region.US_EAST_1, null, false, false, env, NONE));
  }

  @Test
  void malformedEndpoint_isRejectedWithItsSourceAndValue() {
    Function<String, String> env = Map.of("AWS_ENDPOINT_URL_SAGEMAKER", "localhost:4566")::get;

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EndpointResolver.resolve(Region.US_EAST_1, null, false, false, env, NONE));

    assertTrue(e.getMessage().startsWith("AWS_ENDPOINT_URL_SAGEMAKER must be an http or https"
        + " URL with a host"), e.getMessage());
    assertTrue(e.getMessage().endsWith("was localhost:4566"), e.getMessage());
  }
}
