package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.client.exception.UnreadableResponseException;
import dev.sagemaker4j.model.ResponseMetadata;
import dev.sagemaker4j.model.internal.JsonCodec;
import dev.sagemaker4j.model.internal.StructSchema;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Reads an attempt's answer, for both clients: a success becomes the operation's response
 * (with where it came from), anything else the exception it stands for. Sync answers are parsed
 * as they stream in; async ones from the body the transport collected.
 */
final class ResponseReader {
  private final long maxResponseBytes;
  private final ClockSkew clockSkew;

  ResponseReader(long maxResponseBytes, ClockSkew clockSkew) {
    this.maxResponseBytes = maxResponseBytes;
    this.clockSkew = clockSkew;
  }

  long maxResponseBytes() {
    return maxResponseBytes;
  }

  /** The answer in {@code body}: the response, or thrown, the error it stands for. */
  Object read(Call<?, ?> call, SdkHttpResponse response, byte[] body, int attempt) {
    int status = response.statusCode();
    String requestId = ErrorMapper.requestId(response);
    log(call, attempt, status, requestId);
    if (status >= 200 && status < 300) {
      return parse(call, status, requestId, attempt, body, null);
    }
    throw ErrorMapper.map(response, body, attempt, code -> clockSkew.observe(response, code));
  }

  /** A successful answer parsed from the stream, no further than {@code maxResponseBytes}. */
  Object readStream(Call<?, ?> call, SdkHttpResponse response, InputStream body, int attempt) {
    int status = response.statusCode();
    String requestId = ErrorMapper.requestId(response);
    log(call, attempt, status, requestId);
    long declared = BodyLimit.declaredLength(response);
    if (declared > maxResponseBytes) {
      throw Failures.tooLarge(call.operation.name(), response, attempt, maxResponseBytes,
          declared);
    }
    BodyLimit.Counting counting = new BodyLimit.Counting(body, maxResponseBytes, declared);
    try {
      // the parser reads to the end of the body, where a body shorter than declared shows
      return parse(call, status, requestId, attempt, null, counting);
    } catch (UnreadableResponseException e) {
      Throwable cause = e.getCause();
      if (cause instanceof BodyLimit.TooLarge) {
        throw Failures.tooLarge(call.operation.name(), response, attempt, maxResponseBytes, -1);
      }
      if (cause instanceof BodyLimit.Truncated t) {
        throw Failures.truncated(call.operation.name(), response, attempt, t.read, declared);
      }
      throw e;
    }
  }

  private static Object parse(Call<?, ?> call, int status, @Nullable String requestId,
      int attempt, byte @Nullable [] bytes, @Nullable InputStream stream) {
    @SuppressWarnings("unchecked")
    StructSchema<Object> schema = (StructSchema<Object>) call.operation.output();
    String operation = call.operation.name();
    try {
      Object out = bytes != null
          ? (bytes.length == 0 ? null : JsonCodec.read(schema, bytes, 0, bytes.length))
          : JsonCodec.readOrNull(schema, java.util.Objects.requireNonNull(stream));
      if (out == null) {
        if (!schema.members().isEmpty()) {
          // SageMaker always answers an operation that returns data with a JSON object; an
          // empty body is a response cut short (some HTTP clients report a broken chunked
          // stream as a complete empty one). Like other truncated reads, it is retried.
          throw UnreadableResponseException.create(operation, status, requestId, attempt,
              "the body was empty", new EOFException("empty response body"));
        }
        out = schema.create(new Object[0]);
      }
      schema.setResponseMetadata(out, ResponseMetadata.of(requestId, status, attempt));
      return out;
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

  private static void log(Call<?, ?> call, int attempt, int status, @Nullable String requestId) {
    if (ClientRuntime.LOG.isDebugEnabled()) {
      ClientRuntime.LOG.debug("{} attempt {}: HTTP {} after {} ms, request id {}",
          call.operation.name(), attempt, status,
          (System.nanoTime() - call.startNanos) / 1_000_000, requestId);
    }
  }
}
