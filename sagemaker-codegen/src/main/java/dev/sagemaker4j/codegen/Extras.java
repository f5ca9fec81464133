package dev.sagemaker4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The waiters ({@code waiters-2.json}, and the project's own file in the same format) and
 * paginators ({@code paginators-1.json}) of a service model.
 */
final class Extras {
  /** One acceptor of a waiter. */
  record Acceptor(String matcher, String state, String argument, JsonNode expected) {}

  /** A waiter: the operation it polls, how often, how many times, and its acceptors. */
  record Waiter(String name, String operation, int delaySeconds, int maxAttempts,
      List<Acceptor> acceptors, String source) {}

  /** A paginator: token members, limit member and the member holding the items. */
  record Paginator(String operation, String inputToken, String outputToken, String limitKey,
      String resultKey) {}

  final List<Waiter> waiters;
  final Map<String, Paginator> paginators;

  Extras(List<Waiter> waiters, Map<String, Paginator> paginators) {
    this.waiters = List.copyOf(waiters);
    this.paginators = Map.copyOf(paginators);
  }

  static Extras none() {
    return new Extras(List.of(), Map.of());
  }

  /** Reads the waiter files in order (a name may appear once) and the paginator file. */
  static Extras read(List<Path> waiterFiles, Path paginatorFile) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Waiter> waiters = new ArrayList<>();
    for (Path f : waiterFiles) {
      if (Files.exists(f)) {
        waiters.addAll(parseWaiters(json.readTree(f.toFile()), f.getFileName().toString()));
      }
    }
    Map<String, Paginator> paginators = Files.exists(paginatorFile)
        ? parsePaginators(json.readTree(paginatorFile.toFile())) : Map.of();
    return new Extras(waiters, paginators);
  }

  static List<Waiter> parseWaiters(JsonNode root, String source) {
    if (root.path("version").asInt() != 2) {
      throw new IllegalArgumentException(source + ": only waiter format version 2 is supported");
    }
    List<Waiter> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("waiters").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode w = e.getValue();
      List<Acceptor> acceptors = new ArrayList<>();
      for (JsonNode a : w.path("acceptors")) {
        acceptors.add(new Acceptor(a.path("matcher").asText(), a.path("state").asText(),
            a.path("argument").isMissingNode() ? null : a.path("argument").asText(),
            a.path("expected")));
      }
      out.add(new Waiter(e.getKey(), w.path("operation").asText(), w.path("delay").asInt(),
          w.path("maxAttempts").asInt(), List.copyOf(acceptors), source));
    }
    return out;
  }

  static Map<String, Paginator> parsePaginators(JsonNode root) {
    Map<String, Paginator> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("pagination").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode p = e.getValue();
      out.put(e.getKey(), new Paginator(e.getKey(), p.path("input_token").asText(null),
          p.path("output_token").asText(null), p.path("limit_key").asText(null),
          p.path("result_key").asText(null)));
    }
    return out;
  }
}
