package dev.sagemaker4j.client.internal;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.async.SdkAsyncHttpResponseHandler;

/**
 * Gathers an async response, headers and whole body, up to a size limit, into {@link
 * #future()}. Completes once: with the response, or with the first failure.
 */
final class ResponseCollector implements SdkAsyncHttpResponseHandler {
  /** A whole response. */
  record Response(SdkHttpResponse headers, byte[] body) {}

  /** The body passed the limit; the stream was cancelled. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient SdkHttpResponse headers;
    final long declared;

    TooLarge(SdkHttpResponse headers, long declared) {
      super(null, null, false, false);
      this.headers = headers;
      this.declared = declared;
    }
  }

  private final CompletableFuture<Response> future = new CompletableFuture<>();
  /** The body as streamed; completed by the stream, confirmed by the exchange. */
  private final CompletableFuture<Response> streamed = new CompletableFuture<>();
  private final long max;
  private volatile @Nullable SdkHttpResponse headers;
  private volatile boolean streamStarted;
  private volatile @Nullable Subscription subscription;

  ResponseCollector(long maxBytes) {
    this.max = maxBytes;
  }

  CompletableFuture<Response> future() {
    return future;
  }

  @Override
  public void onHeaders(SdkHttpResponse response) {
    headers = response;
    long declared = declaredLength(response);
    if (declared > max) {
      future.completeExceptionally(new TooLarge(response, declared));
    }
  }

  @Override
  public void onStream(Publisher<ByteBuffer> stream) {
    streamStarted = true;
    stream.subscribe(new Subscriber<ByteBuffer>() {
      private byte[] buf = new byte[1024];
      private int size;

      @Override
      public void onSubscribe(Subscription s) {
        subscription = s;
        if (future.isDone()) {
          s.cancel();
        } else {
          s.request(Long.MAX_VALUE);
        }
      }

      @Override
      public void onNext(ByteBuffer b) {
        int n = b.remaining();
        if (size + (long) n > max) {
          // fail first: cancelling makes some HTTP clients report the cancellation as an error
          future.completeExceptionally(new TooLarge(headers, -1));
          subscription.cancel();
          return;
        }
        if (size + n > buf.length) {
          buf = Arrays.copyOf(buf, (int) Math.min(max, Math.max(size + n, buf.length * 2L)));
        }
        b.get(buf, size, n);
        size += n;
      }

      @Override
      public void onError(Throwable t) {
        future.completeExceptionally(t);
      }

      @Override
      public void onComplete() {
        byte[] body = Arrays.copyOf(buf, size);
        long declared = declaredLength(headers);
        if (declared >= 0 && declared != body.length) {
          future.completeExceptionally(new java.io.IOException("the response ended after "
              + body.length + " of its " + declared + " bytes"));
        } else {
          streamed.complete(new Response(headers, body));
        }
      }
    });
  }

  @Override
  public void onError(Throwable error) {
    future.completeExceptionally(error);
  }

  /**
   * The HTTP exchange ended. A body counts only once the exchange also ended well: an HTTP client
   * may complete a truncated or malformed stream and report the failure on the exchange. A
   * response that never streamed a body has an empty one.
   */
  void exchangeDone(@Nullable Throwable error) {
    if (error != null) {
      future.completeExceptionally(error);
    } else if (!streamStarted && headers != null) {
      future.complete(new Response(headers, new byte[0]));
    } else {
      streamed.whenComplete((r, e) -> {
        if (e != null) {
          future.completeExceptionally(e);
        } else {
          future.complete(r);
        }
      });
    }
  }

  /** Stops reading: the attempt timed out or the call ended. */
  void cancel(Throwable reason) {
    Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
    future.completeExceptionally(reason);
  }

  /** The body length the response declares, or -1; sync and async responses alike. */
  static long declaredLength(SdkHttpResponse response) {
    String value = response.firstMatchingHeader("Content-Length").orElse(null);
    try {
      return value == null ? -1 : Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
