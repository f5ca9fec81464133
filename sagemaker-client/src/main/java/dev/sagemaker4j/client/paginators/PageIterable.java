package dev.sagemaker4j.client.paginators;

import dev.sagemaker4j.client.internal.Pagination;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The pages of a list operation, fetched lazily: nothing is sent until iteration starts, and each
 * page is fetched when the previous one is used up. Each iteration starts again from the first
 * request. {@link #items()} flattens the pages.
 *
 * @param <Q> the request type
 * @param <R> the page (response) type
 * @param <T> the item type
 */
public class PageIterable<Q extends SageMakerRequest, R extends SageMakerResponse, T>
    implements Iterable<R> {
  private final Function<Q, R> call;
  private final Q first;
  private final Pagination<Q, R> pagination;

  PageIterable(Function<Q, R> call, Q first, Pagination<Q, R> pagination) {
    this.call = call;
    this.first = first;
    this.pagination = pagination;
  }

  @Override
  public Iterator<R> iterator() {
    return new Iterator<>() {
      private @Nullable Q request = first;
      private @Nullable String token;
      private boolean started;
      private @Nullable R page;

      @Override
      public boolean hasNext() {
        if (page != null) {
          return true;
        }
        if (started) {
          if (token == null) {
            return false;
          }
          // a token sent back unchanged fails here, after its page was handed out
          request = pagination.next(request, token);
        }
        started = true;
        page = call.apply(request);
        token = pagination.nextToken(page);
        return true;
      }

      @Override
      public R next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more pages of " + pagination);
        }
        R p = page;
        page = null;
        return p;
      }
    };
  }

  /** The pages as a sequential stream. */
  public Stream<R> stream() {
    return StreamSupport.stream(spliterator(), false);
  }

  /** The items of every page, in order, fetched as iteration reaches them. */
  public ItemIterable<T> items() {
    return new ItemIterable<>(() -> new Iterator<T>() {
      private final Iterator<R> pages = iterator();
      private Iterator<T> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && pages.hasNext()) {
          current = pagination.<T>items(pages.next()).iterator();
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more items of " + pagination);
        }
        return current.next();
      }
    });
  }

  @Override
  public Spliterator<R> spliterator() {
    return Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED
        | Spliterator.NONNULL);
  }
}
