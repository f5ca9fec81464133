package dev.sagemaker4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpResponseHandler;
import software.amazon.awssdk.http.async.SdkHttpContentPublisher;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * The floor: the HTTP client alone, sending a request that was built and SigV4-signed once in
 * advance (the exact body the official client was captured sending) and reading the answer's
 * body to the end. What an SDK costs is what it adds to this.
 */
public final class Floor {
  private final SdkHttpFullRequest signed;
  private final byte[] body;

  private Floor(SdkHttpFullRequest signed, byte[] body) {
    this.signed = signed;
    this.body = body;
  }

  /** Builds and signs, once, the request of {@code fixture} (a sagemaker-model wire fixture). */
  public static Floor of(URI endpoint, String fixture) {
    String target = WireFixtures.request(fixture).get("target").asText();
    byte[] body = WireFixtures.rawBody(fixture);
    SdkHttpRequest request = SdkHttpFullRequest.builder()
        .method(SdkHttpMethod.POST)
        .uri(endpoint)
        .encodedPath("/")
        .putHeader("Content-Type", "application/x-amz-json-1.1")
        .putHeader("X-Amz-Target", target)
        .putHeader("Content-Length", Integer.toString(body.length))
        .build();
    AwsCredentialsIdentity identity = Contenders.credentials().resolveCredentials();
    SdkHttpRequest signed = AwsV4HttpSigner.create().sign(SignRequest.builder(identity)
            .request(request)
            .payload(ContentStreamProvider.fromByteArrayUnsafe(body))
            .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sagemaker")
            .putProperty(AwsV4HttpSigner.REGION_NAME, Contenders.REGION.id())
            .build())
        .request();
    return new Floor(SdkHttpFullRequest.builder()
        .method(signed.method())
        .uri(signed.getUri())
        .headers(signed.headers())
        .build(), body);
  }

  /** The request body it sends. */
  public byte[] body() {
    return body.clone();
  }

  /** The prepared sync request, built once: per call only the HTTP exchange remains. */
  public HttpExecuteRequest syncRequest() {
    return HttpExecuteRequest.builder()
        .request(signed)
        .contentStreamProvider(ContentStreamProvider.fromByteArrayUnsafe(body))
        .build();
  }

  /**
   * One sync exchange: send, check the status, read the body to the end into {@code buffer}.
   *
   * @return the body's length
   */
  public static int call(SdkHttpClient http, HttpExecuteRequest request, byte[] buffer)
      throws IOException {
    HttpExecuteResponse response = http.prepareRequest(request).call();
    int status = response.httpResponse().statusCode();
    int total = 0;
    Optional<AbortableInputStream> stream = response.responseBody();
    if (stream.isPresent()) {
      try (InputStream in = stream.get()) {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          total += n;
        }
      }
    }
    if (status != 200) {
      throw new IllegalStateException("the floor's call was answered with HTTP " + status);
    }
    return total;
  }

  /** One async exchange, complete once the whole body has arrived; yields its length. */
  public CompletableFuture<Integer> callAsync(SdkAsyncHttpClient http) {
    DrainingHandler handler = new DrainingHandler();
    http.execute(AsyncExecuteRequest.builder()
            .request(signed)
            .requestContentPublisher(new BytesPublisher(body))
            .responseHandler(handler)
            .build())
        .whenComplete((ok, failure) -> {
          if (failure != null) {
            handler.done.completeExceptionally(failure);
          }
        });
    return handler.done;
  }

  /** Publishes one byte array, once. */
  private static final class BytesPublisher implements SdkHttpContentPublisher {
    private final byte[] bytes;

    BytesPublisher(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public Optional<Long> contentLength() {
      return Optional.of((long) bytes.length);
    }

    @Override
    public void subscribe(Subscriber<? super ByteBuffer> subscriber) {
      subscriber.onSubscribe(new Subscription() {
        private boolean done;

        @Override
        public void request(long n) {
          if (done || n <= 0) {
            return;
          }
          done = true;
          subscriber.onNext(ByteBuffer.wrap(bytes));
          subscriber.onComplete();
        }

        @Override
        public void cancel() {
          done = true;
        }
      });
    }
  }

  /** Checks the status and counts the body's bytes to its end. */
  private static final class DrainingHandler implements SdkAsyncHttpResponseHandler {
    final CompletableFuture<Integer> done = new CompletableFuture<>();
    private int status;

    @Override
    public void onHeaders(SdkHttpResponse headers) {
      status = headers.statusCode();
    }

    @Override
    public void onStream(org.reactivestreams.Publisher<ByteBuffer> stream) {
      stream.subscribe(new Subscriber<ByteBuffer>() {
        private int total;

        @Override
        public void onSubscribe(Subscription s) {
          s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(ByteBuffer b) {
          total += b.remaining();
        }

        @Override
        public void onError(Throwable t) {
          done.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
          if (status != 200) {
            done.completeExceptionally(new IllegalStateException(
                "the floor's call was answered with HTTP " + status));
          } else {
            done.complete(total);
          }
        }
      });
    }

    @Override
    public void onError(Throwable error) {
      done.completeExceptionally(error);
    }
  }
}
