package dev.sagemaker4j.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JMH results file ({@code -rf json}), by benchmark class and method. */
final class JmhResults {
  private final Map<String, JsonNode> byName = new LinkedHashMap<>();

  JmhResults(Path json) throws IOException {
    if (!Files.exists(json)) {
      return;
    }
    for (JsonNode run : new ObjectMapper().readTree(json.toFile())) {
      String full = run.get("benchmark").asText();
      String[] parts = full.split("\\.");
      byName.put(parts[parts.length - 2] + "." + parts[parts.length - 1], run);
    }
  }

  boolean isEmpty() {
    return byName.isEmpty();
  }

  /** The score of {@code Class.method}, in the unit the benchmark reports. */
  Measure primary(String name) {
    JsonNode run = byName.get(name);
    return run == null ? Measure.NONE : measure(run.get("primaryMetric"));
  }

  /** A secondary result such as {@code gc.alloc.rate.norm} or {@code cpu.time.norm}. */
  Measure secondary(String name, String metric) {
    JsonNode run = byName.get(name);
    if (run == null || run.get("secondaryMetrics") == null
        || run.get("secondaryMetrics").get(metric) == null) {
      return Measure.NONE;
    }
    return measure(run.get("secondaryMetrics").get(metric));
  }

  /** Forks, iterations and JVM options of the run, as JMH recorded them. */
  String settings() {
    if (byName.isEmpty()) {
      return "no JMH results";
    }
    JsonNode r = byName.values().iterator().next();
    return r.get("forks").asInt() + " fork(s) per benchmark, " + r.get("warmupIterations").asInt()
        + " warm-up iterations of " + r.get("warmupTime").asText() + ", "
        + r.get("measurementIterations").asInt() + " measured iterations of "
        + r.get("measurementTime").asText() + ", JVM options " + r.get("jvmArgs")
        + ", JMH " + r.get("jmhVersion").asText();
  }

  private static Measure measure(JsonNode metric) {
    double score = metric.get("score").asDouble();
    JsonNode error = metric.get("scoreError");
    double e = error == null || !error.isNumber() ? Double.NaN : error.asDouble();
    return new Measure(score, e);
  }
}
