package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.StructSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A waiter as the service model's {@code waiters-2.json} describes it: the operation it polls,
 * the delay and most polls, and acceptors that look at each poll's response or error and say
 * success, failure or retry. Path arguments are read through the response's schema (wire names,
 * {@code a.b}, {@code a[].b} projections).
 */
public final class WaiterDefinition {
  /** What an acceptor decides. */
  public enum State {
    SUCCESS,
    FAILURE,
    RETRY
  }

  /** How an acceptor looks at a poll. */
  public enum Matcher {
    PATH,
    PATH_ALL,
    PATH_ANY,
    ERROR
  }

  /**
   * One acceptor: a path of wire names in the response (or an error code) and the value that
   * decides the state.
   */
  public record Acceptor(Matcher matcher, State state, @Nullable String argument,
      Object expected) {
    String describe() {
      return switch (matcher) {
        case ERROR -> "error " + expected;
        case PATH -> argument + " = " + expected;
        case PATH_ALL -> "every " + argument + " = " + expected;
        case PATH_ANY -> "some " + argument + " = " + expected;
      };
    }
  }

  /** The decision on one poll, with the acceptor that made it (null when none matched). */
  record Decision(State state, @Nullable String acceptor) {}

  private final String name;
  private final String operation;
  private final Duration delay;
  private final int maxAttempts;
  private final List<Acceptor> acceptors;

  private WaiterDefinition(Builder b) {
    this.name = b.name;
    this.operation = b.operation;
    this.delay = b.delay;
    this.maxAttempts = b.maxAttempts;
    this.acceptors = List.copyOf(b.acceptors);
  }

  public static Builder builder(String name, String operation, Duration delay, int maxAttempts) {
    return new Builder(name, operation, delay, maxAttempts);
  }

  public String name() {
    return name;
  }

  public String operation() {
    return operation;
  }

  public Duration delay() {
    return delay;
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  /** The acceptors, in the order they are tried. */
  public List<Acceptor> acceptors() {
    return acceptors;
  }

  /**
   * The first matching acceptor's decision. An unmatched response means retry; an unmatched
   * error gives null: the wait ends with that error.
   */
  @Nullable Decision decide(@Nullable Object response, @Nullable Throwable error) {
    for (Acceptor a : acceptors) {
      if (matches(a, response, error)) {
        return new Decision(a.state(), a.describe());
      }
    }
    return error == null ? new Decision(State.RETRY, null) : null;
  }

  private static boolean matches(Acceptor a, @Nullable Object response,
      @Nullable Throwable error) {
    if (a.matcher() == Matcher.ERROR) {
      return error instanceof SageMakerException e && sameCode(a.expected().toString(),
          e.errorCode());
    }
    if (response == null) {
      return false;
    }
    Object value = read(response, a.argument());
    switch (a.matcher()) {
      case PATH:
        return equal(value, a.expected());
      case PATH_ALL:
        if (!(value instanceof Collection) || ((Collection<?>) value).isEmpty()) {
          return false;
        }
        return ((Collection<?>) value).stream().allMatch(v -> equal(v, a.expected()));
      case PATH_ANY:
        return value instanceof Collection
            && ((Collection<?>) value).stream().anyMatch(v -> equal(v, a.expected()));
      default:
        return false;
    }
  }

  /**
   * Whether an error code is the one an acceptor expects. SageMaker's modeled codes have no
   * {@code Exception} suffix on the wire ({@code ResourceNotFound}) while some waiters of the
   * model name them with it ({@code ResourceNotFoundException}): either form matches the other.
   */
  static boolean sameCode(String expected, @Nullable String actual) {
    return actual != null && (expected.equals(actual) || expected.equals(actual + "Exception")
        || actual.equals(expected + "Exception"));
  }

  private static boolean equal(@Nullable Object actual, Object expected) {
    if (actual == null) {
      return false;
    }
    if (actual instanceof Number && expected instanceof Number) {
      return ((Number) actual).doubleValue() == ((Number) expected).doubleValue();
    }
    return expected.equals(actual) || expected.toString().equals(actual.toString());
  }

  /** Reads {@code a.b} and {@code a[].b} paths of wire names through schemas. */
  static @Nullable Object read(Object root, String path) {
    Object current = root;
    for (String part : path.split("\\.")) {
      boolean project = part.endsWith("[]");
      String name = project ? part.substring(0, part.length() - 2) : part;
      current = project || !(current instanceof List) ? step(current, name)
          : projectStep((List<?>) current, name);
      if (current == null) {
        return null;
      }
    }
    return current;
  }

  private static @Nullable Object projectStep(List<?> list, String name) {
    List<Object> out = new ArrayList<>(list.size());
    for (Object e : list) {
      Object v = step(e, name);
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  private static @Nullable Object step(@Nullable Object owner, String wireName) {
    if (owner instanceof List) {
      return projectStep((List<?>) owner, wireName);
    }
    if (!StructSchema.isStructure(owner)) {
      return null;
    }
    StructSchema<Object> schema = StructSchema.ofValue(owner);
    Member m = schema.member(wireName);
    return m == null ? null : schema.get(owner, m.index());
  }

  /** Builds a {@link WaiterDefinition}; generated waiters use it. */
  public static final class Builder {
    private final String name;
    private final String operation;
    private final Duration delay;
    private final int maxAttempts;
    private final List<Acceptor> acceptors = new ArrayList<>();

    private Builder(String name, String operation, Duration delay, int maxAttempts) {
      this.name = name;
      this.operation = operation;
      this.delay = delay;
      this.maxAttempts = maxAttempts;
    }

    public Builder path(String argument, Object expected, State state) {
      acceptors.add(new Acceptor(Matcher.PATH, state, argument, expected));
      return this;
    }

    public Builder pathAll(String argument, Object expected, State state) {
      acceptors.add(new Acceptor(Matcher.PATH_ALL, state, argument, expected));
      return this;
    }

    public Builder pathAny(String argument, Object expected, State state) {
      acceptors.add(new Acceptor(Matcher.PATH_ANY, state, argument, expected));
      return this;
    }

    public Builder error(String code, State state) {
      acceptors.add(new Acceptor(Matcher.ERROR, state, null, code));
      return this;
    }

    public WaiterDefinition build() {
      return new WaiterDefinition(this);
    }
  }
}
