package dev.sagemaker4j.client.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An HTTP client that sends nothing: it keeps the body and target of the last request any SDK
 * gave it and answers {@code 200 {}}, so that this SDK and the official one can be handed the same
 * request and their bytes compared without a server. One call at a time.
 */
public final class RecordingHttpClient implements SdkHttpClient {
  private volatile byte[] lastBody;
  private volatile String lastTarget;
  private volatile int calls;

  /** The body of the last request, and forgets it. */
  public byte[] takeBody() {
    byte[] b = lastBody;
    if (b == null) {
      throw new AssertionError("no request was sent");
    }
    lastBody = null;
    return b;
  }

  /** The {@code X-Amz-Target} of the last request. */
  public String lastTarget() {
    return lastTarget;
  }

  /** How many requests were sent. */
  public int calls() {
    return calls;
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws IOException {
        byte[] body = new byte[0];
        if (request.contentStreamProvider().isPresent()) {
          try (InputStream in = request.contentStreamProvider().get().newStream()) {
            body = in.readAllBytes();
          }
        }
        lastTarget = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse(null);
        lastBody = body;
        calls++;
        byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
        return HttpExecuteResponse.builder()
            .response(SdkHttpResponse.builder().statusCode(200)
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("Content-Length", Integer.toString(answer.length))
                .putHeader("x-amzn-RequestId", "recorded")
                .build())
            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(answer)))
            .build();
      }

      @Override
      public void abort() {}
    };
  }

  @Override
  public String clientName() {
    return "Recording";
  }

  @Override
  public void close() {}
}
