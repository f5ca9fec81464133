package dev.sagemaker4j.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.model.ResponseMetadata;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.StructSchema;
import dev.sagemaker4j.model.json.SageMakerJson;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Resolves creates whose outcome is unknown (opt-in, {@code resolveUnknownCreateOutcomes}). An
 * attempt of a create without an idempotency token timed out, lost its connection or got a 5xx,
 * so SageMaker may have made the resource; the retry hears that it already exists. The resource
 * is then described: if it was created after the call started and carries every value the
 * request set, it is this call's, and the call returns a create response built from the
 * description. Otherwise the "already exists" error stands.
 *
 * <p>Everything is generic over the schemas: the describe request takes the create request's
 * members of the same wire name (the name), and the create response takes the description's
 * members of the same wire name (the ARN).
 */
final class UnknownOutcome {
  /** SageMaker's clock may run behind ours; a resource this old is still "after the start". */
  private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

  private UnknownOutcome() {}

  /** The describe operation of a create whose outcome may be resolved, or null. */
  static @Nullable Operation<?, ?> describeOf(Operation<?, ?> create) {
    return switch (create.name()) {
      case "CreateEndpoint" -> Operations.describeEndpoint();
      case "CreateEndpointConfig" -> Operations.describeEndpointConfig();
      case "CreateModel" -> Operations.describeModel();
      case "CreateProcessingJob" -> Operations.describeProcessingJob();
      case "CreateCluster" -> Operations.describeCluster();
      default -> null;
    };
  }

  /** Whether the failure says the resource already exists. */
  static boolean alreadyExists(SdkException failure) {
    if (!(failure instanceof SageMakerException)) {
      return false;
    }
    SageMakerException e = (SageMakerException) failure;
    String message = e.errorMessage();
    return "ResourceInUse".equals(e.errorCode()) || ("ValidationException".equals(e.errorCode())
        && message != null && message.startsWith("Cannot create already existing"));
  }

  /** Whether this failure of this call is one to resolve. */
  static boolean applies(ClientRuntime runtime, RetryController retry, PreparedCall<?, ?> call,
      SdkException failure) {
    return runtime.config.resolveUnknownCreateOutcomes() && retry.mayHaveCreated()
        && describeOf(call.operation) != null && alreadyExists(failure);
  }

  /** Resolves on the calling thread. */
  static <O extends SageMakerResponse> O resolve(SyncInvoker invoker, PreparedCall<?, O> call,
      SdkException failure, int attempts) {
    Resolution<O> r = new Resolution<>(call, failure, attempts);
    SageMakerResponse description;
    try {
      description = r.describe(req -> invoker.invoke(r.describe, req));
    } catch (SdkException describeFailed) {
      failure.addSuppressed(describeFailed);
      throw failure;
    }
    return r.decide(description);
  }

  /** Resolves without blocking. */
  static <O extends SageMakerResponse> CompletableFuture<O> resolveAsync(AsyncInvoker invoker,
      PreparedCall<?, O> call, SdkException failure, int attempts) {
    Resolution<O> r = new Resolution<>(call, failure, attempts);
    CompletableFuture<SageMakerResponse> description =
        r.describeAsync(req -> invoker.invoke(r.describe, req));
    return description.handle((d, e) -> {
      if (e != null) {
        failure.addSuppressed(e instanceof java.util.concurrent.CompletionException
            && e.getCause() != null ? e.getCause() : e);
        throw failure;
      }
      return r.decide(d);
    });
  }

  private static final class Resolution<O extends SageMakerResponse> {
    final PreparedCall<?, O> call;
    final SdkException failure;
    final int attempts;
    final Operation<SageMakerRequest, SageMakerResponse> describe;

    Resolution(PreparedCall<?, O> call, SdkException failure, int attempts) {
      this.call = call;
      this.failure = failure;
      this.attempts = attempts;
      @SuppressWarnings("unchecked")
      Operation<SageMakerRequest, SageMakerResponse> op =
          (Operation<SageMakerRequest, SageMakerResponse>) describeOf(call.operation);
      this.describe = op;
    }

    SageMakerResponse describe(Function<SageMakerRequest, SageMakerResponse> call) {
      return call.apply(describeRequest());
    }

    CompletableFuture<SageMakerResponse> describeAsync(
        Function<SageMakerRequest, CompletableFuture<SageMakerResponse>> call) {
      return call.apply(describeRequest());
    }

    private SageMakerRequest describeRequest() {
      return copy(call.operation.input(), call.request, describe.input());
    }

    O decide(SageMakerResponse description) {
      String why = mismatch(description);
      if (why != null) {
        ClientRuntime.LOG.debug("{}: the existing resource is not this call's ({}); the error"
            + " stands", call.operation.name(), why);
        throw failure;
      }
      ClientRuntime.LOG.info("{}: an earlier attempt created the resource (it matches this"
          + " request); returning it instead of: {}", call.operation.name(),
          failure.getMessage());
      @SuppressWarnings("unchecked")
      StructSchema<O, Object> out = (StructSchema<O, Object>) call.operation.output();
      Object builder = out.newBuilder();
      @SuppressWarnings("unchecked")
      StructSchema<SageMakerResponse, ?> in = describe.output();
      for (Member m : out.members()) {
        Member source = in.member(m.wireName());
        Object v = source == null ? null : in.get(description, source.index());
        if (v != null) {
          out.set(builder, m.index(), v);
        }
      }
      String requestId = description.responseMetadata().flatMap(ResponseMetadata::requestId)
          .orElse(null);
      out.setResponseMetadata(builder, ResponseMetadata.of(requestId, 200, attempts));
      return out.build(builder);
    }

    /** Why the described resource is not this call's, or null when it is. */
    private @Nullable String mismatch(SageMakerResponse description) {
      @SuppressWarnings("unchecked")
      StructSchema<SageMakerResponse, ?> schema = describe.output();
      Member created = schema.member("CreationTime");
      Object time = created == null ? null : schema.get(description, created.index());
      if (!(time instanceof Instant)
          || ((Instant) time).isBefore(call.started.minus(CLOCK_TOLERANCE))) {
        return "created " + time + ", before this call started at " + call.started;
      }
      JsonNode sent = SageMakerJson.mapper().valueToTree(call.request);
      JsonNode found = SageMakerJson.mapper().valueToTree(description);
      for (Map.Entry<String, JsonNode> e : sent.properties()) {
        Member m = call.operation.input().member(e.getKey());
        if (m == null || m.idempotencyToken() || schema.member(e.getKey()) == null) {
          continue; // not part of the description (such as Tags)
        }
        if (!contains(found.get(e.getKey()), e.getValue())) {
          return e.getKey() + " differs";
        }
      }
      return null;
    }
  }

  /** Whether {@code actual} has every value {@code expected} has (it may have more). */
  static boolean contains(@Nullable JsonNode actual, JsonNode expected) {
    if (actual == null) {
      return false;
    }
    if (expected.isObject()) {
      if (!actual.isObject()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> e : expected.properties()) {
        if (!contains(actual.get(e.getKey()), e.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        return false;
      }
      for (int i = 0; i < expected.size(); i++) {
        if (!contains(actual.get(i), expected.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    return expected.equals(actual);
  }

  /** A new {@code to} with the members of {@code from} that share its wire names. */
  private static <F> SageMakerRequest copy(StructSchema<F, ?> fromSchema, Object from,
      StructSchema<SageMakerRequest, ?> to) {
    @SuppressWarnings("unchecked")
    StructSchema<SageMakerRequest, Object> target = (StructSchema<SageMakerRequest, Object>) to;
    @SuppressWarnings("unchecked")
    StructSchema<Object, ?> source = (StructSchema<Object, ?>) fromSchema;
    Object builder = target.newBuilder();
    for (Member m : target.members()) {
      Member s = source.member(m.wireName());
      Object v = s == null ? null : source.get(from, s.index());
      if (v != null) {
        target.set(builder, m.index(), v);
      }
    }
    return target.build(builder);
  }
}
