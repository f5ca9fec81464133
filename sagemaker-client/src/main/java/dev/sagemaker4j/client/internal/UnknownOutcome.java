package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.client.exception.SageMakerException;
import dev.sagemaker4j.model.ResponseMetadata;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.StructSchema;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Resolves creates whose outcome is unknown (opt-in, {@code resolveUnknownCreateOutcomes}). An
 * attempt of a create without an idempotency token timed out, lost its connection, could not be
 * read or got a 5xx, so SageMaker may have made the resource; the retry hears that it already
 * exists. The resource is then described: if it was created after the call started and carries
 * every value the request set, it is this call's, and the call returns a create response built
 * from the description. Otherwise the "already exists" error stands.
 *
 * <p>Which creates can be resolved, with which describe, and which members the two name
 * differently, come from the generated operation descriptor. Everything else is generic over
 * the schemas: the describe request takes the create request's members of the same wire name
 * (the name); values are compared member by member where both shapes have the member (a
 * description carries more than the request, and some request members, such as tags, are not
 * described); the create response takes the description's members of the same wire name.
 */
final class UnknownOutcome implements Step {
  /** SageMaker's clock may run behind ours; a resource this old is still "after the start". */
  private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

  private final Function<String, @Nullable Operation<?, ?>> operations;

  /** @param operations the client's operations by name */
  UnknownOutcome(Function<String, @Nullable Operation<?, ?>> operations) {
    this.operations = operations;
  }

  /** Notes failures after which the request may have been processed. */
  static void observe(Call<?, ?> call, SdkException failure) {
    if (failure instanceof SdkServiceException s) {
      call.mayHaveSucceeded |= s.statusCode() >= 500;
    } else if (failure instanceof SdkClientException) {
      call.mayHaveSucceeded = true;
    }
  }

  @Override
  public @Nullable Decision onFailure(Call<?, ?> call, SdkException failure) {
    // mayHaveSucceeded says what the earlier attempts showed; the engine notes this one after
    if (!call.mayHaveSucceeded || call.operation.describeOperation() == null
        || !alreadyExists(call.operation, failure)) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Operation<SageMakerRequest, ?> describe =
        (Operation<SageMakerRequest, ?>) operations.apply(call.operation.describeOperation());
    if (describe == null) {
      return null;
    }
    return Decision.resolve(new Resolution(call, failure, describe));
  }

  /** Whether the failure says the resource already exists, in the forms the descriptor lists. */
  static boolean alreadyExists(Operation<?, ?> operation, SdkException failure) {
    if (!(failure instanceof SageMakerException e)) {
      return false;
    }
    String message = e.errorMessage();
    for (Operation.ErrorForm form : operation.alreadyExistsForms()) {
      if (form.errorCode().equals(e.errorCode())
          && (form.messagePrefix().isEmpty() || message != null
              && message.startsWith(form.messagePrefix()))) {
        return true;
      }
    }
    return false;
  }

  private static final class Resolution implements Decision.Resolution {
    private final Call<?, ?> call;
    private final SdkException failure;
    private final Operation<SageMakerRequest, ?> describe;

    Resolution(Call<?, ?> call, SdkException failure, Operation<SageMakerRequest, ?> describe) {
      this.call = call;
      this.failure = failure;
      this.describe = describe;
    }

    @Override
    public Operation<SageMakerRequest, ?> describe() {
      return describe;
    }

    @Override
    public SageMakerRequest describeRequest() {
      return describe.input().copyFrom(call.request);
    }

    @Override
    public @Nullable Object resolve(Object description) {
      String why = mismatch(description);
      if (why != null) {
        ClientRuntime.LOG.debug("{}: the existing resource is not this call's ({}); the error"
            + " stands", call.operation.name(), why);
        return null;
      }
      ClientRuntime.LOG.info("{}: an earlier attempt created the resource (it matches this"
          + " request); returning it instead of: {}", call.operation.name(),
          failure.getMessage());
      @SuppressWarnings("unchecked")
      StructSchema<Object> out = (StructSchema<Object>) (Object) call.operation.output();
      Object response = out.copyFrom(description);
      String requestId = ((SageMakerResponse) description).responseMetadata()
          .flatMap(ResponseMetadata::requestId).orElse(null);
      out.setResponseMetadata(response, ResponseMetadata.of(requestId, 200,
          Math.max(1, call.attempts())));
      return response;
    }

    /** Why the described resource is not this call's, or null when it is. */
    private @Nullable String mismatch(Object description) {
      @SuppressWarnings("unchecked")
      StructSchema<Object> found = (StructSchema<Object>) (Object) describe.output();
      Member created = found.member("CreationTime");
      Object time = created == null ? null : found.get(description, created.index());
      if (!(time instanceof Instant)
          || ((Instant) time).isBefore(call.startTime.minus(CLOCK_TOLERANCE))) {
        return "created " + time + ", before this call started at " + call.startTime;
      }
      @SuppressWarnings("unchecked")
      StructSchema<Object> sent = (StructSchema<Object>) (Object) call.operation.input();
      return differs("", sent, call.request, found, description,
          call.operation.renamedMembers());
    }
  }

  /**
   * Where {@code actual} lacks a value {@code expected} has, member by member where both
   * structures have the member; null when it has them all.
   */
  static @Nullable String differs(String path, StructSchema<Object> expectedSchema,
      Object expected, StructSchema<Object> actualSchema, Object actual,
      Map<String, String> renames) {
    Object[] values = expectedSchema.values(expected);
    for (Member m : expectedSchema.members()) {
      Object v = values[m.index()];
      if (v == null || m.idempotencyToken()) {
        continue;
      }
      String memberPath = path.isEmpty() ? m.wireName() : path + "." + m.wireName();
      String renamed = renames.get(memberPath);
      String actualName = renamed == null ? m.wireName()
          : renamed.substring(renamed.lastIndexOf('.') + 1);
      Member other = actualSchema.member(actualName);
      if (other == null) {
        continue; // not part of the description, such as Tags
      }
      String why = differsValue(memberPath, v, actualSchema.get(actual, other.index()), renames);
      if (why != null) {
        return why;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static @Nullable String differsValue(String path, Object expected,
      @Nullable Object actual, Map<String, String> renames) {
    if (actual == null) {
      return path + " is missing";
    }
    if (StructSchema.isStructure(expected)) {
      if (!StructSchema.isStructure(actual)) {
        return path + " differs";
      }
      return differs(path, StructSchema.ofValue(expected), expected,
          StructSchema.ofValue(actual), actual, renames);
    }
    if (expected instanceof List<?> e) {
      if (!(actual instanceof List<?> a) || a.size() != e.size()) {
        return path + " differs in size";
      }
      for (int i = 0; i < e.size(); i++) {
        String why = differsValue(path + "[]", e.get(i), a.get(i), renames);
        if (why != null) {
          return why;
        }
      }
      return null;
    }
    if (expected instanceof Map<?, ?> e) {
      if (!(actual instanceof Map<?, ?> a)) {
        return path + " differs";
      }
      for (Map.Entry<?, ?> entry : e.entrySet()) {
        String why = differsValue(path + "[\"" + entry.getKey() + "\"]", entry.getValue(),
            a.get(entry.getKey()), renames);
        if (why != null) {
          return why;
        }
      }
      return null;
    }
    if (expected instanceof Number e && actual instanceof Number a) {
      return new BigDecimal(e.toString()).compareTo(new BigDecimal(a.toString())) == 0 ? null
          : path + " differs";
    }
    return expected.equals(actual) ? null : path + " differs";
  }
}
