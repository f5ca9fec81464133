package dev.sagemaker4j.model;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Facts about the exchange that produced a response. */
public final class ResponseMetadata {
  private final @Nullable String requestId;
  private final int httpStatusCode;
  private final int attempts;

  private ResponseMetadata(@Nullable String requestId, int httpStatusCode, int attempts) {
    this.requestId = requestId;
    this.httpStatusCode = httpStatusCode;
    this.attempts = attempts;
  }

  /**
   * @param requestId the service's request id, or null when it sent none
   * @param httpStatusCode the HTTP status of the final attempt
   * @param attempts how many attempts the call took, at least 1
   */
  public static ResponseMetadata of(@Nullable String requestId, int httpStatusCode,
      int attempts) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be >= 1, was " + attempts);
    }
    return new ResponseMetadata(requestId, httpStatusCode, attempts);
  }

  /** The service's request id ({@code x-amzn-RequestId}), when it sent one. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The HTTP status of the final attempt. */
  public int httpStatusCode() {
    return httpStatusCode;
  }

  /** How many attempts the call took, at least 1. */
  public int attempts() {
    return attempts;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ResponseMetadata m && Objects.equals(requestId, m.requestId)
        && httpStatusCode == m.httpStatusCode && attempts == m.attempts;
  }

  @Override
  public int hashCode() {
    return Objects.hash(requestId, httpStatusCode, attempts);
  }

  @Override
  public String toString() {
    return "ResponseMetadata(RequestId=" + requestId + ", HttpStatusCode=" + httpStatusCode
        + ", Attempts=" + attempts + ")";
  }
}
