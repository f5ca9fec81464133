package dev.sagemaker4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The response of a SageMaker operation: the type every generated {@code ...Response} extends.
 */
public abstract class SageMakerResponse {
  SageMakerResponse() {}

  /**
   * Where the response came from: request id, status and attempts. Present on every response the
   * client returns, empty on one built by hand. It takes no part in {@code equals}, {@code
   * hashCode}, {@code toString} or JSON.
   */
  @Value.Auxiliary
  public abstract Optional<ResponseMetadata> responseMetadata();
}
