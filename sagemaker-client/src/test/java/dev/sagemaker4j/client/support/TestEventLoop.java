package dev.sagemaker4j.client.support;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;

/**
 * One Netty event loop group for the Netty clients of every test. A Netty client that made its
 * own group shuts it down gracefully on close, which takes two seconds; one given a group leaves
 * it running, so a test that closes its client does not wait.
 */
public final class TestEventLoop {
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ThreadFactory DAEMONS = r -> {
    Thread t = new Thread(r, "test-netty-loop-" + THREADS.incrementAndGet());
    t.setDaemon(true);
    return t;
  };

  /** Never closed: its daemon threads end with the JVM. */
  public static final SdkEventLoopGroup GROUP = SdkEventLoopGroup.builder()
      .numberOfThreads(2).threadFactory(DAEMONS).build();

  private TestEventLoop() {}
}
