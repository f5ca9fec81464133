package dev.sagemaker4j.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The response of a SageMaker operation: the type every generated {@code ...Response} extends.
 */
public abstract class SageMakerResponse extends SageMakerObject {
  /** Set once by the client before the response is handed out; never changed after. */
  @Nullable ResponseMetadata metadata;

  SageMakerResponse(Object[] values) {
    super(values);
  }

  /**
   * Where the response came from: request id, status and attempts. Present on every response the
   * client returns, empty on one built by hand. It takes no part in {@code equals}, {@code
   * hashCode}, {@code toString} or JSON.
   */
  public final Optional<ResponseMetadata> responseMetadata() {
    return Optional.ofNullable(metadata);
  }
}
