package dev.sagemaker4j.client.paginators;

import java.util.Iterator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of every page of a list operation, fetched lazily as iteration reaches them.
 *
 * @param <T> the item type
 */
public final class ItemIterable<T> implements Iterable<T> {
  private final Supplier<Iterator<T>> iterators;

  ItemIterable(Supplier<Iterator<T>> iterators) {
    this.iterators = iterators;
  }

  @Override
  public Iterator<T> iterator() {
    return iterators.get();
  }

  /** The items as a sequential stream. */
  public Stream<T> stream() {
    return StreamSupport.stream(spliterator(), false);
  }
}
