package dev.sagemaker4j.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.Abortable;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * One attempt as a transport sends it: the signed request and its body, how long it may take,
 * how to read what comes back, and how to abort it. The transport sends, waits and aborts;
 * everything else about the attempt was decided before it got here.
 */
final class Attempt {
  final Call<?, ?> call;
  final int number;
  final SdkHttpRequest request;
  final byte[] body;
  /** How long the attempt may take from when it is sent, in nanoseconds; 0 for no limit. */
  final long timeoutNanos;
  private final @Nullable Duration attemptTimeout;
  private final @Nullable Duration callTimeout;
  private final boolean callLimited;
  private final ResponseReader reader;
  private volatile @Nullable Abortable abortable;
  private volatile boolean aborted;
  private volatile @Nullable SdkHttpResponse head;

  Attempt(Call<?, ?> call, int number, SdkHttpRequest request, byte[] body,
      @Nullable Duration attemptTimeout, @Nullable Duration callTimeout, ResponseReader reader) {
    this.call = call;
    this.number = number;
    this.request = request;
    this.body = body;
    this.attemptTimeout = attemptTimeout;
    this.callTimeout = callTimeout;
    this.reader = reader;
    long untilDeadline = call.deadlineNanos == Long.MAX_VALUE ? Long.MAX_VALUE
        : Math.max(1, call.deadlineNanos - System.nanoTime());
    long attemptLimit = attemptTimeout == null ? Long.MAX_VALUE : attemptTimeout.toNanos();
    this.callLimited = untilDeadline < attemptLimit;
    long limit = Math.min(untilDeadline, attemptLimit);
    this.timeoutNanos = limit == Long.MAX_VALUE ? 0 : limit;
  }

  /** The failure an attempt that ran out of time ends with. */
  SdkException timedOut(@Nullable Throwable cause) {
    String op = call.operation.name();
    if (timeoutNanos == 0) {
      return Failures.closed(op, number); // no limit: only a closing client aborts it
    }
    return callLimited ? Failures.callTimeout(op, callTimeout, number, cause)
        : Failures.attemptTimeout(op, number, attemptTimeout, cause);
  }

  /** The transport received the answer's status and headers. */
  void received(SdkHttpResponse response) {
    head = response;
  }

  /** The answer's status and headers, once received; null before or when none came. */
  @Nullable SdkHttpResponse head() {
    return head;
  }

  /** The answer read from a whole body. */
  Object read(SdkHttpResponse response, byte[] body) {
    return reader.read(call, response, body, number);
  }

  /** A successful answer parsed as it streams in; the stream is read to its end. */
  Object readStream(SdkHttpResponse response, InputStream body) {
    return reader.readStream(call, response, body, number);
  }

  long maxResponseBytes() {
    return reader.maxResponseBytes();
  }

  /** What to abort: the exchange, then its response stream once there is one. */
  void abortWith(@Nullable Abortable target) {
    abortable = target;
    if (aborted && target != null) {
      abortQuietly(target);
    }
  }

  /**
   * The request body, for the HTTP client to send: refused (the stream fails) once the attempt
   * is aborted, so that an attempt aborted before its request was written never goes out whole.
   */
  InputStream bodyStream() {
    if (aborted) {
      return new InputStream() {
        @Override
        public int read() throws IOException {
          throw refused();
        }
      };
    }
    return new java.io.ByteArrayInputStream(body);
  }

  /** Why a body is refused. */
  IOException refused() {
    return new IOException(call.operation.name() + " attempt " + number + " was aborted before"
        + " its request was sent");
  }

  /**
   * Marks the attempt aborted before it is stopped: from now on it refuses its body (see {@link
   * #bodyStream()}).
   */
  void markAborted() {
    aborted = true;
  }

  /** Stops the attempt: its exchange is aborted and its connection released. */
  void abort() {
    aborted = true;
    Abortable a = abortable;
    if (a != null) {
      abortQuietly(a);
    }
  }

  boolean aborted() {
    return aborted;
  }

  private static void abortQuietly(Abortable a) {
    try {
      a.abort();
    } catch (RuntimeException e) {
      ClientRuntime.LOG.debug("aborting an attempt failed", e);
    }
  }
}
