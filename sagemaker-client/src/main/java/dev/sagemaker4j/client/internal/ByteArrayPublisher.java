package dev.sagemaker4j.client.internal;

import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.http.async.SdkHttpContentPublisher;

/**
 * An attempt's request body for the async HTTP client: one buffer, to each subscriber that asks;
 * refused (an error instead) once the attempt is aborted, as {@link Attempt#bodyStream()} is.
 */
final class ByteArrayPublisher implements SdkHttpContentPublisher {
  private final Attempt attempt;
  private final byte[] body;

  ByteArrayPublisher(Attempt attempt) {
    this.attempt = attempt;
    this.body = attempt.body;
  }

  @Override
  public Optional<Long> contentLength() {
    return Optional.of((long) body.length);
  }

  @Override
  public void subscribe(Subscriber<? super ByteBuffer> subscriber) {
    subscriber.onSubscribe(new Subscription() {
      private final AtomicBoolean done = new AtomicBoolean();

      @Override
      public void request(long n) {
        if (n <= 0) {
          if (done.compareAndSet(false, true)) {
            subscriber.onError(new IllegalArgumentException(
                "a subscriber must request at least one element (rule 3.9), requested " + n));
          }
          return;
        }
        if (done.compareAndSet(false, true)) {
          if (attempt.aborted()) {
            subscriber.onError(attempt.refused());
            return;
          }
          if (body.length > 0) {
            subscriber.onNext(ByteBuffer.wrap(body).asReadOnlyBuffer());
          }
          subscriber.onComplete();
        }
      }

      @Override
      public void cancel() {
        done.set(true);
      }
    });
  }
}
