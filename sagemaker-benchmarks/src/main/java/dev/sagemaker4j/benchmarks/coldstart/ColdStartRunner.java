package dev.sagemaker4j.benchmarks.coldstart;

import dev.sagemaker4j.benchmarks.server.BenchServer;
import dev.sagemaker4j.benchmarks.server.CannedResponses;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the cold-start programs against one benchmark server started once, in this process: for
 * each variant, one discarded run of each SDK (so that both find the jars in the page cache),
 * then {@code runs} runs of each, alternating ours and official. Wall time is measured here, from
 * starting the process to reading its report line; CPU time and peak RSS come from the child.
 * Writes one tab-separated line per run: variant, sdk, run, wall ns, CPU ns, peak RSS KiB.
 *
 * <pre>
 * ColdStartRunner --runs N --out FILE
 *     --variant NAME OURS_CLASSPATH OURS_HTTP OFFICIAL_CLASSPATH OFFICIAL_HTTP ...
 * </pre>
 */
public final class ColdStartRunner {
  private record Variant(String name, String oursClasspath, String oursHttp,
      String officialClasspath, String officialHttp) {}

  private record Run(long wallNanos, long cpuNanos, long rssKiB) {}

  private ColdStartRunner() {}

  /** Runs every variant and writes the table. */
  public static void main(String[] args) throws IOException, InterruptedException {
    int runs = 10;
    Path out = null;
    List<Variant> variants = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--variant" -> {
          variants.add(new Variant(args[i + 1], args[i + 2], args[i + 3], args[i + 4],
              args[i + 5]));
          i += 5;
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (out == null || variants.isEmpty()) {
      throw new IllegalArgumentException("usage: --runs N --out FILE --variant NAME OURS_CP"
          + " OURS_HTTP OFFICIAL_CP OFFICIAL_HTTP ...");
    }
    List<String> rows = new ArrayList<>();
    try (BenchServer server = BenchServer.start(0, CannedResponses.all())) {
      String endpoint = "http://127.0.0.1:" + server.port();
      for (Variant v : variants) {
        run(v.oursClasspath, OursColdStart.class, endpoint, v.oursHttp);
        run(v.officialClasspath, OfficialColdStart.class, endpoint, v.officialHttp);
        for (int i = 1; i <= runs; i++) {
          Run ours = run(v.oursClasspath, OursColdStart.class, endpoint, v.oursHttp);
          Run official = run(v.officialClasspath, OfficialColdStart.class, endpoint,
              v.officialHttp);
          rows.add(row(v.name, "ours", i, ours));
          rows.add(row(v.name, "official", i, official));
          System.out.printf("cold start %s run %d/%d: ours %d ms (CPU %d ms, %d MiB),"
                  + " official %d ms (CPU %d ms, %d MiB)%n", v.name, i, runs,
              ours.wallNanos / 1_000_000, ours.cpuNanos / 1_000_000, ours.rssKiB / 1024,
              official.wallNanos / 1_000_000, official.cpuNanos / 1_000_000,
              official.rssKiB / 1024);
        }
      }
    }
    Files.write(out, rows, StandardCharsets.UTF_8);
  }

  private static String row(String variant, String sdk, int run, Run r) {
    return variant + "\t" + sdk + "\t" + run + "\t" + r.wallNanos + "\t" + r.cpuNanos + "\t"
        + r.rssKiB;
  }

  private static Run run(String classpath, Class<?> main, String endpoint, String http)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    File errors = File.createTempFile("coldstart", ".err");
    errors.deleteOnExit();
    ProcessBuilder pb = new ProcessBuilder(java, "-cp", classpath, main.getName(), endpoint, http)
        .redirectError(errors);
    long start = System.nanoTime();
    Process p = pb.start();
    String report = null;
    long wall = -1;
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith(ChildReport.PREFIX)) {
          wall = System.nanoTime() - start;
          report = line;
        }
      }
    }
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    if (report == null || p.exitValue() != 0) {
      throw new IllegalStateException(main.getSimpleName() + " failed (exit " + p.exitValue()
          + "): " + Files.readString(errors.toPath()));
    }
    errors.delete();
    if (!report.contains("variants=" + CannedResponses.DESCRIBE_ENDPOINT_VARIANTS + " ")) {
      throw new IllegalStateException(main.getSimpleName() + " read a wrong answer: " + report);
    }
    return new Run(wall, field(report, "cpuNanos"), field(report, "hwmKiB"));
  }

  private static long field(String report, String name) {
    for (String part : report.split(" ")) {
      if (part.startsWith(name + "=")) {
        return Long.parseLong(part.substring(name.length() + 1));
      }
    }
    throw new IllegalStateException("no " + name + " in " + report);
  }
}
