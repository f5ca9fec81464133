package dev.sagemaker4j.client;

import dev.sagemaker4j.model.SageMakerRequest;
import java.time.Instant;
import java.util.Map;

/**
 * One call as interceptors see it: the operation, the request, when it started, and a place for
 * an interceptor's own state across the call's hooks. A <em>call</em> is one client method
 * invocation; it makes one or more <em>attempts</em>.
 */
public interface CallContext {
  /** The operation's name, such as {@code CreateEndpoint}. */
  String operationName();

  /**
   * The request: as the caller gave it in {@link SageMakerInterceptor#modifyRequest}, as it is
   * sent (idempotency token filled, interceptors' changes made) afterwards.
   */
  SageMakerRequest request();

  /** When the call started, on the client's clock. */
  Instant startTime();

  /** How many attempts the call has made so far. */
  int attempts();

  /**
   * State an interceptor keeps for this call, such as a timer or a tracing span: shared by every
   * interceptor of the client, so key it by something of your own. Not thread-safe across calls,
   * but a call's hooks never run at the same time.
   */
  Map<Object, Object> attributes();
}
