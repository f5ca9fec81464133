package dev.sagemaker4j.client.internal;

import software.amazon.awssdk.http.SdkHttpFullRequest;

/**
 * A call made ready to send: the request as it will be sent (token filled), its JSON body, and
 * the HTTP request every attempt starts from. A <em>call</em> has one or more <em>attempts</em>;
 * everything here is the same for all of them.
 */
final class PreparedCall<I, O> {
  final Operation<?, ?> operation;
  final I request;
  final byte[] body;
  final SdkHttpFullRequest httpRequest;
  final long startNanos;
  /** When the call started, on the client's clock. */
  final java.time.Instant started;
  /** The body's SHA-256 in hex, once per call for every attempt's signature. */
  private String payloadHash;

  PreparedCall(Operation<?, ?> operation, I request, byte[] body, SdkHttpFullRequest httpRequest,
      long startNanos, java.time.Instant started) {
    this.operation = operation;
    this.request = request;
    this.body = body;
    this.httpRequest = httpRequest;
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
