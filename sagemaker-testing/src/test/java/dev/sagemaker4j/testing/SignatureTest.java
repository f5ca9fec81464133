package dev.sagemaker4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.OverrideConfiguration;
import dev.sagemaker4j.client.SageMakerClient;
import dev.sagemaker4j.model.ListModelsResponse;
import dev.sagemaker4j.testing.support.Raw;
import dev.sagemaker4j.testing.support.Shared;
import dev.sagemaker4j.testing.support.StandInTest;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpFullRequest;

/** SigV4, recomputed by the stand-in: keys, signatures and the five-minute window. */
class SignatureTest extends StandInTest {
  private static final String BAD_SIGNATURE = "The request signature we calculated does not"
      + " match the signature you provided. Check your AWS Secret Access Key and signing method."
      + " Consult the service documentation for details.";

  private SageMakerClient client(String accessKey, String secretKey,
      Consumer<OverrideConfiguration.Builder> config) {
    return SageMakerClient.builder()
        .region(local.region())
        .endpointOverride(local.endpoint())
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(accessKey, secretKey)))
        .overrideConfiguration(o -> config.accept(o.clock(clock).sleeper(d -> { })
            .retryStrategy(AwsRetryStrategy.doNotRetry())))
        .build();
  }

  private SageMakerClient skewed(Duration skew, boolean retry) {
    return client(LocalSageMaker.DEFAULT_ACCESS_KEY_ID, LocalSageMaker.DEFAULT_SECRET_ACCESS_KEY,
        o -> {
          o.clock(Clock.offset(clock, skew));
          if (retry) {
            o.retryStrategy(AwsRetryStrategy.standardRetryStrategy());
          }
        });
  }

  @Test
  void unknownAccessKey_failsWithUnrecognizedClient() {
    try (SageMakerClient stranger = client("AKIDUNKNOWN", "whatever", o -> { })) {
      assertServiceError("UnrecognizedClientException",
          "The security token included in the request is invalid.",
          () -> stranger.listModels(r -> { }));
    }
  }

  @Test
  void wrongSecretKey_failsWithInvalidSignature() {
    try (SageMakerClient wrong =
        client(LocalSageMaker.DEFAULT_ACCESS_KEY_ID, "not-the-secret", o -> { })) {
      assertServiceError("InvalidSignatureException", BAD_SIGNATURE,
          () -> wrong.listModels(r -> { }));
    }
  }

  @Test
  void extraKeyPairFromTheBuilder_isAccepted() {
    try (SageMakerClient extra =
        client(Shared.EXTRA_ACCESS_KEY, Shared.EXTRA_SECRET_KEY, o -> { })) {
      assertTrue(extra.listModels(r -> { }).models().isEmpty());
    }
  }

  @Test
  void bodyChangedAfterSigning_failsWithInvalidSignature() {
    String signedBody = "{\"ModelName\":\"churn-model\"}";
    SdkHttpFullRequest signed = Raw.sign(Raw.request(local.endpoint(), "DescribeModel", signedBody).build(),
        signedBody, clock, LocalSageMaker.DEFAULT_ACCESS_KEY_ID,
        LocalSageMaker.DEFAULT_SECRET_ACCESS_KEY);

    Raw.Answer a = Raw.send(signed, "{\"ModelName\":\"other-model\"}");

    assertEquals(400, a.status());
    assertEquals("{\"__type\":\"InvalidSignatureException\",\"message\":\"" + BAD_SIGNATURE
        + "\"}", a.text());
  }

  @Test
  void unsignedRequest_failsWithMissingAuthenticationToken() {
    String body = "{}";

    Raw.Answer a = Raw.send(Raw.request(local.endpoint(), "ListModels", body).build(), body);

    assertEquals(400, a.status());
    assertTrue(a.text().contains("MissingAuthenticationTokenException"), a.text());
  }

  @Test
  void clientClockTenMinutesBehind_failsWithSignatureExpired() {
    try (SageMakerClient late = skewed(Duration.ofMinutes(-10), false)) {
      assertServiceError("InvalidSignatureException", "Signature expired: 20240601T115000Z is"
              + " now earlier than 20240601T115500Z (20240601T120000Z - 5 min.)",
          () -> late.listModels(r -> { }));
    }
  }

  @Test
  void clientClockTenMinutesAhead_failsWithSignatureNotYetCurrent() {
    try (SageMakerClient early = skewed(Duration.ofMinutes(10), false)) {
      assertServiceError("InvalidSignatureException", "Signature not yet current:"
              + " 20240601T121000Z is still later than 20240601T120500Z"
              + " (20240601T120000Z + 5 min.)",
          () -> early.listModels(r -> { }));
    }
  }

  @Test
  void clientClockFourMinutesOff_isAccepted() {
    try (SageMakerClient late = skewed(Duration.ofMinutes(-4), false)) {
      assertTrue(late.listModels(r -> { }).models().isEmpty());
    }
  }

  @Test
  void clientClockTenMinutesBehind_withRetries_correctsItsClockFromTheDateHeader() {
    try (SageMakerClient late = skewed(Duration.ofMinutes(-10), true)) {
      ListModelsResponse models = late.listModels(r -> { });

      assertEquals(2, models.responseMetadata().orElseThrow().attempts());
    }
  }

  @Test
  void signatureWindow_followsTheStandInsClock() {
    clock.advance(Duration.ofHours(3));

    assertTrue(client.listModels(r -> { }).models().isEmpty());
  }
}
