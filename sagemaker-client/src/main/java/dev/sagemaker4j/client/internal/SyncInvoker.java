package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.client.Sleeper;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The sync client's transport: sends each attempt through an {@link SdkHttpClient} and waits
 * between attempts, on the calling thread.
 *
 * <p>An attempt with a time limit (an attempt timeout or the call's deadline) runs on one of the
 * client's worker threads while the caller waits for it, for at most the limit: HTTP clients
 * cannot always be stopped from outside a blocked read (the URL-connection client's abort waits
 * for the reader), and the caller must not wait on them. At the limit the attempt is aborted
 * from another thread and the caller gets the timeout at once. Without a time limit the attempt
 * runs on the calling thread, with no thread hand-off.
 */
public final class SyncInvoker implements Transport, AutoCloseable {
  private final ClientRuntime runtime;
  private final CallEngine engine;
  private final SdkHttpClient http;

  /** @param operations the client's operations by name */
  public SyncInvoker(ClientRuntime runtime, SdkHttpClient http,
      Function<String, @Nullable Operation<?, ?>> operations) {
    this.runtime = runtime;
    this.engine = new CallEngine(runtime, operations);
    runtime.engine(engine);
    this.http = http;
    if (http.getClass().getName().contains("Apache")) {
      ClientRuntime.warnIfDebugLeaks("org.apache.http.headers", "the Apache HTTP client then"
          + " logs every request's headers, its Authorization signature and session token"
          + " included");
      ClientRuntime.warnIfDebugLeaks("org.apache.http.wire", "the Apache HTTP client then logs"
          + " every byte sent, the Authorization signature and session token included");
    }
  }

  /** Makes one call, on the calling thread. */
  public <I extends SageMakerRequest, O extends SageMakerResponse> O invoke(Operation<I, O> op,
      I request) {
    return CallEngine.join(engine.execute(op, request, this));
  }

  @Override
  public CompletableFuture<Object> send(Attempt a) {
    if (a.timeoutNanos == 0) {
      try {
        return CompletableFuture.completedFuture(exchange(a));
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }
    CompletableFuture<Object> work;
    try {
      work = CompletableFuture.supplyAsync(() -> exchange(a), runtime.workers());
    } catch (RejectedExecutionException e) {
      return CompletableFuture.failedFuture(Failures.closed(a.call.operation.name(), a.number));
    }
    try {
      // returns when the attempt ends, when its time is up, or when the call ends (the
      // client closed): whichever comes first
      CompletableFuture.anyOf(work, a.call.result).get(a.timeoutNanos, TimeUnit.NANOSECONDS);
      return work.isDone() ? work : CompletableFuture.failedFuture(
          Failures.closed(a.call.operation.name(), a.number));
    } catch (TimeoutException e) {
      runtime.abortElsewhere(a);
      return CompletableFuture.failedFuture(a.timedOut(null));
    } catch (ExecutionException e) {
      return work.isDone() ? work : CompletableFuture.failedFuture(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      runtime.abortElsewhere(a);
      return CompletableFuture.failedFuture(AbortedException.builder()
          .message(a.call.operation.name() + " was interrupted").cause(e).build());
    }
  }

  /** On another thread: an HTTP client's abort can wait for the thread blocked reading. */
  @Override
  public void abort(Attempt a) {
    runtime.abortElsewhere(a);
  }

  /** Sends the attempt and reads its answer; releases its connection whatever happens. */
  private Object exchange(Attempt a) {
    ExecutableHttpRequest exec = http.prepareRequest(HttpExecuteRequest.builder()
        .request(a.request)
        .contentStreamProvider(a::bodyStream)
        .build());
    a.abortWith(exec);
    boolean complete = false;
    AbortableInputStream in = null;
    try {
      HttpExecuteResponse response = exec.call();
      SdkHttpResponse head = response.httpResponse();
      a.received(head);
      in = response.responseBody().orElse(null);
      if (in != null) {
        AbortableInputStream stream = in;
        a.abortWith(() -> {
          stream.abort();
          exec.abort();
        });
      }
      if (head.isSuccessful() && in != null) {
        Object out = a.readStream(head, in);
        complete = true;
        return out;
      }
      byte[] body = readBody(a, head, in);
      complete = true;
      return a.read(head, body);
    } catch (IOException e) {
      throw a.aborted() && !(e instanceof BodyLimit.TooLarge) ? a.timedOut(e)
          : Failures.io(a.call.operation.name(), runtime.endpoint.toString(), a.number, e);
    } catch (SdkException e) {
      throw e;
    } catch (RuntimeException e) {
      throw a.aborted() ? a.timedOut(e)
          : Failures.io(a.call.operation.name(), runtime.endpoint.toString(), a.number, e);
    } finally {
      if (!complete) {
        a.abort(); // a failed attempt releases its connection, never leaves it half read
      }
      if (in != null) {
        try {
          in.close();
        } catch (IOException | RuntimeException e) {
          ClientRuntime.LOG.debug("closing a response stream failed", e);
        }
      }
    }
  }

  /** An error answer's whole body, within the body limit. */
  private static byte[] readBody(Attempt a, SdkHttpResponse head,
      @Nullable AbortableInputStream in) throws IOException {
    if (in == null) {
      return new byte[0];
    }
    long max = a.maxResponseBytes();
    long declared = BodyLimit.declaredLength(head);
    String op = a.call.operation.name();
    if (declared > max) {
      throw Failures.tooLarge(op, head, a.number, max, declared);
    }
    try {
      return new BodyLimit.Counting(in, max, declared).readAllBytes();
    } catch (BodyLimit.TooLarge e) {
      throw Failures.tooLarge(op, head, a.number, max, -1);
    } catch (BodyLimit.Truncated e) {
      throw Failures.truncated(op, head, a.number, e.read, declared);
    }
  }

  @Override
  public CompletableFuture<Void> delay(Call<?, ?> call, Duration delay) {
    Sleeper sleeper = runtime.config.sleeper();
    try {
      if (sleeper == Sleeper.THREAD_SLEEP) {
        // the call's end (the client closing) ends the wait early
        call.result.get(delay.toNanos(), TimeUnit.NANOSECONDS);
      } else {
        sleeper.sleep(delay);
      }
    } catch (TimeoutException | ExecutionException | java.util.concurrent.CancellationException
        e) {
      // the wait is over, or the call ended while it lasted: the engine sees which
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CompletableFuture.failedFuture(AbortedException.builder()
          .message("Interrupted while waiting to retry " + call.operation.name()).cause(e)
          .build());
    }
    return CompletableFuture.completedFuture(null);
  }

  /** How this client waits: its waiters use the same sleeper. */
  public Sleeper sleeper() {
    return runtime.config.sleeper();
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
