package dev.sagemaker4j.testing.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sagemaker4j.model.ConstraintChecker;
import dev.sagemaker4j.model.ConstraintViolation;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import dev.sagemaker4j.model.internal.JsonCodec;
import dev.sagemaker4j.model.internal.StructSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one HTTP request as SageMaker would: signature, throttling, operation, model rules,
 * then the operation itself, holding the state's monitor. Every answer carries {@code
 * x-amzn-RequestId}, the JSON 1.1 content type and a {@code Date} from the stand-in's clock.
 */
final class Dispatcher {
  static final String CONTENT_TYPE = "application/x-amz-json-1.1";
  private static final Logger LOG = LoggerFactory.getLogger("dev.sagemaker4j.testing");
  private static final String TARGET_PREFIX = "SageMaker.";
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
      .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  private final State state;
  private final Handlers handlers;
  private final SigV4Verifier verifier;
  private final AtomicInteger throttled = new AtomicInteger();

  Dispatcher(State state, Handlers handlers) {
    this.state = state;
    this.handlers = handlers;
    this.verifier = new SigV4Verifier(state.settings.credentials(), state.settings.region(),
        state.settings.clock());
  }

  /** Answers the next {@code n} requests, whatever they are, with ThrottlingException. */
  void throttleNext(int n) {
    throttled.set(n);
  }

  WireResponse handle(WireRequest request) {
    String requestId = UUID.randomUUID().toString();
    String target = request.header("x-amz-target");
    try {
      verifier.verify(request);
      if (throttled.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
        throw new ServiceError("ThrottlingException", "Rate exceeded");
      }
      Handlers.Handler<?, ?> handler = resolve(request, target);
      byte[] body = invoke(handler, request.body());
      LOG.debug("{} -> 200, request id {}", target, requestId);
      return response(200, body, requestId);
    } catch (ServiceError e) {
      LOG.debug("{} -> 400 {}: {}, request id {}", target, e.code(), e.getMessage(), requestId);
      return response(400, errorBody(e.code(), e.getMessage()), requestId);
    } catch (RuntimeException e) {
      LOG.warn("{} failed in the stand-in, request id {}", target, requestId, e);
      // GUESS: the JSON protocol's code for a server fault.
      return response(500, errorBody("InternalFailure", "The request processing has failed"
          + " because of an unknown error, exception or failure."), requestId);
    }
  }

  private Handlers.Handler<?, ?> resolve(WireRequest request, String target) {
    Handlers.Handler<?, ?> handler = null;
    if (request.method().equals("POST") && request.rawPath().equals("/") && target != null
        && target.startsWith(TARGET_PREFIX)) {
      handler = handlers.get(target.substring(TARGET_PREFIX.length()));
    }
    if (handler == null) {
      // GUESS: the stand-in's wording; the code is the AWS JSON protocol's.
      throw new ServiceError("UnknownOperationException", "The operation " + (target == null
          ? request.method() + " " + request.rawPath() : target)
          + " is not supported by the local SageMaker stand-in.");
    }
    return handler;
  }

  private <I extends SageMakerRequest, O extends SageMakerResponse> byte[] invoke(
      Handlers.Handler<I, O> handler, byte[] body) {
    I input = read(handler.operation().input(), body);
    List<ConstraintViolation> violations = ConstraintChecker.violations(input);
    if (!violations.isEmpty()) {
      throw ServiceError.validation(Violations.message(violations));
    }
    O output;
    synchronized (state) {
      output = handler.handle().apply(input);
    }
    StructSchema<O> schema = handler.operation().output();
    // Operations without output (DeleteModel, DeleteEndpoint, ...) answer with an empty body.
    return schema.members().isEmpty() ? new byte[0]
        : JsonCodec.toBytes(schema, Answers.complete(schema, output));
  }

  private static <I> I read(StructSchema<I> schema, byte[] body) {
    try {
      return JsonCodec.read(schema, body, 0, body.length);
    } catch (IOException e) {
      // GUESS: the AWS JSON protocol's code for a body it cannot read; the text is the codec's.
      throw new ServiceError("SerializationException",
          e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage());
    }
  }

  private WireResponse response(int status, byte[] body, String requestId) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("x-amzn-RequestId", requestId);
    headers.put("Content-Type", CONTENT_TYPE);
    headers.put("Date", HTTP_DATE.format(state.settings.clock().instant()));
    headers.put("Content-Length", Integer.toString(body.length));
    return new WireResponse(status, headers, body);
  }

  /** {@code {"__type":"<code>","message":"<text>"}}, written with the SDK's JSON factory. */
  static byte[] errorBody(String code, String message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = JsonCodec.factory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("__type", code);
      g.writeStringField("message", message);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
