package dev.sagemaker4j.client.internal;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.http.Abortable;

/**
 * Ends a sync attempt that passes its attempt timeout or the call's deadline, by aborting the
 * HTTP request (and its response stream once there is one), which also frees the connection.
 * Nothing is scheduled, and no thread started, when no timeout is configured.
 */
final class Watchdog {
  enum Fired {
    NONE,
    ATTEMPT,
    CALL
  }

  private static final Watchdog NONE = new Watchdog(null);

  private final @Nullable ClientRuntime runtime;
  private volatile @Nullable Abortable target;
  private volatile @Nullable Abortable stream;
  private volatile Fired fired = Fired.NONE;
  private @Nullable ScheduledFuture<?> task;

  private Watchdog(@Nullable ClientRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * @param attemptTimeoutNanos the attempt limit, or 0 for none
   * @param deadlineNanos the call's deadline on {@link System#nanoTime()}, or Long.MAX_VALUE
   */
  static Watchdog start(ClientRuntime runtime, Abortable request, long attemptTimeoutNanos,
      long deadlineNanos) {
    long untilDeadline = deadlineNanos == Long.MAX_VALUE ? Long.MAX_VALUE
        : deadlineNanos - System.nanoTime();
    if (attemptTimeoutNanos <= 0 && untilDeadline == Long.MAX_VALUE) {
      return NONE;
    }
    Watchdog w = new Watchdog(runtime);
    w.target = request;
    boolean attemptFirst = attemptTimeoutNanos > 0 && attemptTimeoutNanos <= untilDeadline;
    long delay = Math.max(0, attemptFirst ? attemptTimeoutNanos : untilDeadline);
    Fired reason = attemptFirst ? Fired.ATTEMPT : Fired.CALL;
    w.task = runtime.scheduler().schedule(() -> w.fire(reason), delay, TimeUnit.NANOSECONDS);
    return w;
  }

  private void fire(Fired reason) {
    fired = reason;
    abort(stream);
    abort(target);
  }

  private static void abort(@Nullable Abortable a) {
    if (a != null) {
      try {
        a.abort();
      } catch (RuntimeException e) {
        ClientRuntime.LOG.debug("aborting a timed-out request failed", e);
      }
    }
  }

  /** From now on a timeout also aborts this response stream. */
  void watch(@Nullable Abortable responseStream) {
    if (this == NONE) {
      return;
    }
    stream = responseStream;
    if (fired != Fired.NONE) {
      abort(responseStream);
    }
  }

  Fired fired() {
    return fired;
  }

  void cancel() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
