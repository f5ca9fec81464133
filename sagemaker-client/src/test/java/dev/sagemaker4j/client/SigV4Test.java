package dev.sagemaker4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.sagemaker4j.client.support.ClientTestBase;
import dev.sagemaker4j.client.support.Harness;
import dev.sagemaker4j.client.support.Harness.Mode;
import dev.sagemaker4j.client.support.Wire;
import dev.sagemaker4j.model.fixtures.FixtureRequests;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The {@code Authorization} header of a captured request, recomputed here from the canonical
 * request with the fixed credentials and clock, independently of the AWS SDK's signer.
 */
class SigV4Test extends ClientTestBase {
  @ParameterizedTest
  @EnumSource(Mode.class)
  void signature_isTheSigV4OfTheRequestAsSent(Mode mode) throws Exception {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(200).withBody("{}")));

    harness.call(mode, c -> c.createProcessingJob(FixtureRequests.createProcessingJob()),
        c -> c.createProcessingJob(FixtureRequests.createProcessingJob()));

    assertSignedAsSent(Wire.only(wm));
  }

  @org.junit.jupiter.api.Test
  void theAwsSdksSigner_whenConfigured_signsTheSame() throws Exception {
    wm.stubFor(post("/").willReturn(aResponse().withStatus(200).withBody("{}")));
    try (Harness aws = new Harness(wm, o -> o.signer(
        software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner.create()))) {
      aws.sync.createProcessingJob(FixtureRequests.createProcessingJob());
    }

    assertSignedAsSent(Wire.only(wm));
  }

  private static void assertSignedAsSent(LoggedRequest sent) throws Exception {
    assertEquals("amz-sdk-invocation-id;amz-sdk-request;content-length;content-type;host;"
        + "x-amz-content-sha256;x-amz-date;x-amz-target", verifiedSignedHeaders(sent));
  }

  /**
   * Recomputes the signature of a request a {@link Harness} client sent and checks it; returns
   * the names of the headers it signs.
   */
  static String verifiedSignedHeaders(LoggedRequest sent) throws Exception {
    String authorization = sent.getHeader("Authorization");
    String signedHeaders = authorization.replaceAll(".*SignedHeaders=([^,]*),.*", "$1");
    assertEquals("20240601T120000Z", sent.getHeader("X-Amz-Date"));
    assertEquals(hex(sha256(sent.getBody())), sent.getHeader("x-amz-content-sha256"));

    StringBuilder canonical = new StringBuilder("POST\n/\n\n");
    for (String name : signedHeaders.split(";")) {
      canonical.append(name).append(':')
          .append(sent.getHeader(name).trim().replaceAll(" +", " ")).append('\n');
    }
    canonical.append('\n').append(signedHeaders).append('\n').append(hex(sha256(sent.getBody())));
    String scope = "20240601/us-east-1/sagemaker/aws4_request";
    String toSign = "AWS4-HMAC-SHA256\n20240601T120000Z\n" + scope + "\n"
        + hex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    byte[] key = hmac(("AWS4" + Harness.SECRET_KEY).getBytes(StandardCharsets.UTF_8), "20240601");
    key = hmac(key, "us-east-1");
    key = hmac(key, "sagemaker");
    key = hmac(key, "aws4_request");
    String signature = hex(hmac(key, toSign));

    assertEquals("AWS4-HMAC-SHA256 Credential=" + Harness.ACCESS_KEY + "/" + scope
        + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature, authorization);
    return signedHeaders;
  }

  private static byte[] sha256(byte[] data) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(data);
  }

  private static byte[] hmac(byte[] key, String data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes).toLowerCase(Locale.ROOT);
  }
}
