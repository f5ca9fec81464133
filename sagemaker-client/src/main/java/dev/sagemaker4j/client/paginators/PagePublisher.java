package dev.sagemaker4j.client.paginators;

import dev.sagemaker4j.client.internal.PagedSubscription;
import dev.sagemaker4j.client.internal.Pagination;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * The pages of a list operation as a Reactive Streams {@link Publisher} with backpressure: no
 * page is requested from SageMaker before the subscriber asks for one, and cancelling stops the
 * walk. Each subscriber walks from the first request. {@link #items()} publishes the items.
 *
 * <pre>{@code
 * Flux.from(sageMaker.listEndpointsPaginator(r -> r.maxResults(50)).endpoints())
 *     .filter(e -> e.endpointStatus() == EndpointStatus.FAILED)
 *     .subscribe(...);
 * }</pre>
 *
 * @param <Q> the request type
 * @param <R> the page (response) type
 * @param <T> the item type
 */
public class PagePublisher<Q extends SageMakerRequest, R extends SageMakerResponse, T>
    implements Publisher<R> {
  private final Function<Q, CompletableFuture<R>> call;
  private final Q first;
  private final Pagination<Q, R> pagination;

  PagePublisher(Function<Q, CompletableFuture<R>> call, Q first,
      Pagination<Q, R> pagination) {
    this.call = call;
    this.first = first;
    this.pagination = pagination;
  }

  @Override
  public void subscribe(Subscriber<? super R> subscriber) {
    PagedSubscription.start(subscriber, call, first, pagination, List::of);
  }

  /** The items of every page, in order, with backpressure on items. */
  public ItemPublisher<T> items() {
    return new ItemPublisher<>(subscriber -> PagedSubscription.start(subscriber, call, first,
        pagination, pagination::items));
  }

  /**
   * Hands every page to {@code consumer} as it arrives; the future completes after the last one,
   * or fails with the first error.
   */
  public CompletableFuture<Void> subscribe(Consumer<? super R> consumer) {
    return forEach(this, consumer);
  }

  static <E> CompletableFuture<Void> forEach(Publisher<E> publisher, Consumer<? super E> consumer) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    publisher.subscribe(new Subscriber<E>() {
      private Subscription subscription;

      @Override
      public void onSubscribe(Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(E e) {
        try {
          consumer.accept(e);
        } catch (RuntimeException failure) {
          subscription.cancel();
          done.completeExceptionally(failure);
        }
      }

      @Override
      public void onError(Throwable t) {
        done.completeExceptionally(t);
      }

      @Override
      public void onComplete() {
        done.complete(null);
      }
    });
    return done;
  }
}
