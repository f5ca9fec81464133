package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * One subscriber's walk through the pages of a list operation, emitting each page, or each
 * item, as the subscriber asks. A page is fetched only when the subscriber has unmet demand and
 * nothing is buffered, one page at a time; cancelling stops the walk, and no request is sent
 * after it. Signals are serialized by a drain loop, as the Reactive Streams rules require.
 *
 * @param <E> what is emitted: pages, or items
 */
public final class PagedSubscription<Q extends SageMakerRequest, R extends SageMakerResponse, E>
    implements Subscription {
  private final Subscriber<? super E> downstream;
  private final Function<Q, CompletableFuture<R>> call;
  private final Pagination<Q, R> pagination;
  private final Function<R, List<E>> explode;
  private final AtomicLong demand = new AtomicLong();
  private final AtomicInteger wip = new AtomicInteger();
  private final ArrayDeque<E> buffer = new ArrayDeque<>();
  private @Nullable Q nextRequest;
  private volatile boolean cancelled;
  private boolean done;
  private boolean fetching;
  private volatile @Nullable R arrived;
  private volatile @Nullable Throwable failure;
  private @Nullable Q fetched;

  private PagedSubscription(Subscriber<? super E> downstream,
      Function<Q, CompletableFuture<R>> call, Q first, Pagination<Q, R> pagination,
      Function<R, List<E>> explode) {
    this.downstream = downstream;
    this.call = call;
    this.nextRequest = first;
    this.pagination = pagination;
    this.explode = explode;
  }

  /** Subscribes {@code subscriber} to a new walk. */
  public static <Q extends SageMakerRequest, R extends SageMakerResponse, E> void start(
      Subscriber<? super E> subscriber, Function<Q, CompletableFuture<R>> call, Q first,
      Pagination<Q, R> pagination, Function<R, List<E>> explode) {
    if (subscriber == null) {
      throw new NullPointerException("subscriber must not be null (rule 1.9)");
    }
    subscriber.onSubscribe(new PagedSubscription<>(subscriber, call, first, pagination, explode));
  }

  @Override
  public void request(long n) {
    if (n <= 0) {
      failure = new IllegalArgumentException(
          "a subscriber must request at least one element (rule 3.9), requested " + n);
    } else {
      demand.getAndUpdate(d -> d + n < 0 ? Long.MAX_VALUE : d + n);
    }
    drain();
  }

  @Override
  public void cancel() {
    cancelled = true;
    drain();
  }

  private void drain() {
    if (wip.getAndIncrement() != 0) {
      return;
    }
    int missed = 1;
    while (true) {
      if (cancelled) {
        buffer.clear();
        return;
      }
      if (!done) {
        step();
      }
      missed = wip.addAndGet(-missed);
      if (missed == 0) {
        return;
      }
    }
  }

  private void step() {
    R page = arrived;
    if (page != null) {
      arrived = null;
      fetching = false;
      try {
        buffer.addAll(explode.apply(page));
        String token = pagination.nextToken(page);
        nextRequest = token == null ? null : pagination.next(fetched, token);
      } catch (RuntimeException e) {
        nextRequest = null;
        failure = e;
      }
    }
    while (demand.get() > 0 && !buffer.isEmpty() && !cancelled) {
      demand.decrementAndGet();
      downstream.onNext(buffer.poll());
    }
    if (!buffer.isEmpty() || cancelled) {
      return;
    }
    Throwable error = failure;
    if (error != null) {
      done = true;
      downstream.onError(error);
    } else if (nextRequest == null && !fetching) {
      done = true;
      downstream.onComplete();
    } else if (demand.get() > 0 && !fetching && nextRequest != null) {
      fetching = true;
      fetched = nextRequest;
      CompletableFuture<R> future;
      try {
        future = call.apply(fetched);
      } catch (RuntimeException e) {
        future = CompletableFuture.failedFuture(e);
      }
      future.whenComplete((r, e) -> {
        if (e != null) {
          failure = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        } else {
          arrived = r;
        }
        drain();
      });
    }
  }
}
