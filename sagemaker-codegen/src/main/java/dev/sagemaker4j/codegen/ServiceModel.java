package dev.sagemaker4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a botocore service model ({@code service-2.json}) the generator uses: metadata,
 * operations and shapes. Keys the generator does not understand are recorded, and generating a
 * shape that uses one fails loudly rather than writing something subtly wrong on the wire.
 */
final class ServiceModel {
  /** A member of a structure. */
  record MemberRef(
      String name, String target, boolean idempotencyToken, boolean deprecated,
      boolean jsonValue, String locationName, List<String> unsupported) {
    /** The name on the wire. */
    String wireName() {
      return locationName != null ? locationName : name;
    }
  }

  /** A shape of any type; fields that do not apply to its type are null or empty. */
  record Shape(
      String name,
      String type,
      Number min,
      Number max,
      String pattern,
      List<String> enumValues,
      Map<String, MemberRef> members,
      Set<String> required,
      boolean union,
      boolean exception,
      boolean sensitive,
      boolean deprecated,
      String listMember,
      String mapKey,
      String mapValue,
      String errorCode,
      Integer errorStatus,
      List<String> unsupported) {
    boolean isEnum() {
      return !enumValues.isEmpty();
    }
  }

  /** An operation: its name, input and output shape names (null when absent), error shapes. */
  record Operation(String name, String input, String output, List<String> errors,
      boolean deprecated) {}

  private static final Set<String> IGNORED_MEMBER_KEYS =
      Set.of("shape", "documentation", "box", "idempotencyToken", "deprecated", "deprecatedMessage",
          "locationName", "jsonvalue");
  private static final Set<String> IGNORED_SHAPE_KEYS = Set.of("type", "documentation", "box",
      "min", "max", "pattern", "enum", "members", "required", "union", "exception", "sensitive",
      "deprecated", "deprecatedMessage", "member", "key", "value", "error", "fault", "retryable",
      "synthetic", "wrapper");

  final String apiVersion;
  final String targetPrefix;
  final String signingName;
  final String endpointPrefix;
  final String serviceId;
  final String jsonVersion;
  final Map<String, Operation> operations;
  final Map<String, Shape> shapes;

  private ServiceModel(JsonNode root) {
    JsonNode meta = root.path("metadata");
    if (!"json".equals(meta.path("protocol").asText())) {
      throw new IllegalArgumentException(
          "only the json protocol is supported, the model says " + meta.path("protocol"));
    }
    this.apiVersion = meta.path("apiVersion").asText();
    this.targetPrefix = meta.path("targetPrefix").asText();
    this.signingName = meta.path("signingName").asText();
    this.endpointPrefix = meta.path("endpointPrefix").asText();
    this.serviceId = meta.path("serviceId").asText();
    this.jsonVersion = meta.path("jsonVersion").asText();

    Map<String, Operation> ops = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("operations").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode op = e.getValue();
      List<String> errors = new ArrayList<>();
      op.path("errors").forEach(err -> errors.add(err.path("shape").asText()));
      String method = op.path("http").path("method").asText("POST");
      String uri = op.path("http").path("requestUri").asText("/");
      if (!"POST".equals(method) || !"/".equals(uri)) {
        throw new IllegalArgumentException(e.getKey() + ": only POST / is supported");
      }
      ops.put(e.getKey(), new Operation(e.getKey(), textOrNull(op.path("input").path("shape")),
          textOrNull(op.path("output").path("shape")), List.copyOf(errors),
          op.path("deprecated").asBoolean(false)));
    }
    this.operations = Collections.unmodifiableMap(ops);

    Map<String, Shape> all = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("shapes").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      all.put(e.getKey(), readShape(e.getKey(), e.getValue()));
    }
    this.shapes = Collections.unmodifiableMap(all);
  }

  static ServiceModel read(Path serviceModelDir) throws IOException {
    Path file = serviceModelDir.resolve("service-2.json");
    if (!Files.isRegularFile(file)) {
      throw new IOException("no service-2.json in " + serviceModelDir.toAbsolutePath());
    }
    return new ServiceModel(new ObjectMapper().readTree(file.toFile()));
  }

  static ServiceModel parse(String json) throws IOException {
    return new ServiceModel(new ObjectMapper().readTree(json));
  }

  Shape shape(String name) {
    Shape s = shapes.get(name);
    if (s == null) {
      throw new IllegalArgumentException("the model has no shape " + name);
    }
    return s;
  }

  Operation operation(String name) {
    Operation op = operations.get(name);
    if (op == null) {
      throw new IllegalArgumentException("the model has no operation " + name);
    }
    return op;
  }

  private static Shape readShape(String name, JsonNode node) {
    List<String> unsupported = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!IGNORED_SHAPE_KEYS.contains(key)) {
        unsupported.add(key);
      }
    }
    String type = node.path("type").asText();
    List<String> enumValues = new ArrayList<>();
    node.path("enum").forEach(v -> enumValues.add(v.asText()));
    Map<String, MemberRef> members = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.path("members").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode m = e.getValue();
      List<String> memberUnsupported = new ArrayList<>();
      for (Iterator<String> keys = m.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (!IGNORED_MEMBER_KEYS.contains(key)) {
          memberUnsupported.add(key);
        }
      }
      members.put(e.getKey(), new MemberRef(e.getKey(), m.path("shape").asText(),
          m.path("idempotencyToken").asBoolean(false), m.path("deprecated").asBoolean(false),
          m.path("jsonvalue").asBoolean(false), textOrNull(m.path("locationName")),
          List.copyOf(memberUnsupported)));
    }
    Set<String> required = new LinkedHashSet<>();
    node.path("required").forEach(r -> required.add(r.asText()));
    for (String r : required) {
      if (!members.containsKey(r)) {
        throw new IllegalArgumentException(name + " requires " + r + ", which is not a member");
      }
    }
    JsonNode error = node.path("error");
    return new Shape(name, type, number(node.path("min")), number(node.path("max")),
        textOrNull(node.path("pattern")), List.copyOf(enumValues),
        Collections.unmodifiableMap(members), Collections.unmodifiableSet(required),
        node.path("union").asBoolean(false), node.path("exception").asBoolean(false),
        node.path("sensitive").asBoolean(false), node.path("deprecated").asBoolean(false),
        textOrNull(node.path("member").path("shape")), textOrNull(node.path("key").path("shape")),
        textOrNull(node.path("value").path("shape")), textOrNull(error.path("code")),
        error.has("httpStatusCode") ? error.path("httpStatusCode").asInt() : null,
        List.copyOf(unsupported));
  }

  private static Number number(JsonNode n) {
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    return n.isIntegralNumber() ? (Number) n.asLong() : (Number) n.asDouble();
  }

  private static String textOrNull(JsonNode n) {
    return n.isMissingNode() || n.isNull() ? null : n.asText();
  }
}
