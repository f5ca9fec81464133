package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * The async client's last stage: send each attempt through an {@link SdkAsyncHttpClient}, wait
 * between attempts on the scheduler, never on a sleeping thread, and enforce the timeouts by
 * cancelling the exchange. No step blocks.
 */
public final class AsyncInvoker implements AutoCloseable {
  private final ClientRuntime runtime;
  private final RequestPipeline pipeline;
  private final SdkAsyncHttpClient http;
  private final @Nullable Executor completion;

  public AsyncInvoker(ClientRuntime runtime, SdkAsyncHttpClient http) {
    this.runtime = runtime;
    this.pipeline = new RequestPipeline(runtime);
    this.http = http;
    this.completion = runtime.config.futureCompletionExecutor().orElse(null);
    if (http.getClass().getName().contains("netty")) {
      ClientRuntime.warnIfDebugLeaks("io.netty.handler.logging.LoggingHandler", "the AWS Netty"
          + " client then logs every request's headers, its Authorization signature included");
    }
  }

  /** Starts one call; the future completes with its response or its final failure. */
  public <I extends SageMakerRequest, O extends SageMakerResponse> CompletableFuture<O> invoke(
      Operation<I, O> op, I request) {
    PreparedCall<I, O> call;
    try {
      call = pipeline.prepare(op, request);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    Call<O> c = new Call<>(call);
    c.start();
    return c.result;
  }

  /** One call in flight: its attempts, waits and timers. */
  private final class Call<O extends SageMakerResponse> {
    final CompletableFuture<O> result = new CompletableFuture<>();
    final PreparedCall<?, O> call;
    final RetryController retry;
    final @Nullable Duration callTimeout = runtime.config.apiCallTimeout().orElse(null);
    final long deadline;
    volatile int attempt;
    volatile @Nullable ResponseCollector inFlight;
    volatile @Nullable CompletableFuture<Void> exchange;
    @Nullable ScheduledFuture<?> callTimer;

    Call(PreparedCall<?, O> call) {
      this.call = call;
      this.retry = new RetryController(runtime, call.operation);
      this.deadline = callTimeout == null ? Long.MAX_VALUE
          : call.startNanos + callTimeout.toNanos();
    }

    void start() {
      try {
        if (callTimeout != null) {
          callTimer = runtime.scheduler().schedule(this::callTimedOut, callTimeout.toNanos(),
              TimeUnit.NANOSECONDS);
        }
        // A caller cancelling the future stops the exchange in flight.
        result.whenComplete((r, e) -> {
          if (e instanceof CancellationException) {
            stopInFlight(e);
          }
        });
        Duration initial = retry.begin();
        if (initial.isZero()) {
          attempt();
        } else {
          after(initial);
        }
      } catch (RuntimeException e) {
        fail(e);
      }
    }

    private void after(Duration delay) {
      runtime.scheduler().schedule(this::attempt, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void attempt() {
      if (result.isDone()) {
        return;
      }
      int n = ++attempt;
      runtime.credentials.resolveIdentity().whenComplete((identity, error) -> {
        if (error != null) {
          Throwable cause = error instanceof CompletionException ? error.getCause() : error;
          fail(cause instanceof SdkException ? cause : SdkClientException.builder()
              .message("Unable to load AWS credentials: " + cause.getMessage())
              .cause(cause).numAttempts(n).build());
        } else {
          send(n, identity);
        }
      });
    }

    private void send(int n, AwsCredentialsIdentity identity) {
      ResponseCollector collector = new ResponseCollector(runtime.config.maxResponseBytes());
      inFlight = collector;
      ScheduledFuture<?> attemptTimer = null;
      try {
        SdkHttpRequest signed = pipeline.sign(call, n, retry.maxAttempts(), identity);
        Duration attemptTimeout = runtime.config.apiCallAttemptTimeout().orElse(null);
        if (attemptTimeout != null) {
          attemptTimer = runtime.scheduler().schedule(() -> attemptTimedOut(collector, n,
              attemptTimeout), attemptTimeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        CompletableFuture<Void> ex = http.execute(AsyncExecuteRequest.builder()
            .request(signed)
            .requestContentPublisher(new ByteArrayPublisher(call.body))
            .responseHandler(collector)
            .build());
        exchange = ex;
        ex.whenComplete((v, e) -> collector.exchangeDone(e));
      } catch (RuntimeException e) {
        collector.cancel(e);
      }
      ScheduledFuture<?> timer = attemptTimer;
      collector.future().whenComplete((response, error) -> {
        if (timer != null) {
          timer.cancel(false);
        }
        done(n, response, error);
      });
    }

    private void done(int n, ResponseCollector.@Nullable Response response,
        @Nullable Throwable error) {
      if (result.isDone()) {
        return;
      }
      SdkException failure;
      if (error == null) {
        try {
          O out = pipeline.read(call, response.headers(), response.body(), n);
          retry.succeeded();
          succeed(out);
          return;
        } catch (SdkException e) {
          failure = e;
        } catch (RuntimeException e) {
          fail(e);
          return;
        }
      } else {
        failure = toSdkException(n, error);
      }
      if (UnknownOutcome.applies(runtime, retry, call, failure)) {
        UnknownOutcome.resolveAsync(AsyncInvoker.this, call, failure, n)
            .whenComplete((out, e) -> complete(out, e == null ? null
                : e instanceof CompletionException && e.getCause() != null ? e.getCause() : e));
        return;
      }
      Duration delay;
      try {
        delay = retry.failed(failure);
      } catch (RuntimeException e) {
        fail(e);
        return;
      }
      if (delay == null) {
        fail(failure);
      } else if (deadline != Long.MAX_VALUE && System.nanoTime() + delay.toNanos() >= deadline) {
        fail(SyncInvoker.callTimedOut(call, callTimeout, n, failure));
      } else {
        RequestPipeline.logRetry(call, n, failure, delay);
        after(delay);
      }
    }

    private SdkException toSdkException(int n, Throwable error) {
      Throwable e = error instanceof CompletionException && error.getCause() != null
          ? error.getCause() : error;
      if (e instanceof SdkException) {
        return (SdkException) e;
      }
      if (e instanceof ResponseCollector.TooLarge) {
        ResponseCollector.TooLarge t = (ResponseCollector.TooLarge) e;
        return SyncInvoker.tooLarge(call, t.headers, n, runtime.config.maxResponseBytes(),
            t.declared);
      }
      return SdkClientException.builder()
          .message("Unable to execute HTTP request to SageMaker (" + call.operation.name()
              + "): " + e.getMessage())
          .cause(e instanceof IOException || e instanceof RuntimeException ? e
              : new IOException(e))
          .numAttempts(n)
          .build();
    }

    private void attemptTimedOut(ResponseCollector collector, int n, Duration limit) {
      CompletableFuture<Void> ex = exchange;
      collector.cancel(ApiCallAttemptTimeoutException.builder()
          .message(call.operation.name() + " attempt " + n + " did not complete within the"
              + " apiCallAttemptTimeout of " + limit.toMillis() + " ms")
          .numAttempts(n)
          .build());
      if (ex != null) {
        ex.cancel(true);
      }
    }

    private void callTimedOut() {
      SdkException timeout = SyncInvoker.callTimedOut(call, callTimeout, Math.max(1, attempt),
          null);
      if (complete(null, timeout)) {
        stopInFlight(timeout);
      }
    }

    private void stopInFlight(Throwable reason) {
      ResponseCollector c = inFlight;
      if (c != null) {
        c.cancel(reason);
      }
      CompletableFuture<Void> ex = exchange;
      if (ex != null) {
        ex.cancel(true);
      }
    }

    private void succeed(O out) {
      complete(out, null);
    }

    private void fail(Throwable t) {
      complete(null, t);
    }

    private boolean complete(@Nullable O out, @Nullable Throwable t) {
      if (result.isDone()) {
        return false;
      }
      if (callTimer != null) {
        callTimer.cancel(false);
      }
      if (completion == null) {
        return t == null ? result.complete(out) : result.completeExceptionally(t);
      }
      try {
        completion.execute(() -> {
          if (t == null) {
            result.complete(out);
          } else {
            result.completeExceptionally(t);
          }
        });
      } catch (RuntimeException rejected) {
        result.completeExceptionally(t == null ? rejected : t);
      }
      return true;
    }
  }

  /** Where this client waits: its waiters poll on the same scheduler. */
  public java.util.concurrent.ScheduledExecutorService scheduler() {
    return runtime.scheduler();
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
