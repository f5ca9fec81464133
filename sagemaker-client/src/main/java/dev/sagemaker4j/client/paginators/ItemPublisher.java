package dev.sagemaker4j.client.paginators;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;

/**
 * The items of every page of a list operation as a Reactive Streams {@link Publisher}: pages are
 * fetched only as the subscriber's demand for items needs them.
 *
 * @param <T> the item type
 */
public final class ItemPublisher<T> implements Publisher<T> {
  private final Publisher<T> source;

  ItemPublisher(Publisher<T> source) {
    this.source = source;
  }

  @Override
  public void subscribe(Subscriber<? super T> subscriber) {
    source.subscribe(subscriber);
  }

  /**
   * Hands every item to {@code consumer}; the future completes after the last one, or fails with
   * the first error.
   */
  public CompletableFuture<Void> subscribe(Consumer<? super T> consumer) {
    return PagePublisher.forEach(this, consumer);
  }
}
