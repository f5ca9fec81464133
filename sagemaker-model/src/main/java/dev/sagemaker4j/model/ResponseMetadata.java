package dev.sagemaker4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Facts about the exchange that produced a response. */
@Value.Immutable
public abstract class ResponseMetadata {
  ResponseMetadata() {}

  /** The service's request id ({@code x-amzn-RequestId}), when it sent one. */
  public abstract Optional<String> requestId();

  /** The HTTP status of the final attempt. */
  public abstract int httpStatusCode();

  /** How many attempts the call took, at least 1. */
  public abstract int attempts();

  public static ResponseMetadata of(String requestId, int httpStatusCode, int attempts) {
    return ImmutableResponseMetadata.builder()
        .requestId(Optional.ofNullable(requestId))
        .httpStatusCode(httpStatusCode)
        .attempts(attempts)
        .build();
  }
}
