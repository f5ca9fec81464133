package dev.sagemaker4j.testing.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What the stand-in itself saw and answered, read from the request journal of the WireMock
 * server it runs on ({@code /__admin/requests}), oldest first: the ground truth when a proxy in
 * between loses answers on purpose.
 */
public final class Journal {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** One exchange: the operation asked for, the status answered, the body answered. */
  public record Exchange(String operation, int status, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return operation + " -> " + status + " " + body;
    }
  }

  private Journal() {}

  /** Every exchange the stand-in at {@code endpoint} recorded since its last reset. */
  public static List<Exchange> read(URI endpoint) {
    JsonNode root;
    try {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(endpoint.resolve(
          "/__admin/requests")).GET().build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new AssertionError("the stand-in's journal answered " + r.statusCode());
      }
      root = JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    List<Exchange> out = new ArrayList<>();
    for (JsonNode event : root.path("requests")) {
      String target = header(event.path("request").path("headers"), "X-Amz-Target");
      JsonNode response = event.path("response");
      String body = response.hasNonNull("bodyAsBase64")
          ? new String(Base64.getDecoder().decode(response.get("bodyAsBase64").asText()),
              java.nio.charset.StandardCharsets.UTF_8)
          : response.path("body").asText("");
      out.add(0, new Exchange(target == null ? "" : target.substring(target.indexOf('.') + 1),
          response.path("status").asInt(), body));
    }
    return out;
  }

  /** The exchanges of one operation, oldest first. */
  public static List<Exchange> of(URI endpoint, String operation) {
    return read(endpoint).stream().filter(e -> e.operation().equals(operation)).toList();
  }

  private static String header(JsonNode headers, String name) {
    for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equalsIgnoreCase(name)) {
        JsonNode v = e.getValue();
        return v.isArray() ? v.get(0).asText() : v.asText();
      }
    }
    return null;
  }
}
