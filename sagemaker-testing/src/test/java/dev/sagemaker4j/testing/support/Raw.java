package dev.sagemaker4j.testing.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Hand-made HTTP exchanges with the stand-in, to look at the bytes and headers a typed client
 * hides: requests signed by the AWS SDK's signer (or not at all), answers read whole.
 */
public final class Raw {
  private static final SdkHttpClient HTTP = UrlConnectionHttpClient.create();

  private Raw() {}

  /** An answer: status, headers by name as sent, body. */
  public record Answer(int status, Map<String, List<String>> headers, byte[] body) {
    public String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      return null;
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** {@code POST /} with {@code X-Amz-Target: SageMaker.<operation>}, not yet signed. */
  public static SdkHttpFullRequest.Builder request(URI endpoint, String operation, String body) {
    return SdkHttpFullRequest.builder()
        .method(SdkHttpMethod.POST)
        .uri(endpoint)
        .encodedPath("/")
        .putHeader("Content-Type", "application/x-amz-json-1.1")
        .putHeader("X-Amz-Target", "SageMaker." + operation)
        .putHeader("Content-Length",
            Integer.toString(body.getBytes(StandardCharsets.UTF_8).length));
  }

  /** Signs {@code request} for {@code payload} with the AWS SDK's SigV4 signer. */
  public static SdkHttpFullRequest sign(SdkHttpFullRequest request, String payload, Clock clock,
      String accessKey, String secretKey) {
    return (SdkHttpFullRequest) AwsV4HttpSigner.create().sign(r -> r
        .identity(AwsCredentialsIdentity.create(accessKey, secretKey))
        .request(request)
        .payload(ContentStreamProvider.fromUtf8String(payload))
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sagemaker")
        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
        .putProperty(HttpSigner.SIGNING_CLOCK, clock)).request();
  }

  /** Sends {@code request} with {@code body}, as it is. */
  public static Answer send(SdkHttpFullRequest request, String body) {
    try {
      HttpExecuteRequest.Builder exchange = HttpExecuteRequest.builder().request(request);
      if (!body.isEmpty()) {
        // With a body, HttpURLConnection turns a GET into a POST.
        exchange.contentStreamProvider(ContentStreamProvider.fromUtf8String(body));
      }
      HttpExecuteResponse response = HTTP.prepareRequest(exchange.build()).call();
      byte[] bytes = new byte[0];
      if (response.responseBody().isPresent()) {
        try (InputStream in = response.responseBody().get()) {
          bytes = in.readAllBytes();
        }
      }
      return new Answer(response.httpResponse().statusCode(), response.httpResponse().headers(),
          bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A signed call of {@code operation} with the default credentials, as a client makes it. */
  public static Answer call(URI endpoint, Clock clock, String operation, String body,
      String accessKey, String secretKey) {
    return send(sign(request(endpoint, operation, body).build(), body, clock, accessKey,
        secretKey), body);
  }
}
