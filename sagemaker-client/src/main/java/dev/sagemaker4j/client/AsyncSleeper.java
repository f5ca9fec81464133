package dev.sagemaker4j.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * How the async client waits between attempts and between a waiter's polls, without blocking a
 * thread. The default waits on the client's scheduler; a test stand-in whose resources move with
 * each poll, not with time, can pass one that completes at once.
 */
@FunctionalInterface
public interface AsyncSleeper {
  /** A future that completes after {@code duration}. */
  CompletableFuture<Void> sleep(Duration duration);
}
