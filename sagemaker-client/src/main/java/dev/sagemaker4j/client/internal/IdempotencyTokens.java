package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.internal.Member;
import java.util.function.Supplier;

/**
 * Fills an idempotency token the caller left unset with a fresh one (a random UUID by default),
 * once per call, before serialization: every attempt of the call then carries the same token, so
 * SageMaker does the work at most once. A token the caller set is sent as it is, even an empty
 * one (which the constraint checker refuses unless checking is off), as the official client
 * sends it.
 */
final class IdempotencyTokens implements Step {
  private final Supplier<String> tokens;

  IdempotencyTokens(Supplier<String> tokens) {
    this.tokens = tokens;
  }

  @Override
  public SageMakerRequest modifyRequest(Call<?, ?> call, SageMakerRequest request) {
    Member token = call.operation.idempotencyToken();
    if (token == null) {
      return request;
    }
    @SuppressWarnings("unchecked")
    var schema = (dev.sagemaker4j.model.internal.StructSchema<SageMakerRequest>)
        (Object) call.operation.input();
    Object current = schema.get(request, token.index());
    if (current != null) {
      return request;
    }
    return schema.with(request, token.index(), tokens.get());
  }
}
