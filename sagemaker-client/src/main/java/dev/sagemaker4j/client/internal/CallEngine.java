package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.client.ConstraintChecking;
import dev.sagemaker4j.client.OverrideConfiguration;
import dev.sagemaker4j.model.ConstraintViolation;
import dev.sagemaker4j.model.ConstraintViolationException;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import dev.sagemaker4j.model.internal.Checker;
import dev.sagemaker4j.model.internal.JsonCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * The one call sequence both clients run, in small ordered steps:
 *
 * <ol>
 *   <li>once per call: the user's {@code modifyRequest}, the check against the model, the
 *       idempotency token, serialization;
 *   <li>per attempt: build and sign the HTTP request (after the user's {@code
 *       modifyHttpRequest}), send it through the transport, read the answer;
 *   <li>after a failed attempt, {@link #decide}: the steps' own decisions (eventual
 *       consistency, unknown outcomes), then the retry strategy, within the call's deadline;
 *       then wait through the transport and attempt again, resolve, or fail.
 * </ol>
 *
 * <p>The sync and async clients differ only in their {@link Transport}: a sync transport runs
 * all of this on the calling thread, an async one never blocks. Nothing here names an operation:
 * what differs between operations comes from their generated descriptors.
 */
public final class CallEngine {
  private final ClientRuntime runtime;
  private final RequestSigner signer;
  private final ResponseReader reader;
  private final Retries retries;
  private final UserInterceptors user;
  private final IdempotencyTokens tokens;
  /** The steps asked after a failed attempt, in order, before the retry strategy. */
  private final List<Step> failureSteps;
  /** Violations already logged in WARN mode, so that each is logged once. */
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  /**
   * @param operations the client's operations by name, for steps that call another one
   */
  public CallEngine(ClientRuntime runtime,
      Function<String, @Nullable Operation<?, ?>> operations) {
    this.runtime = runtime;
    OverrideConfiguration config = runtime.config;
    this.signer = new RequestSigner(runtime.endpoint, runtime.region.id(), runtime.userAgent,
        config.signer().orElse(null), runtime.clockSkew);
    this.reader = new ResponseReader(config.maxResponseBytes(), runtime.clockSkew);
    this.retries = new Retries(runtime.retryStrategy);
    this.user = new UserInterceptors(config.interceptors());
    this.tokens = new IdempotencyTokens(config.idempotencyTokenSupplier());
    List<Step> failure = new ArrayList<>();
    if (config.eventualConsistencyRetries() > 0) {
      failure.add(new EventualConsistency(config.eventualConsistencyRetries(),
          config.eventualConsistencyBackoff()));
    }
    if (config.resolveUnknownCreateOutcomes()) {
      failure.add(new UnknownOutcome(operations));
    }
    this.failureSteps = List.copyOf(failure);
  }

  public ClientRuntime runtime() {
    return runtime;
  }

  /** Starts a call; its future completes with the response or the call's final failure. */
  public <I extends SageMakerRequest, O extends SageMakerResponse> CompletableFuture<O> execute(
      Operation<I, O> operation, I request, Transport transport) {
    if (request == null) {
      return CompletableFuture.failedFuture(
          new NullPointerException(operation.name() + " request must not be null"));
    }
    if (runtime.closed()) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("the SageMaker client is closed"));
    }
    long start = System.nanoTime();
    Duration callTimeout = runtime.config.apiCallTimeout().orElse(null);
    Call<I, O> call = new Call<>(operation, transport, request, UUID.randomUUID().toString(),
        start, runtime.clock().instant(),
        callTimeout == null ? Long.MAX_VALUE : start + callTimeout.toNanos());
    try {
      prepare(call);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    if (!runtime.register(call)) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("the SageMaker client is closed"));
    }
    call.result.whenComplete((r, e) -> {
      runtime.unregister(call);
      if (e instanceof java.util.concurrent.CancellationException) {
        Attempt a = call.inFlight;
        if (a != null) {
          transport.abort(a); // a caller cancelling the future stops the exchange in flight
        }
      }
    });
    try {
      Duration initial = retries.begin(call);
      if (initial.isZero()) {
        attempt(call);
      } else {
        transport.delay(call, initial).whenComplete((v, e) -> {
          if (e != null) {
            finish(call, null, Failures.unwrap(e));
          } else {
            attempt(call);
          }
        });
      }
    } catch (RuntimeException e) {
      finish(call, null, e);
    }
    return call.result;
  }

  /** Once per call: the user's changes, the check, the token, the body. */
  private <I extends SageMakerRequest> void prepare(Call<I, ?> call) {
    if (!user.isEmpty()) {
      call.request = call.operation.inputType().cast(user.modifyRequest(call, call.request));
    }
    check(call);
    call.request = call.operation.inputType().cast(tokens.modifyRequest(call, call.request));
    call.body = JsonCodec.toBytes(call.operation.input(), call.request);
  }

  private <I extends SageMakerRequest> void check(Call<I, ?> call) {
    ConstraintChecking mode = runtime.config.constraintChecking();
    if (mode == ConstraintChecking.OFF) {
      return;
    }
    List<ConstraintViolation> found = Checker.violations(call.operation.input(), call.request);
    if (found.isEmpty()) {
      return;
    }
    ConstraintViolationException e = new ConstraintViolationException(
        call.operation.inputType().getSimpleName(), found);
    if (mode == ConstraintChecking.ENFORCE) {
      throw e;
    }
    if (warned.size() < 1000 && warned.add(e.getMessage())) {
      ClientRuntime.LOG.warn("Sending {} although it breaks rules of the service model this SDK"
          + " was generated from ({}; constraintChecking WARN; logged once): {}",
          call.operation.name(), e.modelSnapshot(), found);
    }
  }

  /** One attempt: identity, sign, send; what follows depends on how it ends. */
  private void attempt(Call<?, ?> call) {
    if (call.result.isDone()) {
      return; // closed, timed out or cancelled while waiting
    }
    int n = call.nextAttempt();
    CompletableFuture<? extends AwsCredentialsIdentity> identity;
    try {
      identity = runtime.credentials.resolveIdentity();
    } catch (RuntimeException e) {
      afterAttempt(call, null, null, e);
      return;
    }
    identity.whenComplete((id, error) -> {
      if (error != null) {
        Throwable cause = Failures.unwrap(error);
        afterAttempt(call, null, null, cause instanceof SdkException ? cause
            : software.amazon.awssdk.core.exception.SdkClientException.builder()
                .message("Unable to load AWS credentials: " + cause.getMessage())
                .cause(cause).numAttempts(n).build());
        return;
      }
      Attempt a;
      try {
        SdkHttpRequest.Builder unsigned = signer.unsigned(call, n, retries.maxAttempts());
        if (!user.isEmpty()) {
          unsigned = user.modifyHttpRequest(call, unsigned.build()).toBuilder();
        }
        SdkHttpRequest signed = signer.sign(call, unsigned, id);
        user.beforeTransmission(call, signed);
        a = new Attempt(call, n, signed, call.body,
            runtime.config.apiCallAttemptTimeout().orElse(null),
            runtime.config.apiCallTimeout().orElse(null), reader);
      } catch (RuntimeException e) {
        afterAttempt(call, null, null, e);
        return;
      }
      call.inFlight = a;
      // close() sets closed, then aborts what it finds in inFlight and ends every call it had
      // registered: either it saw this attempt, or this sees closed and leaves the call to it
      if (runtime.closed() || call.result.isDone()) {
        return; // closed, timed out or cancelled while signing
      }
      CompletableFuture<Object> sent;
      try {
        sent = call.transport.send(a);
      } catch (RuntimeException e) {
        afterAttempt(call, a, null, e);
        return;
      }
      sent.whenComplete((out, failure) -> afterAttempt(call, a, out, failure));
    });
  }

  private void afterAttempt(Call<?, ?> call, @Nullable Attempt a, @Nullable Object out,
      @Nullable Throwable error) {
    if (a != null && call.inFlight == a) {
      call.inFlight = null;
    }
    Throwable failure = error == null ? null : Failures.unwrap(error);
    try {
      user.afterAttempt(call, a == null ? null : a.head(), failure);
    } catch (RuntimeException e) {
      finish(call, null, e);
      return;
    }
    if (failure == null) {
      retries.succeeded(call);
      finish(call, out, null);
      return;
    }
    if (call.result.isDone()) {
      return;
    }
    if (!(failure instanceof SdkException)) {
      finish(call, null, failure); // a bug or an interceptor's exception: not retried
      return;
    }
    Decision d;
    try {
      d = decide(call, (SdkException) failure);
    } catch (RuntimeException e) {
      finish(call, null, e);
      return;
    }
    switch (d.kind()) {
      case RETRY -> {
        if (ClientRuntime.LOG.isDebugEnabled()) {
          ClientRuntime.LOG.debug("{} attempt {} failed ({}); next attempt in {} ms",
              call.operation.name(), call.attempts(), failure.getClass().getSimpleName() + ": "
                  + failure.getMessage(), d.delay().toMillis());
        }
        call.transport.delay(call, d.delay()).whenComplete((v, e) -> {
          if (e != null) {
            finish(call, null, Failures.unwrap(e));
          } else {
            attempt(call);
          }
        });
      }
      case RESOLVE -> resolve(call, d.resolution(), (SdkException) failure);
      case FAIL -> finish(call, null, d.failure());
      default -> throw new IllegalStateException(d.kind().name());
    }
  }

  /**
   * The decision after a failed attempt, the same for both clients: a closed client or a passed
   * deadline ends the call; else the steps decide in order (eventual consistency, unknown
   * outcomes), else the retry strategy; a retry whose wait would pass the call's deadline ends
   * the call with its timeout instead.
   */
  Decision decide(Call<?, ?> call, SdkException failure) {
    if (runtime.closed()) {
      return Decision.fail(Failures.closed(call.operation.name(), call.attempts()));
    }
    if (failure instanceof ApiCallTimeoutException) {
      return Decision.fail(failure);
    }
    Decision d = null;
    for (Step step : failureSteps) {
      d = step.onFailure(call, failure);
      if (d != null) {
        break;
      }
    }
    UnknownOutcome.observe(call, failure);
    if (d == null) {
      Duration delay = retries.failed(call, failure);
      d = delay == null ? Decision.fail(failure) : Decision.retry(delay);
    }
    if (d.kind() == Decision.Kind.RETRY && call.deadlineNanos != Long.MAX_VALUE
        && System.nanoTime() + d.delay().toNanos() >= call.deadlineNanos) {
      return Decision.fail(Failures.callTimeout(call.operation.name(),
          runtime.config.apiCallTimeout().orElseThrow(), call.attempts(), failure));
    }
    return d;
  }

  /** Describes what a create may have made, and answers with it if it is this call's. */
  private void resolve(Call<?, ?> call, Decision.Resolution resolution, SdkException failure) {
    CompletableFuture<?> described;
    try {
      described = describe(resolution, call.transport);
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
      finish(call, null, failure);
      return;
    }
    described.whenComplete((description, e) -> {
      if (e != null) {
        failure.addSuppressed(Failures.unwrap(e));
        finish(call, null, failure);
        return;
      }
      Object out;
      try {
        out = resolution.resolve(description);
      } catch (RuntimeException bad) {
        failure.addSuppressed(bad);
        out = null;
      }
      if (out != null) {
        retries.succeeded(call); // the call succeeded: its retries give back their quota
      }
      finish(call, out, out == null ? failure : null);
    });
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private CompletableFuture<?> describe(Decision.Resolution resolution, Transport transport) {
    Operation op = resolution.describe();
    return execute(op, resolution.describeRequest(), transport);
  }

  /** Ends the call once, running the last hooks; later ends (a close, a timeout) are ignored. */
  @SuppressWarnings("unchecked")
  <O extends SageMakerResponse> void finish(Call<?, O> call, @Nullable Object out,
      @Nullable Throwable failure) {
    if (call.result.isDone() || !call.ending.compareAndSet(false, true)) {
      return; // ended already, or ending on another thread (a close racing the call's own end)
    }
    Throwable f = failure;
    if (f == null) {
      try {
        user.afterExecution(call, out);
      } catch (RuntimeException e) {
        f = e;
      }
    }
    if (f != null) {
      try {
        user.onExecutionFailure(call, f);
      } catch (RuntimeException e) {
        f.addSuppressed(e);
      }
    }
    call.transport.complete(call.result, (O) out, f);
  }

  /**
   * Ends the calls of a closing client: marks every attempt in flight aborted, then aborts them,
   * then fails every call.
   *
   * <p>Marked first, all of them, because an HTTP client gives a connection that an abort frees
   * to an attempt still waiting for one, and that attempt must not go out: a marked attempt
   * refuses its body to the HTTP client ({@link Attempt#bodyStream()}). Netty, with more calls in
   * flight than connections, otherwise sent requests of waiting calls after close(). Aborted
   * before any call fails because a failed call stops waiting for its attempt and forgets it: a
   * sync caller returns and clears the attempt in flight, which would run on unaborted, its
   * connection held until the HTTP client's read timeout.
   */
  void abortForClose(List<Call<?, ?>> calls) {
    List<Attempt> attempts = new ArrayList<>();
    for (Call<?, ?> call : calls) {
      Attempt a = call.inFlight;
      if (a != null) {
        a.markAborted();
        attempts.add(a);
      }
    }
    for (Attempt a : attempts) {
      a.call.transport.abort(a);
    }
    for (Call<?, ?> call : calls) {
      finish(call, null, Failures.closed(call.operation.name(), Math.max(1, call.attempts())));
    }
  }

  /** The value of a completed future, or its failure thrown as it is. */
  public static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = Failures.unwrap(e);
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
