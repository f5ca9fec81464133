package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.model.SageMakerRequest;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * What a call does after a failed attempt: retry after a delay, find out whether a create whose
 * answer was lost happened (by describing the resource), or fail.
 */
record Decision(Kind kind, @Nullable Duration delay, @Nullable SdkException failure,
    @Nullable Resolution resolution) {
  enum Kind {
    RETRY,
    RESOLVE,
    FAIL
  }

  /** How to resolve a create: the describe to send, and what to make of its answer. */
  interface Resolution {
    Operation<SageMakerRequest, ?> describe();

    SageMakerRequest describeRequest();

    /** The create's response built from the description, or null when it is not this call's. */
    @Nullable Object resolve(Object description);
  }

  static Decision retry(Duration delay) {
    return new Decision(Kind.RETRY, delay, null, null);
  }

  static Decision fail(SdkException failure) {
    return new Decision(Kind.FAIL, null, failure, null);
  }

  static Decision resolve(Resolution resolution) {
    return new Decision(Kind.RESOLVE, null, null, resolution);
  }
}
