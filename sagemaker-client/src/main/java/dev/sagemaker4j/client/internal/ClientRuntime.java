package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.client.OverrideConfiguration;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * What a client was built with, resolved: region, endpoint, credentials, retry strategy,
 * timeouts, the clock; the threads it starts only when it needs them (a scheduler for async
 * waits and timeouts, workers for sync attempts that have a time limit and for aborts); the
 * calls in flight; and what it owns and closes. Shared by every call of one client.
 *
 * <p>{@link #close()} ends every call in flight with a typed exception at once, aborts their
 * attempts through their transport (a sync one aborts from another thread: an HTTP client can
 * block the thread that aborts), stops the threads it started and closes what it owns. No
 * attempt starts after it.
 */
public final class ClientRuntime implements AutoCloseable {
  static final Logger LOG = LoggerFactory.getLogger("dev.sagemaker4j.client");
  private static final AtomicInteger THREADS = new AtomicInteger();

  final Region region;
  final URI endpoint;
  final AwsCredentialsProvider credentials;
  final RetryStrategy retryStrategy;
  final OverrideConfiguration config;
  final String userAgent;
  final ClockSkew clockSkew;
  private final List<AutoCloseable> owned;
  private final @Nullable ScheduledExecutorService givenScheduler;
  private volatile @Nullable ScheduledThreadPoolExecutor ownScheduler;
  private volatile @Nullable ThreadPoolExecutor workers;
  private final List<Thread> ownThreads = new CopyOnWriteArrayList<>();
  private final Set<Call<?, ?>> calls = ConcurrentHashMap.newKeySet();
  private volatile @Nullable CallEngine engine;
  private volatile boolean closed;

  /**
   * @param owned what the client created and must close, in the order to close it
   */
  public ClientRuntime(Region region, URI endpoint, AwsCredentialsProvider credentials,
      OverrideConfiguration config, List<AutoCloseable> owned) {
    this.region = region;
    this.endpoint = endpoint;
    this.credentials = credentials;
    this.config = config;
    this.retryStrategy = config.retryStrategy()
        .orElseGet(AwsRetryStrategy::standardRetryStrategy);
    this.clockSkew = new ClockSkew(config.clock());
    this.givenScheduler = config.scheduledExecutorService().orElse(null);
    this.owned = new ArrayList<>(owned);
    this.userAgent = UserAgent.value();
    warnIfDebugLeaks(SIGNER_LOGGER, "the AWS signer then logs each canonical request, session"
        + " tokens included");
  }

  private static final String SIGNER_LOGGER =
      "software.amazon.awssdk.http.auth.aws.internal.signer.DefaultV4RequestSigner";
  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

  /**
   * Warns once per process when a third-party logger that prints credentials at DEBUG is at
   * DEBUG: this SDK never logs secrets, but the libraries it sends through can.
   */
  static void warnIfDebugLeaks(String logger, String consequence) {
    if (LoggerFactory.getLogger(logger).isDebugEnabled() && WARNED.add(logger)) {
      LOG.warn("{} is at DEBUG: {}. Keep it at INFO outside a debugging session.", logger,
          consequence);
    }
  }

  /** The engine of this client's calls, made by the generated client. */
  void engine(CallEngine engine) {
    this.engine = engine;
  }

  /** The clock requests are signed with, before any correction for skew. */
  Clock clock() {
    return config.clock();
  }

  boolean closed() {
    return closed;
  }

  /** Records a call in flight; false when the client is closed. */
  boolean register(Call<?, ?> call) {
    calls.add(call);
    if (closed) {
      calls.remove(call);
      return false;
    }
    return true;
  }

  void unregister(Call<?, ?> call) {
    calls.remove(call);
  }

  /** The scheduler for waits and timeouts, started on first use unless one was given. */
  ScheduledExecutorService scheduler() {
    if (givenScheduler != null) {
      return givenScheduler;
    }
    ScheduledThreadPoolExecutor s = ownScheduler;
    if (s == null) {
      synchronized (this) {
        s = ownScheduler;
        if (s == null) {
          if (closed) {
            throw new RejectedExecutionException("the client is closed");
          }
          s = new ScheduledThreadPoolExecutor(1, factory("sagemaker4j-scheduler-"));
          s.setRemoveOnCancelPolicy(true);
          s.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
          ownScheduler = s;
        }
      }
    }
    return s;
  }

  /**
   * Threads for sync attempts that have a time limit, and for aborts: made when needed, gone
   * after a minute idle.
   */
  ExecutorService workers() {
    ThreadPoolExecutor w = workers;
    if (w == null) {
      synchronized (this) {
        w = workers;
        if (w == null) {
          w = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
              new SynchronousQueue<>(), factory("sagemaker4j-worker-"));
          workers = w;
        }
      }
    }
    return w;
  }

  /**
   * Aborts an attempt on another thread: an HTTP client's abort can wait for the thread that is
   * blocked reading (the URL-connection client's does), and that must hold up neither the
   * caller's timeout nor the other calls.
   */
  void abortElsewhere(Attempt attempt) {
    try {
      workers().execute(attempt::abort);
    } catch (RejectedExecutionException e) {
      Thread t = new Thread(attempt::abort, "sagemaker4j-abort");
      t.setDaemon(true);
      t.start();
    }
  }

  private ThreadFactory factory(String prefix) {
    return r -> {
      Thread t = new Thread(r, prefix + THREADS.incrementAndGet());
      t.setDaemon(true);
      ownThreads.add(t);
      return t;
    };
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    CallEngine e = engine;
    if (e != null) {
      e.abortForClose(new ArrayList<>(calls));
    }
    ScheduledThreadPoolExecutor s = ownScheduler;
    if (s != null) {
      s.shutdownNow();
    }
    ThreadPoolExecutor w = workers;
    if (w != null) {
      w.shutdown(); // aborts still queued run; idle threads end
    }
    if (!ownThreads.contains(Thread.currentThread())) {
      // close() returns once the client's threads are gone, but for a worker still blocked in
      // an HTTP client's read that its abort could not end: that one ends with the read
      try {
        if (s != null && s.awaitTermination(5, TimeUnit.SECONDS)) {
          for (Thread t : ownThreads) {
            if (t.getName().startsWith("sagemaker4j-scheduler-")) {
              t.join(1000);
            }
          }
        }
        if (w != null && w.awaitTermination(200, TimeUnit.MILLISECONDS)) {
          for (Thread t : ownThreads) {
            if (t.getName().startsWith("sagemaker4j-worker-")) {
              t.join(200);
            }
          }
        }
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
      }
    }
    for (AutoCloseable c : owned) {
      try {
        c.close();
      } catch (Exception ex) {
        LOG.debug("closing {} failed", c.getClass().getName(), ex);
      }
    }
  }

  @Override
  public String toString() {
    return "region=" + region.id() + ", endpoint=" + endpoint;
  }
}
