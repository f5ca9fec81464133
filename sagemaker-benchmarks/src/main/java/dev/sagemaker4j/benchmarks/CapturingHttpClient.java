package dev.sagemaker4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * An {@link SdkHttpClient} that records what goes through it (request head and body) and then
 * sends it with the client it wraps. Used only by the one-time wire checks at setup, never by a
 * measured client.
 */
public final class CapturingHttpClient implements SdkHttpClient {
  /** One request as it went out: the signed head and the body bytes. */
  public record Sent(SdkHttpRequest request, byte[] body) {}

  private final SdkHttpClient delegate;
  private final List<Sent> sent = new ArrayList<>();

  /** Records and forwards to {@code delegate}, which it closes with itself. */
  public CapturingHttpClient(SdkHttpClient delegate) {
    this.delegate = delegate;
  }

  /** What went out so far, in order. */
  public synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }

  /** The last request that went out. */
  public synchronized Sent last() {
    if (sent.isEmpty()) {
      throw new IllegalStateException("nothing was sent");
    }
    return sent.get(sent.size() - 1);
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    byte[] body = new byte[0];
    if (request.contentStreamProvider().isPresent()) {
      try (InputStream in = request.contentStreamProvider().get().newStream()) {
        body = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    synchronized (this) {
      sent.add(new Sent(request.httpRequest(), body));
    }
    return delegate.prepareRequest(request);
  }

  @Override
  public String clientName() {
    return delegate.clientName();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
