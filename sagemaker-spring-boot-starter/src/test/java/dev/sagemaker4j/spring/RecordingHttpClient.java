package dev.sagemaker4j.spring;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * A sync HTTP client that records what the SageMaker client sends and answers {@code {}} with
 * 200, after the failures queued with {@link #failWith}. No network.
 */
final class RecordingHttpClient implements SdkHttpClient {
  final List<SdkHttpRequest> sent = new CopyOnWriteArrayList<>();
  private final Queue<Integer> failures = new ConcurrentLinkedQueue<>();
  volatile boolean closed;

  /** Answers the next {@code times} requests with {@code status} and an InternalFailure body. */
  RecordingHttpClient failWith(int status, int times) {
    for (int i = 0; i < times; i++) {
      failures.add(status);
    }
    return this;
  }

  SdkHttpRequest last() {
    return sent.get(sent.size() - 1);
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    sent.add(request.httpRequest());
    Integer failure = failures.poll();
    int status = failure == null ? 200 : failure;
    byte[] body = (failure == null ? "{}"
        : "{\"__type\":\"InternalFailure\",\"message\":\"try again\"}")
        .getBytes(StandardCharsets.UTF_8);
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() {
        return HttpExecuteResponse.builder()
            .response(SdkHttpResponse.builder().statusCode(status)
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("Content-Length", String.valueOf(body.length))
                .putHeader("x-amzn-RequestId", "req-" + sent.size())
                .build())
            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
            .build();
      }

      @Override
      public void abort() {}
    };
  }

  @Override
  public void close() {
    closed = true;
  }
}
