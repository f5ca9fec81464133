package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.client.AsyncSleeper;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

/**
 * The async client's transport: sends each attempt through an {@link SdkAsyncHttpClient},
 * ends an attempt whose time is up (the timeout first, then the abort, so the caller sees the
 * timeout), and waits between attempts on the scheduler. Nothing blocks a thread.
 */
public final class AsyncInvoker implements Transport, AutoCloseable {
  private final ClientRuntime runtime;
  private final CallEngine engine;
  private final SdkAsyncHttpClient http;
  private final @Nullable Executor completion;
  private final AsyncSleeper sleeper;

  /** @param operations the client's operations by name */
  public AsyncInvoker(ClientRuntime runtime, SdkAsyncHttpClient http,
      Function<String, @Nullable Operation<?, ?>> operations) {
    this.runtime = runtime;
    this.engine = new CallEngine(runtime, operations);
    runtime.engine(engine);
    this.http = http;
    this.completion = runtime.config.futureCompletionExecutor().orElse(null);
    this.sleeper = runtime.config.asyncSleeper().orElse(this::scheduled);
    if (http.getClass().getName().contains("netty")) {
      ClientRuntime.warnIfDebugLeaks("io.netty.handler.logging.LoggingHandler", "the AWS Netty"
          + " client then logs every request's headers, its Authorization signature included");
    }
  }

  /** Starts one call; the future completes with its response or its final failure. */
  public <I extends SageMakerRequest, O extends SageMakerResponse> CompletableFuture<O> invoke(
      Operation<I, O> op, I request) {
    return engine.execute(op, request, this);
  }

  @Override
  public CompletableFuture<Object> send(Attempt a) {
    CompletableFuture<Object> out = new CompletableFuture<>();
    ResponseCollector collector = new ResponseCollector(a);
    ScheduledFuture<?> timer;
    try {
      timer = a.timeoutNanos == 0 ? null : runtime.scheduler().schedule(() -> {
        // the caller sees the timeout; the abort that follows cannot replace it
        if (out.completeExceptionally(a.timedOut(null))) {
          a.abort();
        }
      }, a.timeoutNanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.failedFuture(Failures.closed(a.call.operation.name(), a.number));
    }
    CompletableFuture<Void> exchange;
    try {
      exchange = http.execute(AsyncExecuteRequest.builder()
          .request(a.request)
          .requestContentPublisher(new ByteArrayPublisher(a))
          .responseHandler(collector)
          .build());
    } catch (RuntimeException e) {
      if (timer != null) {
        timer.cancel(false);
      }
      return CompletableFuture.failedFuture(
          Failures.sdk(a.call.operation.name(), runtime.endpoint.toString(), a.number, e));
    }
    a.abortWith(() -> {
      collector.cancel();
      exchange.cancel(true);
    });
    exchange.whenComplete((v, e) -> collector.exchangeDone(e));
    collector.future().whenComplete((response, error) -> {
      if (timer != null) {
        timer.cancel(false);
      }
      if (out.isDone()) {
        return; // timed out: that failure stands
      }
      if (error != null) {
        out.completeExceptionally(Failures.sdk(a.call.operation.name(),
            runtime.endpoint.toString(), a.number, error));
        a.abort();
        return;
      }
      try {
        out.complete(a.read(response.headers(), response.body()));
      } catch (RuntimeException e) {
        out.completeExceptionally(e);
      }
    });
    return out;
  }

  /**
   * At once, on the asking thread: cancelling an async exchange does not block, and a client
   * closing with hundreds of calls in flight would otherwise start a thread per abort.
   */
  @Override
  public void abort(Attempt a) {
    a.abort();
  }

  @Override
  public CompletableFuture<Void> delay(Call<?, ?> call, Duration delay) {
    return sleeper.sleep(delay);
  }

  private CompletableFuture<Void> scheduled(Duration delay) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    try {
      Runnable wake = () -> done.complete(null); // a Runnable, not a Callable: schedule's overloads
      runtime.scheduler().schedule(wake, delay.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      done.completeExceptionally(Failures.closed("the call", 1));
    }
    return done;
  }

  @Override
  public <T> void complete(CompletableFuture<T> result, T value, Throwable failure) {
    if (completion == null) {
      settle(result, value, failure);
      return;
    }
    try {
      completion.execute(() -> settle(result, value, failure));
    } catch (RuntimeException rejected) {
      result.completeExceptionally(failure == null ? rejected : failure);
    }
  }

  private static <T> void settle(CompletableFuture<T> result, T value, Throwable failure) {
    if (failure == null) {
      result.complete(value);
    } else {
      result.completeExceptionally(failure);
    }
  }

  /** How this client waits between a waiter's polls, without blocking. */
  public AsyncSleeper sleeper() {
    return sleeper;
  }

  @Override
  public void close() {
    runtime.close();
  }

  @Override
  public String toString() {
    return runtime.toString();
  }
}
