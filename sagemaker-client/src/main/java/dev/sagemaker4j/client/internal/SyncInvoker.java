package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.client.exception.UnreadableResponseException;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * The sync client's last stage: send each attempt through an {@link SdkHttpClient} on the
 * calling thread, wait between attempts with the configured sleeper, and enforce the timeouts.
 */
public final class SyncInvoker implements AutoCloseable {
  private final ClientRuntime runtime;
  private final RequestPipeline pipeline;
  private final SdkHttpClient http;

  public SyncInvoker(ClientRuntime runtime, SdkHttpClient http) {
    this.runtime = runtime;
    this.pipeline = new RequestPipeline(runtime);
    this.http = http;
  }

  /** Makes one call: its attempts and the waits between them. */
  public <I extends SageMakerRequest, O extends SageMakerResponse> O invoke(Operation<I, O> op,
      I request) {
    PreparedCall<I, O> call = pipeline.prepare(op, request);
    RetryController retry = new RetryController(runtime, op);
    Duration callTimeout = runtime.config.apiCallTimeout().orElse(null);
    long deadline = callTimeout == null ? Long.MAX_VALUE
        : call.startNanos + callTimeout.toNanos();
    int attempt = 0;
    Duration initial = retry.begin();
    if (!initial.isZero()) {
      sleep(initial);
    }
    while (true) {
      attempt++;
      SdkException failure;
      try {
        O response = attempt(call, attempt, retry.maxAttempts(), deadline, callTimeout);
        retry.succeeded();
        return response;
      } catch (ApiCallTimeoutException e) {
        throw e;
      } catch (SdkException e) {
        failure = e;
      }
      if (UnknownOutcome.applies(runtime, retry, call, failure)) {
        return UnknownOutcome.resolve(this, call, failure, attempt);
      }
      Duration delay = retry.failed(failure);
      if (delay == null) {
        throw failure;
      }
      if (deadline != Long.MAX_VALUE && System.nanoTime() + delay.toNanos() >= deadline) {
        throw callTimedOut(call, callTimeout, attempt, failure);
      }
      RequestPipeline.logRetry(call, attempt, failure, delay);
      sleep(delay);
    }
  }

  private <O extends SageMakerResponse> O attempt(PreparedCall<?, O> call, int attempt,
      int maxAttempts, long deadline, Duration callTimeout) {
    AwsCredentialsIdentity identity = runtime.credentials.resolveCredentials();
    SdkHttpRequest signed = pipeline.sign(call, attempt, maxAttempts, identity);
    ExecutableHttpRequest exec = http.prepareRequest(HttpExecuteRequest.builder()
        .request(signed)
        .contentStreamProvider(ContentStreamProvider.fromByteArrayUnsafe(call.body))
        .build());
    long attemptTimeout = runtime.config.apiCallAttemptTimeout().map(Duration::toNanos).orElse(0L);
    Watchdog watchdog = Watchdog.start(runtime, exec, attemptTimeout, deadline);
    try {
      HttpExecuteResponse response = exec.call();
      Optional<AbortableInputStream> stream = response.responseBody();
      watchdog.watch(stream.orElse(null));
      if (response.httpResponse().isSuccessful() && stream.isPresent()) {
        return readSuccess(call, response.httpResponse(), stream.get(), attempt);
      }
      byte[] body = readBody(call, response, stream, attempt);
      return pipeline.read(call, response.httpResponse(), body, attempt);
    } catch (SdkException e) {
      if (watchdog.fired() == Watchdog.Fired.NONE || e instanceof UnreadableResponseException
          && !(e.getCause() instanceof IOException)) {
        throw e;
      }
      throw timedOut(call, watchdog, attempt, callTimeout, e);
    } catch (IOException | RuntimeException e) {
      if (watchdog.fired() != Watchdog.Fired.NONE) {
        throw timedOut(call, watchdog, attempt, callTimeout, e);
      }
      throw SdkClientException.builder()
          .message("Unable to execute HTTP request to SageMaker (" + call.operation.name()
              + "): " + e.getMessage())
          .cause(e)
          .numAttempts(attempt)
          .build();
    } finally {
      watchdog.cancel();
    }
  }

  private SdkException timedOut(PreparedCall<?, ?> call, Watchdog watchdog, int attempt,
      Duration callTimeout, Throwable cause) {
    if (watchdog.fired() == Watchdog.Fired.CALL) {
      return callTimedOut(call, callTimeout, attempt, cause);
    }
    Duration limit = runtime.config.apiCallAttemptTimeout().orElseThrow();
    return ApiCallAttemptTimeoutException.builder()
        .message(call.operation.name() + " attempt " + attempt + " did not complete within the"
            + " apiCallAttemptTimeout of " + limit.toMillis() + " ms")
        .cause(cause)
        .numAttempts(attempt)
        .build();
  }

  static ApiCallTimeoutException callTimedOut(PreparedCall<?, ?> call, Duration callTimeout,
      int attempts, Throwable cause) {
    return ApiCallTimeoutException.builder()
        .message(call.operation.name() + " did not complete within the apiCallTimeout of "
            + callTimeout.toMillis() + " ms (" + attempts + (attempts == 1 ? " attempt" : " attempts")
            + ")")
        .cause(cause)
        .numAttempts(attempts)
        .build();
  }

  /**
   * Parses a successful answer from the connection's stream, read no further than
   * {@code maxResponseBytes}. A failure part-way abandons the connection rather than drain it.
   */
  private <O extends SageMakerResponse> O readSuccess(PreparedCall<?, O> call,
      SdkHttpResponse http, AbortableInputStream in, int attempt) throws IOException {
    long max = runtime.config.maxResponseBytes();
    long declared = ResponseCollector.declaredLength(http);
    boolean complete = false;
    try {
      if (declared > max) {
        throw tooLarge(call, http, attempt, max, declared);
      }
      O response = pipeline.readSuccess(call, http, new Bounded(in, max), attempt);
      complete = true;
      return response;
    } catch (UnreadableResponseException e) {
      if (e.getCause() instanceof Bounded.TooLarge) {
        throw tooLarge(call, http, attempt, max, -1);
      }
      throw e;
    } finally {
      if (!complete) {
        in.abort();
      }
      in.close();
    }
  }

  /** A stream that fails once more than {@code max} bytes have come through it. */
  private static final class Bounded extends java.io.FilterInputStream {
    /** The signal that the body outgrew the limit. */
    static final class TooLarge extends IOException {
      private static final long serialVersionUID = 1L;

      TooLarge() {
        super("the body is larger than maxResponseBytes", null);
      }
    }

    private long left;

    Bounded(java.io.InputStream in, long max) {
      super(in);
      this.left = max;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0 && --left < 0) {
        throw new TooLarge();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, (int) Math.min(len, Math.max(left + 1, 1)));
      if (n > 0) {
        left -= n;
        if (left < 0) {
          throw new TooLarge();
        }
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = in.skip(Math.min(n, left + 1));
      left -= skipped;
      if (left < 0) {
        throw new TooLarge();
      }
      return skipped;
    }
  }

  private byte[] readBody(PreparedCall<?, ?> call, HttpExecuteResponse response,
      Optional<AbortableInputStream> stream, int attempt) throws IOException {
    if (stream.isEmpty()) {
      return new byte[0];
    }
    long max = runtime.config.maxResponseBytes();
    try (AbortableInputStream in = stream.get()) {
      long declared = ResponseCollector.declaredLength(response.httpResponse());
      if (declared > max) {
        in.abort();
        throw tooLarge(call, response.httpResponse(), attempt, max, declared);
      }
      if (declared >= 0) {
        // the usual case: one array of exactly the declared size, no copy
        byte[] body = new byte[(int) declared];
        int n = in.readNBytes(body, 0, body.length);
        if (n < body.length) {
          throw new java.io.EOFException("the response ended after " + n + " of its "
              + declared + " bytes");
        }
        return body;
      }
      byte[] buf = new byte[8192];
      int n = 0;
      while (true) {
        if (n == buf.length) {
          if (n >= max) {
            if (in.read() < 0) {
              break;
            }
            in.abort();
            throw tooLarge(call, response.httpResponse(), attempt, max, -1);
          }
          buf = Arrays.copyOf(buf, (int) Math.min(max, (long) buf.length * 2));
        }
        int r = in.read(buf, n, buf.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
      return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }
  }

  static UnreadableResponseException tooLarge(PreparedCall<?, ?> call, SdkHttpResponse r,
      int attempt, long max, long declared) {
    return UnreadableResponseException.create(call.operation.name(),
        r.statusCode(), ErrorMapper.requestId(r), attempt,
        "the body " + (declared > 0 ? "of " + declared + " bytes " : "") + "is larger than"
            + " maxResponseBytes (" + max + ")", null);
  }

  private void sleep(Duration delay) {
    try {
      runtime.config.sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw AbortedException.create("Interrupted while waiting to retry a SageMaker call", e);
    }
  }

  /** How this client waits: its waiters use the same sleeper. */
  public dev.sagemaker4j.client.Sleeper sleeper() {
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
