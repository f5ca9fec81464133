package dev.sagemaker4j.testing.internal;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The WireMock extension that turns every request into a {@link WireRequest}, lets the {@link
 * Dispatcher} answer it, and replaces WireMock's response with that answer (so WireMock's own
 * headers, such as {@code Matched-Stub-Id}, are not sent).
 */
final class Transformer implements ResponseTransformerV2 {
  static final String NAME = "local-sagemaker";

  private final Dispatcher dispatcher;

  Transformer(Dispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public Response transform(Response response, ServeEvent serveEvent) {
    WireResponse answer = dispatcher.handle(toWire(serveEvent.getRequest()));
    List<HttpHeader> headers = new ArrayList<>();
    answer.headers().forEach((k, v) -> headers.add(new HttpHeader(k, v)));
    return Response.response()
        .status(answer.status())
        .headers(new HttpHeaders(headers))
        .body(answer.body())
        .configured(true)
        .build();
  }

  /** The request as the dispatcher reads it. */
  static WireRequest toWire(LoggedRequest request) {
    String url = request.getUrl();
    int q = url.indexOf('?');
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpHeader h : request.getHeaders().all()) {
      headers.computeIfAbsent(h.key().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .addAll(h.values());
    }
    byte[] body = request.getBody();
    return new WireRequest(request.getMethod().getName(), q < 0 ? url : url.substring(0, q),
        q < 0 ? null : url.substring(q + 1), headers, body == null ? new byte[0] : body);
  }
}
