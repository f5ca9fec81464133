package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.client.OverrideConfiguration;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * What a client was built with, resolved: region, endpoint, credentials, retry strategy,
 * timeouts, the clock and scheduler, and the resources the client owns and closes. Shared by
 * every call of one client; immutable but for the clock offset learnt from the service and the
 * lazily started scheduler.
 */
public final class ClientRuntime implements AutoCloseable {
  static final Logger LOG = LoggerFactory.getLogger("dev.sagemaker4j.client");
  private static final AtomicInteger SCHEDULER_THREADS = new AtomicInteger();

  final Region region;
  final URI endpoint;
  final AwsCredentialsProvider credentials;
  final RetryStrategy retryStrategy;
  final OverrideConfiguration config;
  final String userAgent;
  private final Clock baseClock;
  private final AtomicLong clockSkewMillis = new AtomicLong();
  private final List<AutoCloseable> owned;
  private final @Nullable ScheduledExecutorService givenScheduler;
  private volatile @Nullable ScheduledThreadPoolExecutor ownScheduler;
  private final List<Thread> ownThreads = new java.util.concurrent.CopyOnWriteArrayList<>();
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
    this.baseClock = config.clock();
    this.givenScheduler = config.scheduledExecutorService().orElse(null);
    this.owned = new ArrayList<>(owned);
    this.userAgent = UserAgent.value();
    warnIfDebugLeaks(SIGNER_LOGGER, "the AWS signer then logs each canonical request, session"
        + " tokens included");
  }

  private static final String SIGNER_LOGGER =
      "software.amazon.awssdk.http.auth.aws.internal.signer.DefaultV4RequestSigner";
  private static final java.util.Set<String> WARNED = java.util.concurrent.ConcurrentHashMap
      .newKeySet();

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

  /** The signing clock: the configured one, corrected by any skew the service reported. */
  Clock signingClock() {
    long skew = clockSkewMillis.get();
    return skew == 0 ? baseClock : Clock.offset(baseClock, Duration.ofMillis(skew));
  }

  Clock baseClock() {
    return baseClock;
  }

  /** Corrects later signatures by how far the service's clock is from ours. */
  void adjustClockSkew(Duration serverMinusClient) {
    long previous = clockSkewMillis.getAndSet(serverMinusClient.toMillis());
    if (previous != serverMinusClient.toMillis()) {
      LOG.warn("The clock differs from SageMaker's by {} s; signing with the service's time",
          serverMinusClient.toSeconds());
    }
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
            throw new IllegalStateException("the client is closed");
          }
          ThreadFactory factory = r -> {
            Thread t = new Thread(r, "sagemaker4j-scheduler-" + SCHEDULER_THREADS.incrementAndGet());
            t.setDaemon(true);
            ownThreads.add(t);
            return t;
          };
          s = new ScheduledThreadPoolExecutor(1, factory);
          s.setRemoveOnCancelPolicy(true);
          s.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
          ownScheduler = s;
        }
      }
    }
    return s;
  }

  boolean closed() {
    return closed;
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    ScheduledThreadPoolExecutor s = ownScheduler;
    if (s != null) {
      s.shutdownNow();
      // close() returns once the thread is gone, unless it is that thread closing the client
      if (!ownThreads.contains(Thread.currentThread())) {
        try {
          s.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
          for (Thread t : ownThreads) {
            t.join(1000);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    for (AutoCloseable c : owned) {
      try {
        c.close();
      } catch (Exception e) {
        LOG.debug("closing {} failed", c.getClass().getName(), e);
      }
    }
  }

  @Override
  public String toString() {
    return "region=" + region.id() + ", endpoint=" + endpoint;
  }
}
