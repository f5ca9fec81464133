package dev.sagemaker4j.client.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * What differs between the sync and the async client: how an attempt is sent and waited for, how
 * it is aborted when its time is up, and how the call waits between attempts. Everything else
 * about a call is the {@link CallEngine}'s. A sync transport does its work on the calling thread
 * and hands back completed futures; an async one never blocks.
 */
interface Transport {
  /**
   * Sends one attempt and reads its answer with the attempt's reader. The future completes with
   * the parsed response, or with the failure: an error answer's exception, a timeout (by the
   * attempt's limit), an I/O failure. Whatever happens, the attempt's connection is released.
   */
  CompletableFuture<Object> send(Attempt attempt);

  /**
   * Aborts an attempt whose call ended while it was out (the client closed, the caller
   * cancelled), without holding up the thread that asks: that thread may be closing the client
   * and have hundreds of calls to end.
   */
  void abort(Attempt attempt);

  /** Completes after {@code delay}; early, exceptionally, if the client closes meanwhile. */
  CompletableFuture<Void> delay(Call<?, ?> call, Duration delay);

  /** Completes a call's result where the client's callers expect it. */
  default <T> void complete(CompletableFuture<T> result, T value, Throwable failure) {
    if (failure == null) {
      result.complete(value);
    } else {
      result.completeExceptionally(failure);
    }
  }
}
