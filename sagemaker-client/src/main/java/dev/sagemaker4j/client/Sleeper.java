package dev.sagemaker4j.client;

import java.time.Duration;

/**
 * How the sync client waits between attempts. The default sleeps the calling thread; tests
 * inject one that records the delays and returns at once.
 */
@FunctionalInterface
public interface Sleeper {
  /** The sleeper that calls {@link Thread#sleep(long, int)}. */
  Sleeper THREAD_SLEEP = d -> Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));

  /** Waits for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;
}
