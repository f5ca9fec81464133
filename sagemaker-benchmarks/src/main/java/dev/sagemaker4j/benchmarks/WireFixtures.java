package dev.sagemaker4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The request fixtures of sagemaker-model's test jar (captured on the wire from the official
 * client 2.40.2), and comparison of JSON bodies as trees: member order ignored, numbers by value.
 */
public final class WireFixtures {
  /** The large request: every member of CreateProcessingJob set. */
  public static final String CREATE_PROCESSING_JOB = "CreateProcessingJob.full";
  /** The small request whose answer is large. */
  public static final String DESCRIBE_ENDPOINT = "DescribeEndpoint.typical";

  private static final ObjectMapper JSON = new ObjectMapper();

  private WireFixtures() {}

  /** A captured request: {@code target}, {@code body}, {@code rawBody}, ... */
  public static JsonNode request(String name) {
    String resource = "fixtures/requests/" + name + ".json";
    try (InputStream in = WireFixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + resource + " on the class path (it comes"
            + " from the sagemaker-model test jar)");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The exact bytes the official client sent for a fixture. */
  public static byte[] rawBody(String name) {
    return request(name).get("rawBody").asText().getBytes(StandardCharsets.UTF_8);
  }

  /** Parses a body. */
  public static JsonNode tree(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path of the first difference between two trees, or null when they are equal. */
  public static @Nullable String difference(String path, JsonNode expected, JsonNode actual) {
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? null
          : path + ": " + expected + " != " + actual;
    }
    if (expected.getNodeType() != actual.getNodeType()) {
      return path + ": expected " + expected + ", got " + actual;
    }
    if (expected.isObject()) {
      if (expected.size() != actual.size()) {
        return path + ": expected members " + names(expected) + ", got " + names(actual);
      }
      for (Map.Entry<String, JsonNode> e : expected.properties()) {
        JsonNode other = actual.get(e.getKey());
        if (other == null) {
          return path + "." + e.getKey() + ": missing";
        }
        String d = difference(path + "." + e.getKey(), e.getValue(), other);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (expected.isArray()) {
      if (expected.size() != actual.size()) {
        return path + ": expected " + expected.size() + " elements, got " + actual.size();
      }
      for (int i = 0; i < expected.size(); i++) {
        String d = difference(path + "[" + i + "]", expected.get(i), actual.get(i));
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    return expected.equals(actual) ? null : path + ": " + expected + " != " + actual;
  }

  /** Fails unless {@code actual} is the fixture's body as a tree. */
  public static void requireFixtureBody(String who, String fixture, byte[] actual) {
    String d = difference("$", request(fixture).get("body"), tree(actual));
    if (d != null) {
      throw new IllegalStateException(who + " does not send the " + fixture + " body the official"
          + " client was captured sending; the comparison would be unfair. First difference: "
          + d);
    }
  }

  private static String names(JsonNode object) {
    StringBuilder b = new StringBuilder("[");
    object.fieldNames().forEachRemaining(n -> b.append(b.length() > 1 ? ", " : "").append(n));
    return b.append(']').toString();
  }
}
