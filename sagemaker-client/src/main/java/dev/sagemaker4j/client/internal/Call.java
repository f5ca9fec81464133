package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.client.AttemptContext;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.retries.api.RetryToken;

/**
 * One call in flight: the operation, the request as it will be sent, its body, its attempts and
 * the state the steps keep across them. A <em>call</em> has one or more <em>attempts</em>;
 * everything here but the attempt count and the steps' state is the same for all of them.
 *
 * <p>A call's hooks and decisions run one at a time (an attempt starts only after the previous
 * one ended), so its mutable state needs no locks; the fields a closing client reads from
 * another thread are volatile.
 */
final class Call<I extends SageMakerRequest, O extends SageMakerResponse>
    implements AttemptContext {
  final Operation<I, O> operation;
  final Transport transport;
  final CompletableFuture<O> result = new CompletableFuture<>();
  /** The caller's request, before any step changed it. */
  final I original;
  /** The {@code amz-sdk-invocation-id} of every attempt. */
  final String invocationId;
  final long startNanos;
  final Instant startTime;
  /** The call's deadline on {@link System#nanoTime()}, or {@code Long.MAX_VALUE}. */
  final long deadlineNanos;

  /** The request as sent: steps' changes made, token filled. */
  I request;
  byte[] body;
  private @Nullable String payloadHash;
  private volatile int attempts;
  private @Nullable Map<Object, Object> attributes;

  // the retry ladder's state
  @Nullable RetryToken retryToken;
  int consistencyRetries;
  /** An earlier attempt failed in a way that lets the request have been processed. */
  boolean mayHaveSucceeded;

  /** Set by the one thread that ends the call and runs its last hooks. */
  final AtomicBoolean ending = new AtomicBoolean();

  /** The attempt in flight, for a closing client to abort. */
  volatile @Nullable Attempt inFlight;

  Call(Operation<I, O> operation, Transport transport, I request, String invocationId,
      long startNanos, Instant startTime, long deadlineNanos) {
    this.operation = operation;
    this.transport = transport;
    this.original = request;
    this.request = request;
    this.invocationId = invocationId;
    this.startNanos = startNanos;
    this.startTime = startTime;
    this.deadlineNanos = deadlineNanos;
  }

  /** The body's SHA-256 in hex, once per call for every attempt's signature. */
  String payloadHash() {
    String h = payloadHash;
    if (h == null) {
      h = SigV4.sha256Hex(body);
      payloadHash = h;
    }
    return h;
  }

  /** Starts the next attempt's count; returns its number. */
  int nextAttempt() {
    return ++attempts;
  }

  @Override
  public String operationName() {
    return operation.name();
  }

  @Override
  public SageMakerRequest request() {
    return request;
  }

  @Override
  public Instant startTime() {
    return startTime;
  }

  @Override
  public int attempts() {
    return attempts;
  }

  @Override
  public int attempt() {
    return attempts;
  }

  @Override
  public Map<Object, Object> attributes() {
    Map<Object, Object> a = attributes;
    if (a == null) {
      a = new HashMap<>();
      attributes = a;
    }
    return a;
  }

  @Override
  public String toString() {
    return operation.name() + " (attempt " + attempts + ")";
  }
}
