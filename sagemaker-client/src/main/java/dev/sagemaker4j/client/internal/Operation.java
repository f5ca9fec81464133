package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.StructSchema;
import org.jspecify.annotations.Nullable;

/**
 * One SageMaker operation as the runtime needs it: wire target, input and output schemas, and
 * the idempotency-token member the client fills. The generated {@code Operations} holds one per
 * generated operation.
 *
 * @param <I> the request type
 * @param <O> the response type
 */
public final class Operation<I extends SageMakerRequest, O extends SageMakerResponse> {
  private final String name;
  private final String target;
  private final StructSchema<I, ?> input;
  private final StructSchema<O, ?> output;
  private final @Nullable Member idempotencyToken;

  public Operation(String name, String targetPrefix, StructSchema<I, ?> input,
      StructSchema<O, ?> output) {
    this.name = name;
    this.target = targetPrefix + "." + name;
    this.input = input;
    this.output = output;
    Member token = null;
    for (Member m : input.members()) {
      if (m.idempotencyToken()) {
        token = m;
      }
    }
    this.idempotencyToken = token;
  }

  /** The operation's name, such as {@code CreateEndpoint}. */
  public String name() {
    return name;
  }

  /** The {@code X-Amz-Target} header, such as {@code SageMaker.CreateEndpoint}. */
  public String target() {
    return target;
  }

  public StructSchema<I, ?> input() {
    return input;
  }

  public StructSchema<O, ?> output() {
    return output;
  }

  /** The input member the client fills with a token when it is empty, or null. */
  public @Nullable Member idempotencyToken() {
    return idempotencyToken;
  }

  @Override
  public String toString() {
    return name;
  }
}
