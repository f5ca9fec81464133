package dev.sagemaker4j.client.internal;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Builds each attempt's HTTP request ({@code POST} to the endpoint, the JSON 1.1 content type,
 * {@code X-Amz-Target}, the SDK's headers) and signs it with SigV4, by the client's own signer or
 * the one configured.
 */
final class RequestSigner {
  static final String CONTENT_TYPE = "application/x-amz-json-1.1";

  private final URI endpoint;
  private final String path;
  private final String region;
  private final String userAgent;
  private final SigV4 sigV4;
  private final @Nullable HttpSigner<AwsCredentialsIdentity> signer;
  private final ClockSkew clock;

  RequestSigner(URI endpoint, String region, String userAgent,
      @Nullable HttpSigner<AwsCredentialsIdentity> signer, ClockSkew clock) {
    this.endpoint = endpoint;
    String p = endpoint.getRawPath();
    this.path = p == null || p.isEmpty() ? "/" : p;
    this.region = region;
    this.userAgent = userAgent;
    this.sigV4 = new SigV4(region, "sagemaker");
    this.signer = signer;
    this.clock = clock;
  }

  /** The attempt's request before signing. */
  SdkHttpRequest.Builder unsigned(Call<?, ?> call, int attempt, int maxAttempts) {
    // Built afresh for each attempt: cheaper than copying a prepared request's headers.
    return SdkHttpFullRequest.builder()
        .method(SdkHttpMethod.POST)
        .uri(endpoint)
        .encodedPath(path)
        .putHeader("Content-Type", CONTENT_TYPE)
        .putHeader("X-Amz-Target", call.operation.target())
        .putHeader("User-Agent", userAgent)
        .putHeader("Content-Length", Integer.toString(call.body.length))
        .putHeader("amz-sdk-invocation-id", call.invocationId)
        .putHeader("amz-sdk-request", "attempt=" + attempt + "; max=" + maxAttempts);
  }

  /** Signs with a fresh date. */
  SdkHttpRequest sign(Call<?, ?> call, SdkHttpRequest.Builder request,
      AwsCredentialsIdentity identity) {
    if (signer == null) {
      return sigV4.sign(request, call.payloadHash(), identity, clock.signingClock());
    }
    SignRequest<AwsCredentialsIdentity> sign = SignRequest.builder(identity)
        .request(request.build())
        .payload(ContentStreamProvider.fromByteArrayUnsafe(call.body))
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sagemaker")
        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
        .putProperty(HttpSigner.SIGNING_CLOCK, clock.signingClock())
        .build();
    return signer.sign(sign).request();
  }
}
