package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.client.AsyncSleeper;
import dev.sagemaker4j.client.Sleeper;
import dev.sagemaker4j.client.waiters.WaiterException;
import dev.sagemaker4j.client.waiters.WaiterOverrides;
import dev.sagemaker4j.client.waiters.WaiterResponse;
import dev.sagemaker4j.model.SageMakerResponse;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.StructSchema;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The one engine behind every generated waiter, sync and async: poll, let the acceptors decide,
 * wait the delay, until success, failure, the most polls or the overall time limit.
 *
 * <p>Elapsed time is the larger of the real time and the sum of the waits, so a test that
 * injects a sleeper which does not sleep still sees the time limit apply.
 */
public final class Waiters {
  private Waiters() {}

  /** Waits on the calling thread, between polls through {@code sleeper}. */
  public static <Q, R extends SageMakerResponse> WaiterResponse<R> await(Function<Q, R> poll,
      Q request, WaiterDefinition definition, WaiterOverrides overrides, Sleeper sleeper) {
    Limits limits = new Limits(definition, overrides);
    for (int attempt = 1; ; attempt++) {
      R response = null;
      SdkException error = null;
      try {
        response = poll.apply(request);
      } catch (SdkException e) {
        error = e;
      }
      WaiterResponse<R> done = decide(definition, limits, attempt, response, error);
      if (done != null) {
        return done;
      }
      Duration delay = limits.nextDelay(definition, attempt, response, error);
      try {
        sleeper.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw AbortedException.create("Interrupted while waiting for " + definition.name(), e);
      }
      limits.waited(delay);
    }
  }

  /** Waits without blocking: polls run on the async client, waits through {@code sleeper}. */
  public static <Q, R extends SageMakerResponse> CompletableFuture<WaiterResponse<R>> awaitAsync(
      Function<Q, CompletableFuture<R>> poll, Q request, WaiterDefinition definition,
      WaiterOverrides overrides, AsyncSleeper delayer) {
    CompletableFuture<WaiterResponse<R>> result = new CompletableFuture<>();
    new AsyncWait<>(poll, request, definition, new Limits(definition, overrides), delayer, result)
        .poll(1);
    return result;
  }

  /** Waits on the JDK's shared delayed executor: for clients that bring no sleeper. */
  public static AsyncSleeper jdkSleeper() {
    return delay -> {
      CompletableFuture<Void> done = new CompletableFuture<>();
      CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS)
          .execute(() -> done.complete(null));
      return done;
    };
  }

  private static final class AsyncWait<Q, R extends SageMakerResponse> {
    final Function<Q, CompletableFuture<R>> poll;
    final Q request;
    final WaiterDefinition definition;
    final Limits limits;
    final AsyncSleeper delayer;
    final CompletableFuture<WaiterResponse<R>> result;

    AsyncWait(Function<Q, CompletableFuture<R>> poll, Q request, WaiterDefinition definition,
        Limits limits, AsyncSleeper delayer, CompletableFuture<WaiterResponse<R>> result) {
      this.poll = poll;
      this.request = request;
      this.definition = definition;
      this.limits = limits;
      this.delayer = delayer;
      this.result = result;
    }

    void poll(int attempt) {
      if (result.isDone()) {
        return; // cancelled by the caller
      }
      CompletableFuture<R> call;
      try {
        call = poll.apply(request);
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
        return;
      }
      call.whenComplete((response, failure) -> {
        Throwable error = failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause() : failure;
        try {
          if (error != null && !(error instanceof SdkException)) {
            result.completeExceptionally(error);
            return;
          }
          WaiterResponse<R> done = decide(definition, limits, attempt, response,
              (SdkException) error);
          if (done != null) {
            result.complete(done);
            return;
          }
          Duration delay = limits.nextDelay(definition, attempt, response, (SdkException) error);
          delayer.sleep(delay).whenComplete((v, e) -> {
            if (e != null) {
              result.completeExceptionally(e instanceof CompletionException
                  && e.getCause() != null ? e.getCause() : e);
              return;
            }
            limits.waited(delay);
            poll(attempt + 1);
          });
        } catch (RuntimeException e) {
          result.completeExceptionally(e);
        }
      });
    }
  }

  /** The limits of one wait and the time it has used. */
  private static final class Limits {
    final Duration delay;
    final int maxAttempts;
    final @Nullable Duration timeout;
    final long startNanos = System.nanoTime();
    volatile Duration waited = Duration.ZERO;

    Limits(WaiterDefinition d, WaiterOverrides o) {
      this.delay = o.delay().orElse(d.delay());
      this.maxAttempts = o.maxAttempts().orElse(d.maxAttempts());
      this.timeout = o.timeout().orElse(null);
    }

    void waited(Duration d) {
      waited = waited.plus(d);
    }

    Duration elapsed() {
      Duration real = Duration.ofNanos(System.nanoTime() - startNanos);
      return real.compareTo(waited) > 0 ? real : waited;
    }

    /** The next delay; throws when the polls or the time are used up. */
    Duration nextDelay(WaiterDefinition d, int attempt, @Nullable SageMakerResponse response,
        @Nullable SdkException error) {
      if (attempt >= maxAttempts) {
        throw WaiterException.create(d.name(), WaiterException.Reason.MAX_ATTEMPTS, attempt,
            d.name() + " gave up after " + attempt + " polls of " + d.operation()
                + state(response), response, error);
      }
      if (timeout != null && elapsed().plus(delay).compareTo(timeout) > 0) {
        throw WaiterException.create(d.name(), WaiterException.Reason.TIMEOUT, attempt,
            d.name() + " would pass its timeout of " + timeout.toSeconds() + " s before poll "
                + (attempt + 1) + state(response), response, error);
      }
      return delay;
    }
  }

  /** Success, a failure exception, or null to poll again; an unmatched error is rethrown. */
  private static <R extends SageMakerResponse> @Nullable WaiterResponse<R> decide(
      WaiterDefinition d, Limits limits, int attempt, @Nullable R response,
      @Nullable SdkException error) {
    WaiterDefinition.Decision decision = d.decide(response, error);
    if (decision == null) {
      throw error; // not an outcome the waiter knows: the caller sees the service's error
    }
    switch (decision.state()) {
      case SUCCESS:
        return error == null ? WaiterResponse.ofResponse(response, attempt)
            : WaiterResponse.ofException(error, attempt);
      case FAILURE:
        throw WaiterException.create(d.name(), WaiterException.Reason.FAILURE_STATE, attempt,
            d.name() + " failed: " + d.operation() + " matched the failure state "
                + decision.acceptor() + " after " + attempt + (attempt == 1 ? " poll" : " polls")
                + reason(response), response, error);
      default:
        return null;
    }
  }

  private static String state(@Nullable SageMakerResponse response) {
    return response == null ? "" : "; last response " + response;
  }

  /** The resource's own explanation, when its response has one. */
  private static String reason(@Nullable SageMakerResponse response) {
    if (response == null) {
      return "";
    }
    StructSchema<Object> schema = StructSchema.ofValue(response);
    for (String name : new String[] {"FailureReason", "FailureMessage", "ExitMessage"}) {
      Member m = schema.member(name);
      Object v = m == null ? null : schema.get(response, m.index());
      if (v != null) {
        return ": " + v;
      }
    }
    return "";
  }
}
