package dev.sagemaker4j.client.internal;

import java.io.IOException;
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
 * Gathers an async answer, head and whole body, within the body limit, into {@link #future()}.
 * Completes once: with the answer, or with the first failure.
 */
final class ResponseCollector implements SdkAsyncHttpResponseHandler {
  /** A whole answer. */
  record Response(SdkHttpResponse headers, byte[] body) {}

  private final Attempt attempt;
  private final CompletableFuture<Response> future = new CompletableFuture<>();
  /** The body as streamed; completed by the stream, confirmed by the exchange. */
  private final CompletableFuture<Response> streamed = new CompletableFuture<>();
  private final long max;
  private volatile @Nullable SdkHttpResponse headers;
  private volatile boolean streamStarted;
  private volatile @Nullable Subscription subscription;

  ResponseCollector(Attempt attempt) {
    this.attempt = attempt;
    this.max = attempt.maxResponseBytes();
  }

  CompletableFuture<Response> future() {
    return future;
  }

  @Override
  public void onHeaders(SdkHttpResponse response) {
    headers = response;
    attempt.received(response);
    long declared = BodyLimit.declaredLength(response);
    if (declared > max) {
      future.completeExceptionally(Failures.tooLarge(attempt.call.operation.name(), response,
          attempt.number, max, declared));
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
          future.completeExceptionally(Failures.tooLarge(attempt.call.operation.name(),
              headers, attempt.number, max, -1));
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
        long declared = BodyLimit.declaredLength(headers);
        if (declared >= 0 && declared != size) {
          future.completeExceptionally(declared > size
              ? Failures.truncated(attempt.call.operation.name(), headers, attempt.number,
                  size, declared)
              : new IOException("the response had " + size + " bytes, more than its "
                  + declared));
        } else {
          streamed.complete(new Response(headers, Arrays.copyOf(buf, size)));
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
   * may complete a truncated or malformed stream and report the failure on the exchange. An
   * answer that never streamed a body has an empty one.
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
  void cancel() {
    Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
  }
}
