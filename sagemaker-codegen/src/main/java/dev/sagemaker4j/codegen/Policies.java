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
import java.util.Set;

/**
 * The per-operation facts the service model does not state, from the project's committed {@code
 * operation-policies.json}: which failures are SageMaker's eventual consistency, how the service
 * says a resource already exists, and where a create and its describe name one fact differently.
 * Everything else about an operation is derived by convention from the model.
 */
final class Policies {
  /** One operation's entries. */
  record OperationPolicy(List<String> eventualConsistency, Map<String, String> compare,
      Boolean resolvable) {}

  private static final Set<String> OPERATION_KEYS =
      Set.of("eventualConsistency", "compare", "resolvable", "why");

  final List<String> alreadyExists;
  final Map<String, OperationPolicy> operations;

  Policies(List<String> alreadyExists, Map<String, OperationPolicy> operations) {
    this.alreadyExists = List.copyOf(alreadyExists);
    this.operations = Map.copyOf(operations);
  }

  static Policies none() {
    return new Policies(List.of(), Map.of());
  }

  static Policies read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return none();
    }
    return parse(new ObjectMapper().readTree(file.toFile()), file.getFileName().toString());
  }

  static Policies parse(JsonNode root, String source) {
    List<String> exists = new ArrayList<>();
    root.path("alreadyExists").forEach(n -> exists.add(n.asText()));
    Map<String, OperationPolicy> ops = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("operations").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode o = e.getValue();
      for (Iterator<String> keys = o.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (!OPERATION_KEYS.contains(key)) {
          throw new IllegalArgumentException(source + ": " + e.getKey() + " has unknown key "
              + key + "; known: " + OPERATION_KEYS);
        }
      }
      List<String> consistency = new ArrayList<>();
      o.path("eventualConsistency").forEach(n -> consistency.add(n.asText()));
      Map<String, String> compare = new LinkedHashMap<>();
      o.path("compare").fields().forEachRemaining(c -> compare.put(c.getKey(),
          c.getValue().asText()));
      Boolean resolvable = o.has("resolvable") ? o.get("resolvable").asBoolean() : null;
      ops.put(e.getKey(), new OperationPolicy(consistency, compare, resolvable));
    }
    return new Policies(exists, ops);
  }

  OperationPolicy of(String operation) {
    return operations.getOrDefault(operation, new OperationPolicy(List.of(), Map.of(), null));
  }
}
