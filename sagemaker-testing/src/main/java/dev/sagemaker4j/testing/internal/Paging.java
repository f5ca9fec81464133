package dev.sagemaker4j.testing.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * List pages as SageMaker makes them: the whole collection sorted, a window of {@code
 * MaxResults} cut from it, and only then the filters applied. A page can therefore be short, or
 * empty, and still carry a {@code NextToken}; paginators must keep going on such pages.
 */
final class Paging {
  /**
   * MaxResults when the request leaves it out: documented for ListEndpoints; GUESS for the other
   * lists, where 10 is the usual default.
   */
  static final int DEFAULT_MAX_RESULTS = 10;
  private static final String TOKEN_PREFIX = "local-sagemaker/v1/";

  private Paging() {}

  /** One page: the items that passed the filters, and the token of the next page or null. */
  record Page<T>(List<T> items, String nextToken) {}

  static <T> Page<T> page(List<T> sorted, Predicate<? super T> filter, OptionalInt maxResults,
      Optional<String> nextToken) {
    int max = maxResults.orElse(DEFAULT_MAX_RESULTS);
    int start = nextToken.map(Paging::offset).orElse(0);
    int end = Math.min(sorted.size(), start + max);
    List<T> items = new ArrayList<>();
    for (int i = start; i < end; i++) {
      T item = sorted.get(i);
      if (filter.test(item)) {
        items.add(item);
      }
    }
    return new Page<>(items, end < sorted.size() ? token(end) : null);
  }

  /**
   * An opaque token as long as the service's: the offset, padded with random text so callers do
   * not read meaning into it.
   */
  private static String token(int offset) {
    String plain = TOKEN_PREFIX + offset + "/" + State.randomId(96);
    return Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  private static int offset(String token) {
    try {
      String plain = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      if (plain.startsWith(TOKEN_PREFIX)) {
        String rest = plain.substring(TOKEN_PREFIX.length());
        int offset = Integer.parseInt(rest.substring(0, rest.indexOf('/')));
        if (offset >= 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      // falls through to the error
    }
    // GUESS: the service's wording for a token it did not issue.
    throw ServiceError.validation("Invalid pagination token. Please verify the token and retry.");
  }

  /**
   * The order of a list: by the chosen key, ascending or descending, ties broken by creation
   * order in the same direction so equal timestamps still give a stable order.
   */
  static <T extends Tracked> Comparator<T> order(Comparator<T> key, boolean descending) {
    Comparator<T> c = key.thenComparingLong(t -> t.sequence);
    return descending ? c.reversed() : c;
  }

  /** By creation time. */
  static <T extends Tracked> Comparator<T> byCreation() {
    return Comparator.comparing(t -> t.created);
  }

  /** By a string key. */
  static <T> Comparator<T> by(Function<T, String> key) {
    return Comparator.comparing(key);
  }

  /** Whether {@code t} lies strictly after {@code after} and before {@code before}, when given. */
  static boolean within(Instant t, Optional<Instant> after, Optional<Instant> before) {
    return (after.isEmpty() || t.isAfter(after.get()))
        && (before.isEmpty() || t.isBefore(before.get()));
  }

  /** Whether {@code name} contains {@code part}, ignoring case; true when there is no part. */
  static boolean contains(String name, Optional<String> part) {
    return part.isEmpty()
        // GUESS: NameContains ignores case.
        || name.toLowerCase(java.util.Locale.ROOT).contains(
            part.get().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The value of an enum-valued request member, checked against the values the service accepts
   * (the client's checker lets unknown enum values through), or {@code fallback} when absent.
   */
  static String oneOf(Optional<String> value, String path, String fallback, String... allowed) {
    if (value.isEmpty()) {
      return fallback;
    }
    for (String a : allowed) {
      if (a.equals(value.get())) {
        return a;
      }
    }
    throw ServiceError.validation("1 validation error detected: Value '" + value.get() + "' at '"
        + path + "' failed to satisfy constraint: Member must satisfy enum value set: ["
        + String.join(", ", allowed) + "]");
  }
}
