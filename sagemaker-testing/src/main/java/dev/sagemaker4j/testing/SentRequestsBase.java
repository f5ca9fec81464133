package dev.sagemaker4j.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.sagemaker4j.client.internal.Operation;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.internal.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the code under test sent, read back as typed requests with the SDK's own codec. The
 * generated {@link SentRequests} has one method per operation.
 */
public abstract class SentRequestsBase {
  private final WireMockServer server;

  SentRequestsBase(WireMockServer server) {
    this.server = server;
  }

  /** Every request of {@code operation} received since the last reset, oldest first. */
  final <I extends SageMakerRequest> List<I> of(Operation<I, ?> operation) {
    List<ServeEvent> events = server.getAllServeEvents();
    List<I> out = new ArrayList<>();
    for (int i = events.size() - 1; i >= 0; i--) {
      LoggedRequest r = events.get(i).getRequest();
      if (operation.target().equals(r.getHeader("X-Amz-Target"))) {
        byte[] body = r.getBody();
        try {
          out.add(read(operation, body));
        } catch (IOException e) {
          throw new UncheckedIOException("a " + operation.name() + " request that is not"
              + " SageMaker's JSON was received", e);
        }
      }
    }
    return out;
  }

  private static <I extends SageMakerRequest> I read(Operation<I, ?> operation, byte[] body)
      throws IOException {
    return JsonCodec.read(operation.input(), body, 0, body.length);
  }

  /** How many requests of any operation were received since the last reset. */
  public final int count() {
    return server.getAllServeEvents().size();
  }
}
