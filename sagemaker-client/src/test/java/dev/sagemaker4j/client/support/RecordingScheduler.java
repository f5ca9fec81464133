package dev.sagemaker4j.client.support;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A real scheduler that records each delay it is asked for and runs the task at once, so async
 * retry tests see the backoff without waiting for it. Tests of timeouts use a plain scheduler.
 */
public final class RecordingScheduler extends ScheduledThreadPoolExecutor {
  private final List<Duration> delays = new CopyOnWriteArrayList<>();

  public RecordingScheduler() {
    super(1, r -> {
      Thread t = new Thread(r, "test-scheduler");
      t.setDaemon(true);
      return t;
    });
  }

  public List<Duration> delays() {
    return delays;
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    delays.add(Duration.ofNanos(unit.toNanos(delay)));
    return super.schedule(command, 0, unit);
  }
}
