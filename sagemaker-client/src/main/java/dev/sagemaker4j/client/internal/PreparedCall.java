package dev.sagemaker4j.client.internal;

/**
 * A call made ready to send: the request as it will be sent (token filled), its JSON body, and
 * the invocation id every attempt's HTTP request carries. A <em>call</em> has one or more
 * <em>attempts</em>; everything here is the same for all of them.
 */
final class PreparedCall<I, O> {
  final Operation<?, ?> operation;
  final I request;
  final byte[] body;
  /** The {@code amz-sdk-invocation-id} of every attempt. */
  final String invocationId;
  final long startNanos;
  /** When the call started, on the client's clock. */
  final java.time.Instant started;
  /** The body's SHA-256 in hex, once per call for every attempt's signature. */
  private String payloadHash;

  PreparedCall(Operation<?, ?> operation, I request, byte[] body, String invocationId,
      long startNanos, java.time.Instant started) {
    this.operation = operation;
    this.request = request;
    this.body = body;
    this.invocationId = invocationId;
    this.startNanos = startNanos;
    this.started = started;
  }

  String payloadHash() {
    String h = payloadHash;
    if (h == null) {
      h = SigV4.sha256Hex(body);
      payloadHash = h;
    }
    return h;
  }
}
