package dev.sagemaker4j.benchmarks.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarizes a Flight Recorder file of a benchmark: where CPU samples fall (top frames, and
 * methods of the SDKs counted inclusively) and where allocation goes (sampled sites and classes,
 * weighted by bytes). {@code JfrTop FILE [ROWS]}.
 */
public final class JfrTop {
  private static final String[] OWN = {"dev.sagemaker4j.", "software.amazon.awssdk.",
      "com.fasterxml.jackson.", "org.apache.http.", "io.netty."};

  private JfrTop() {}

  /** Prints the summary of one recording. */
  public static void main(String[] args) throws IOException {
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> inclusive = new HashMap<>();
    Map<String, Long> selfByLibrary = new HashMap<>();
    Map<String, Long> allocSites = new HashMap<>();
    Map<String, Long> allocOwnSites = new HashMap<>();
    Map<String, Long> allocClasses = new HashMap<>();
    long samples = 0;
    long allocated = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
      String type = e.getEventType().getName();
      RecordedStackTrace st = e.getStackTrace();
      if (st == null || st.getFrames().isEmpty()) {
        continue;
      }
      List<RecordedFrame> frames = st.getFrames();
      if (type.equals("jdk.ExecutionSample")) {
        samples++;
        self.merge(name(frames.get(0)), 1L, Long::sum);
        for (RecordedFrame f : frames) {
          String n = name(f);
          if (isOwn(n)) {
            selfByLibrary.merge(n, 1L, Long::sum);
            break;
          }
        }
        Set<String> seen = new HashSet<>();
        for (RecordedFrame f : frames) {
          String n = name(f);
          if (isOwn(n) && seen.add(n)) {
            inclusive.merge(n, 1L, Long::sum);
          }
        }
      } else if (type.equals("jdk.ObjectAllocationSample")) {
        long weight = e.getLong("weight");
        allocated += weight;
        RecordedClass c = e.getClass("objectClass");
        allocClasses.merge(c == null ? "?" : c.getName(), weight, Long::sum);
        allocSites.merge(name(frames.get(0)) + ":" + frames.get(0).getLineNumber(), weight,
            Long::sum);
        for (RecordedFrame f : frames) {
          String n = name(f);
          if (n.startsWith("dev.sagemaker4j.") && !n.startsWith("dev.sagemaker4j.benchmarks.")) {
            allocOwnSites.merge(n + ":" + f.getLineNumber(), weight, Long::sum);
            break;
          }
        }
      }
    }
    PrintStream out = System.out;
    out.println("== " + args[0]);
    out.println("CPU samples: " + samples);
    print(out, "top frames (self)", self, samples, rows);
    print(out, "top frames, JDK frames charged to their SDK/library caller", selfByLibrary,
        samples, rows);
    print(out, "SDK, Jackson, Apache, Netty methods (inclusive)", inclusive, samples, rows * 2);
    out.println("sampled allocation: " + allocated + " bytes (weighted)");
    print(out, "allocation sites (top frame)", allocSites, allocated, rows);
    print(out, "allocation by first sagemaker4j frame", allocOwnSites, allocated, rows);
    print(out, "allocated classes", allocClasses, allocated, rows);
  }

  private static boolean isOwn(String method) {
    for (String p : OWN) {
      if (method.startsWith(p)) {
        return !method.startsWith("dev.sagemaker4j.benchmarks.");
      }
    }
    return false;
  }

  private static String name(RecordedFrame f) {
    if (f.getMethod() == null) {
      return "?";
    }
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  private static void print(PrintStream out, String title, Map<String, Long> counts, long total,
      int rows) {
    out.println("-- " + title);
    Map<String, Long> top = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(rows)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
            LinkedHashMap::new));
    top.forEach((k, v) -> out.printf("%6.1f%%  %s%n", total == 0 ? 0.0 : 100.0 * v / total, k));
  }
}
