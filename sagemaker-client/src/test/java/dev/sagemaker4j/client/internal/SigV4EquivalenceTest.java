package dev.sagemaker4j.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * The client's own SigV4 gives exactly the headers the AWS SDK's AwsV4HttpSigner gives: for
 * random bodies, header sets, hosts and ports, regions, session and long-term credentials, and
 * times.
 */
class SigV4EquivalenceTest {
  private static final AwsV4HttpSigner AWS = AwsV4HttpSigner.create();
  private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "cn-north-1",
      "us-gov-west-1", "ap-southeast-2");
  private static final List<String> ENDPOINTS = List.of("https://api.sagemaker.us-east-1.amazonaws.com",
      "http://127.0.0.1:8090", "https://localhost:8443", "http://example.com",
      "https://proxy.example.com/sagemaker/v1", "https://proxy.example.com/a%20b/c");

  @Test
  void ourSignature_isTheAwsSignersSignature_forAThousandRandomRequests() {
    Random random = new Random(7);
    for (int i = 0; i < 1000; i++) {
      String region = REGIONS.get(random.nextInt(REGIONS.size()));
      URI endpoint = URI.create(ENDPOINTS.get(random.nextInt(ENDPOINTS.size())));
      byte[] body = randomBody(random);
      SdkHttpRequest.Builder b = SdkHttpRequest.builder().method(SdkHttpMethod.POST)
          .uri(endpoint)
          .putHeader("Content-Type", "application/x-amz-json-1.1")
          .putHeader("X-Amz-Target", "SageMaker.Op" + random.nextInt(30))
          .putHeader("User-Agent", "sagemaker4j/0.1 java/17 os/linux")
          .putHeader("Content-Length", Integer.toString(body.length))
          .putHeader("amz-sdk-invocation-id", new java.util.UUID(random.nextLong(),
              random.nextLong()).toString())
          .putHeader("amz-sdk-request", "attempt=" + (1 + random.nextInt(3)) + "; max=3");
      if (random.nextBoolean()) {
        b.putHeader("X-Custom", "  spaced   value  ");
      }
      if (random.nextInt(4) == 0) {
        b.appendHeader("X-Multi", "a").appendHeader("X-Multi", " b ");
      }
      if (random.nextInt(4) == 0) {
        // non-ASCII in the canonical request: two-, three- and four-byte UTF-8
        b.putHeader("X-Note", "caf\u00e9 \u4e2d\u6587 \ud83d\ude00 " + random.nextInt(100));
      }
      SdkHttpRequest request = b.build();
      AwsCredentialsIdentity identity = random.nextBoolean()
          ? AwsBasicCredentials.create("AKID" + random.nextInt(1000), "secret/" + random.nextLong())
          : AwsSessionCredentials.create("ASIA" + random.nextInt(1000), "secret+" + random.nextLong(),
              "token" + random.nextLong());
      Clock clock = Clock.fixed(Instant.ofEpochSecond(1_500_000_000L
          + (long) (random.nextDouble() * 400_000_000L)), ZoneOffset.UTC);

      SdkHttpRequest ours = new SigV4(region, "sagemaker").sign(request, body, identity, clock);
      SdkHttpRequest theirs = AWS.sign(SignRequest.builder(identity).request(request)
          .payload(ContentStreamProvider.fromByteArray(body))
          .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sagemaker")
          .putProperty(AwsV4HttpSigner.REGION_NAME, region)
          .putProperty(HttpSigner.SIGNING_CLOCK, clock)
          .build()).request();

      for (String header : List.of("Authorization", "X-Amz-Date", "x-amz-content-sha256",
          "X-Amz-Security-Token")) {
        assertEquals(theirs.firstMatchingHeader(header), ours.firstMatchingHeader(header),
            "case " + i + " " + header + " for " + endpoint + " " + region);
      }
    }
  }

  @Test
  void theDaysSigningKey_isReusedButNotAcrossDaysOrSecrets() {
    SigV4 signer = new SigV4("us-east-1", "sagemaker");
    SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST)
        .uri(URI.create("https://api.sagemaker.us-east-1.amazonaws.com")).build();
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    for (String secret : List.of("s1", "s2")) {
      for (long day : new long[] {0, 86_400, 86_400 * 2 + 5}) {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L + day), ZoneOffset.UTC);
        AwsCredentialsIdentity id = AwsBasicCredentials.create("AKID", secret);
        SdkHttpRequest theirs = AWS.sign(SignRequest.builder(id).request(request)
            .payload(ContentStreamProvider.fromByteArray(body))
            .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sagemaker")
            .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
            .putProperty(HttpSigner.SIGNING_CLOCK, clock).build()).request();

        assertEquals(theirs.firstMatchingHeader("Authorization"),
            signer.sign(request, body, id, clock).firstMatchingHeader("Authorization"));
      }
    }
  }

  private static byte[] randomBody(Random random) {
    int kind = random.nextInt(4);
    if (kind == 0) {
      return new byte[0];
    }
    if (kind == 1) {
      byte[] b = new byte[random.nextInt(5000)];
      random.nextBytes(b);
      return b;
    }
    StringBuilder sb = new StringBuilder("{\"Name\":\"");
    for (int i = random.nextInt(200); i > 0; i--) {
      sb.append((char) (' ' + random.nextInt(90)));
    }
    return sb.append("\u00e9\u4e2d\"}").toString().getBytes(StandardCharsets.UTF_8);
  }
}
