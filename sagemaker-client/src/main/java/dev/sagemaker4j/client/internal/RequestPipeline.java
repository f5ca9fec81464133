package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.client.exception.UnreadableResponseException;
import dev.sagemaker4j.model.ConstraintChecker;
import dev.sagemaker4j.model.ResponseMetadata;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import dev.sagemaker4j.model.internal.JsonCodec;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.StructSchema;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * The stages every call goes through, sync or async: check the request against the model, fill
 * empty idempotency tokens (once per call, so every attempt carries the same token), serialize;
 * per attempt, build the HTTP request and sign it afresh; and read what came back into a
 * response or an exception. Only sending and waiting differ between the clients.
 */
final class RequestPipeline {
  static final String CONTENT_TYPE = "application/x-amz-json-1.1";
  private static final Set<String> SKEW_CODES = Set.of("RequestTimeTooSkewed", "RequestExpired",
      "RequestInTheFuture", "InvalidSignatureException", "SignatureDoesNotMatch", "AuthFailure");
  private static final Duration SKEW_TOLERANCE = Duration.ofMinutes(4);

  private final ClientRuntime runtime;
  private final SigV4 sigV4;
  private final @Nullable HttpSigner<AwsCredentialsIdentity> signer;
  /** The endpoint's path, {@code /} unless the endpoint override has one. */
  private final String path;

  RequestPipeline(ClientRuntime runtime) {
    this.runtime = runtime;
    String p = runtime.endpoint.getRawPath();
    this.path = p == null || p.isEmpty() ? "/" : p;
    this.sigV4 = new SigV4(runtime.region.id(), "sagemaker");
    this.signer = runtime.config.signer().orElse(null);
  }

  ClientRuntime runtime() {
    return runtime;
  }

  /** Stages 1 to 3: check, fill tokens, serialize. The HTTP request is built per attempt. */
  <I extends SageMakerRequest, O extends SageMakerResponse> PreparedCall<I, O> prepare(
      Operation<I, O> op, I request) {
    if (request == null) {
      throw new NullPointerException(op.name() + " request must not be null");
    }
    if (runtime.closed()) {
      throw new IllegalStateException("the SageMaker client is closed");
    }
    if (runtime.config.constraintChecking()) {
      ConstraintChecker.check(request);
    }
    I toSend = fillToken(op, request);
    byte[] body = JsonCodec.toBytes(op.input(), toSend);
    return new PreparedCall<>(op, toSend, body, UUID.randomUUID().toString(), System.nanoTime(),
        runtime.baseClock().instant());
  }

  private <I extends SageMakerRequest> I fillToken(Operation<I, ?> op, I request) {
    Member token = op.idempotencyToken();
    if (token == null) {
      return request;
    }
    @SuppressWarnings("unchecked")
    StructSchema<I, Object> schema = (StructSchema<I, Object>) op.input();
    Object current = schema.get(request, token.index());
    if (current != null && !((String) current).isEmpty()) {
      return request;
    }
    Object builder = schema.newBuilder();
    for (Member m : schema.members()) {
      Object v = schema.get(request, m.index());
      if (v != null) {
        schema.set(builder, m.index(), v);
      }
    }
    schema.set(builder, token.index(), runtime.config.idempotencyTokenSupplier().get());
    return schema.build(builder);
  }

  /**
   * Stage 6, per attempt: the HTTP request, signed with SigV4 and a fresh date by the client's
   * own signer or the one configured.
   */
  SdkHttpRequest sign(PreparedCall<?, ?> call, int attempt, int maxAttempts,
      AwsCredentialsIdentity identity) {
    // Built afresh for each attempt: cheaper than copying a prepared request's headers.
    SdkHttpRequest.Builder attemptRequest = SdkHttpFullRequest.builder()
        .method(SdkHttpMethod.POST)
        .uri(runtime.endpoint)
        .encodedPath(path)
        .putHeader("Content-Type", CONTENT_TYPE)
        .putHeader("X-Amz-Target", call.operation.target())
        .putHeader("User-Agent", runtime.userAgent)
        .putHeader("Content-Length", Integer.toString(call.body.length))
        .putHeader("amz-sdk-invocation-id", call.invocationId)
        .putHeader("amz-sdk-request", "attempt=" + attempt + "; max=" + maxAttempts);
    if (signer == null) {
      return sigV4.sign(attemptRequest, call.payloadHash(), identity, runtime.signingClock());
    }
    SdkHttpRequest request = attemptRequest.build();
    SignRequest<AwsCredentialsIdentity> sign = SignRequest.builder(identity)
        .request(request)
        .payload(ContentStreamProvider.fromByteArrayUnsafe(call.body))
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sagemaker")
        .putProperty(AwsV4HttpSigner.REGION_NAME, runtime.region.id())
        .putProperty(HttpSigner.SIGNING_CLOCK, runtime.signingClock())
        .build();
    return signer.sign(sign).request();
  }

  /** Stage 8: a success becomes the response, anything else the exception it stands for. */
  <O extends SageMakerResponse> O read(PreparedCall<?, O> call, SdkHttpResponse response,
      byte[] body, int attempt) {
    int status = response.statusCode();
    String requestId = ErrorMapper.requestId(response);
    logAttempt(call, attempt, status, requestId);
    if (status >= 200 && status < 300) {
      @SuppressWarnings("unchecked")
      Operation<?, O> op = (Operation<?, O>) call.operation;
      return parse(op.output(), op.name(), body, null, status, requestId, attempt);
    }
    throw ErrorMapper.map(response, body, attempt, code -> clockSkew(response, code));
  }

  /**
   * Parses a successful answer as it streams in, with no copy of the body (the sync path);
   * {@code body} is read to its end and closed.
   */
  <O extends SageMakerResponse> O readSuccess(PreparedCall<?, O> call, SdkHttpResponse response,
      InputStream body, int attempt) {
    int status = response.statusCode();
    String requestId = ErrorMapper.requestId(response);
    logAttempt(call, attempt, status, requestId);
    @SuppressWarnings("unchecked")
    Operation<?, O> op = (Operation<?, O>) call.operation;
    return parse(op.output(), op.name(), null, body, status, requestId, attempt);
  }

  /** Parses the body from {@code bytes}, or else from {@code stream}. */
  private static <O, B> O parse(StructSchema<O, B> schema, String operation,
      byte @Nullable [] bytes, @Nullable InputStream stream, int status,
      @Nullable String requestId, int attempt) {
    try {
      B builder = bytes != null
          ? (bytes.length == 0 ? null : JsonCodec.readBuilder(schema, bytes, 0, bytes.length))
          : JsonCodec.readBuilderOrNull(schema, java.util.Objects.requireNonNull(stream));
      if (builder == null) {
        if (!schema.members().isEmpty()) {
          // SageMaker always answers an operation that returns data with a JSON object; an
          // empty body is a response cut short (some HTTP clients report a broken chunked
          // stream as a complete empty one). Like other truncated reads, it is retried.
          throw UnreadableResponseException.create(operation, status, requestId, attempt,
              "the body was empty", new java.io.EOFException("empty response body"));
        }
        builder = schema.newBuilder();
      }
      schema.setResponseMetadata(builder, ResponseMetadata.of(requestId, status, attempt));
      return schema.build(builder);
    } catch (UnreadableResponseException e) {
      throw e;
    } catch (IOException e) {
      throw UnreadableResponseException.create(operation, status, requestId, attempt,
          e.getMessage(), e);
    } catch (RuntimeException e) {
      throw UnreadableResponseException.create(operation, status, requestId, attempt,
          e.toString(), e);
    }
  }

  /**
   * The exception's clock skew, as the AWS SDK reports it: how far the signing clock was from
   * now, so that {@code isClockSkewException()} compares the signing time with the service's
   * {@code Date}, and the retry strategy retries a signature refused for its time. When the
   * error may be about time and the service's clock is more than four minutes away, later
   * attempts sign with the service's time.
   */
  private @Nullable Duration clockSkew(SdkHttpResponse response, @Nullable String code) {
    String date = response.firstMatchingHeader("Date").orElse(null);
    if (date == null) {
      return null;
    }
    Instant server;
    try {
      server = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (RuntimeException e) {
      return null;
    }
    Instant signedAt = runtime.signingClock().instant();
    int status = response.statusCode();
    boolean aboutTime = (code != null && SKEW_CODES.contains(code)) || status == 401
        || status == 403 || (code == null && status == 400);
    if (aboutTime && Duration.between(signedAt, server).abs().compareTo(SKEW_TOLERANCE) > 0) {
      runtime.adjustClockSkew(Duration.between(runtime.baseClock().instant(), server));
    }
    return Duration.between(signedAt, Instant.now());
  }

  private static void logAttempt(PreparedCall<?, ?> call, int attempt, int status,
      @Nullable String requestId) {
    if (ClientRuntime.LOG.isDebugEnabled()) {
      ClientRuntime.LOG.debug("{} attempt {}: HTTP {} after {} ms, request id {}",
          call.operation.name(), attempt, status,
          (System.nanoTime() - call.startNanos) / 1_000_000, requestId);
    }
  }

  /** Logs a failed attempt that will be retried. */
  static void logRetry(PreparedCall<?, ?> call, int attempt, SdkException failure,
      Duration delay) {
    if (ClientRuntime.LOG.isDebugEnabled()) {
      ClientRuntime.LOG.debug("{} attempt {} failed ({}); next attempt in {} ms",
          call.operation.name(), attempt, failure.getClass().getSimpleName() + ": "
              + failure.getMessage(), delay.toMillis());
    }
  }
}
