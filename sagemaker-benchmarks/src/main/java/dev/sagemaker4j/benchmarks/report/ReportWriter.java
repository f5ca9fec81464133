package dev.sagemaker4j.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes {@code docs/benchmarks.md} from one run's results: {@code ReportWriter RESULTS_DIR
 * OUTPUT}. The folder holds what {@code run.sh} collected: {@code run.properties}, the JMH
 * {@code jmh.json}, {@code coldstart.tsv}, {@code wirecheck.md} and the footprint class paths.
 */
public final class ReportWriter {
  private final Path results;
  private final Properties run = new Properties();
  private final JmhResults jmh;
  private final StringBuilder out = new StringBuilder();
  private final List<String[]> targets = new ArrayList<>();

  private ReportWriter(Path results) throws IOException {
    this.results = results;
    try (var in = Files.newBufferedReader(results.resolve("run.properties"))) {
      run.load(in);
    }
    this.jmh = new JmhResults(results.resolve("jmh.json"));
  }

  /** Writes the report. */
  public static void main(String[] args) throws IOException {
    ReportWriter w = new ReportWriter(Path.of(args[0]));
    String text = w.write();
    Path target = Path.of(args[1]);
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.writeString(target, text, StandardCharsets.UTF_8);
    System.out.println("wrote " + target);
  }

  private String write() throws IOException {
    String sync = syncSection();
    String async = asyncSection();
    String cold = coldStartSection();
    String footprint = footprintSection();
    line("# Benchmarks: sagemaker4j against the official AWS SDK v2 SageMaker client");
    line("");
    line("Written by `sagemaker-benchmarks/run.sh" + (quick() ? " --quick" : "") + "` on "
        + run.getProperty("finished", now()) + "; do not edit by hand, run the script again."
        + (quick() ? " **Quick mode: a smoke test with too few iterations and runs for the"
        + " figures to mean much.**" : ""));
    String note = run.getProperty("note", "");
    if (!note.isBlank()) {
      line("");
      line("> **Note:** " + note);
    }
    line("");
    machine();
    line("## Targets (ratios ours/official, measured in this run)");
    line("");
    line("| figure | target | measured | verdict |");
    line("| --- | --- | --- | --- |");
    for (String[] t : targets) {
      line("| " + String.join(" | ", t) + " |");
    }
    line("");
    line("A verdict compares the point estimate with the target; \"(uncertain)\" means the"
        + " interval of the ratio (JMH's 99.9% error, propagated) reaches across the target.");
    line("");
    out.append(sync).append(async).append(cold).append(footprint);
    wireCheck();
    method();
    return out.toString();
  }

  private void machine() {
    line("## Machine and versions");
    line("");
    line("| | |");
    line("| --- | --- |");
    line("| CPU | " + Machine.cpu() + " |");
    line("| memory | " + Machine.memory() + " |");
    line("| JDK | " + Machine.jdk() + " |");
    line("| OS | " + Machine.os() + " |");
    line("| load average (1/5/15 min) | at start " + run.getProperty("load.start", "?")
        + ", at end " + run.getProperty("load.end", Machine.loadAverage()) + " |");
    line("| run | started " + run.getProperty("started", "?") + ", finished "
        + run.getProperty("finished", now()) + " |");
    line("| sagemaker4j | " + run.getProperty("version", "?") + ("no".equals(
        run.getProperty("build")) ? ", the jars installed in the local Maven repository"
        + " (sagemaker-client built " + run.getProperty("client.jar.date", "?") + "; the"
        + " repository was at commit " + run.getProperty("commit", "?") + ")"
        : ", built from commit " + run.getProperty("commit", "?")) + "; copied at the start of"
        + " the run, so that no build during it changes what is measured |");
    line("| official client | " + jar("sagemaker") + " in the JMH runs (its core modules"
        + " managed by the AWS SDK BOM to " + jar("sdk-core").replace("sdk-core ", "")
        + ", as ours); with its own default dependencies in cold start and footprint |");
    line("| HTTP clients | sync: " + jar("apache-client") + " (Apache " + jar("httpclient")
        + "); async: " + jar("netty-nio-client") + " (Netty " + jar("netty-codec-http") + ") |");
    line("");
  }

  private String jar(String artifact) {
    String cp = run.getProperty("classpath", "");
    Matcher m = Pattern.compile("(?:^|[/\\\\])" + Pattern.quote(artifact)
        + "-(\\d[^/\\\\:;]*?)\\.jar").matcher(cp);
    return m.find() ? artifact + " " + m.group(1) : artifact + " (version unknown)";
  }

  private String syncSection() {
    StringBuilder s = new StringBuilder();
    s.append("## Sync calls, one thread (JMH)\n\n");
    s.append("Process CPU per call is the benchmark JVM's CPU time (every thread: caller, GC,"
        + " JIT) per call, measured from the operating system around each iteration; the"
        + " server runs in a process of its own and is not in it. It is the figure the CPU-time"
        + " targets are judged on. Time per call is JMH's average time per operation of the"
        + " single-threaded benchmark: wall time, which also holds the server's share and the"
        + " wait between the two processes. Shown for information: on a small virtual machine"
        + " it swings between iterations (from 100 to 500 µs for the same code, with the"
        + " hypervisor's wake-up latency and steal time), so its ratios say more about"
        + " scheduling than about either SDK. Bytes per call is `gc.alloc.rate.norm`"
        + " (`-prof gc`). Errors are JMH's 99.9% confidence half-widths.\n\n");
    sync(s, "SyncLargeRequestBenchmark", "large request: CreateProcessingJob, every member set",
        "large request");
    sync(s, "SyncLargeResponseBenchmark",
        "large response: DescribeEndpoint, seven production variants", "large response");
    return s.toString();
  }

  private void sync(StringBuilder s, String bench, String title, String shortName) {
    s.append("### ").append(title).append("\n\n");
    s.append("| contender | time per call (µs) | process CPU per call (µs) | bytes allocated"
        + " per call |\n| --- | --- | --- | --- |\n");
    Map<String, Measure[]> rows = new LinkedHashMap<>();
    for (String c : new String[] {"ours", "official", "floor"}) {
      Measure time = jmh.primary(bench + "." + c);
      Measure cpu = micros(jmh.secondary(bench + "." + c, "cpu.time.norm"));
      Measure bytes = jmh.secondary(bench + "." + c, "gc.alloc.rate.norm");
      rows.put(c, new Measure[] {time, cpu, bytes});
      s.append("| ").append(contender(c)).append(" | ").append(time.format(1)).append(" | ")
          .append(cpu.format(1)).append(" | ").append(bytes.format(0)).append(" |\n");
    }
    Measure[] ours = rows.get("ours");
    Measure[] official = rows.get("official");
    Measure[] floor = rows.get("floor");
    s.append("| **ours / official** | ").append(ratio(ours[0], official[0])).append(" | ")
        .append(ratio(ours[1], official[1])).append(" | ").append(ratio(ours[2], official[2]))
        .append(" |\n");
    s.append("| **ours / floor** | ").append(ratio(ours[0], floor[0])).append(" | ")
        .append(ratio(ours[1], floor[1])).append(" | ").append(ratio(ours[2], floor[2]))
        .append(" |\n");
    s.append("| official / floor | ").append(ratio(official[0], floor[0])).append(" | ")
        .append(ratio(official[1], floor[1])).append(" | ")
        .append(ratio(official[2], floor[2])).append(" |\n\n");
    target("CPU time per sync call, " + shortName + " (process CPU per call)", "<= 0.7",
        ours[1].over(official[1]), 0.7, true);
    target("bytes allocated per call, " + shortName, "<= 0.5", ours[2].over(official[2]), 0.5,
        true);
    target("ours/floor per sync call, " + shortName + " (process CPU per call)", "<= 1.25",
        ours[1].over(floor[1]), 1.25, true);
  }

  private String asyncSection() {
    StringBuilder s = new StringBuilder();
    String bench = "AsyncThroughputBenchmark";
    s.append("## Async throughput, 256 calls in flight over Netty (JMH)\n\n");
    s.append("One operation starts 256 DescribeEndpoint calls (the large answer) at once and"
        + " waits for all; the score is calls per second over the whole run, with the process"
        + " CPU time and bytes allocated per call.\n\n");
    s.append("| contender | calls per second | process CPU per call (µs) | bytes allocated per"
        + " call |\n| --- | --- | --- | --- |\n");
    Map<String, Measure[]> rows = new LinkedHashMap<>();
    for (String c : new String[] {"ours", "official", "floor"}) {
      Measure rate = jmh.primary(bench + "." + c);
      Measure cpu = micros(jmh.secondary(bench + "." + c, "cpu.time.norm"));
      Measure bytes = jmh.secondary(bench + "." + c, "gc.alloc.rate.norm");
      rows.put(c, new Measure[] {rate, cpu, bytes});
      s.append("| ").append(contender(c)).append(" | ").append(rate.format(0)).append(" | ")
          .append(cpu.format(1)).append(" | ").append(bytes.format(0)).append(" |\n");
    }
    Measure[] ours = rows.get("ours");
    Measure[] official = rows.get("official");
    Measure[] floor = rows.get("floor");
    s.append("| **ours / official** | ").append(ratio(ours[0], official[0])).append(" | ")
        .append(ratio(ours[1], official[1])).append(" | ").append(ratio(ours[2], official[2]))
        .append(" |\n");
    s.append("| ours / floor | ").append(ratio(ours[0], floor[0])).append(" | ")
        .append(ratio(ours[1], floor[1])).append(" | ").append(ratio(ours[2], floor[2]))
        .append(" |\n\n");
    target("async throughput, 256 in flight", ">= 1.2", ours[0].over(official[0]), 1.2, false);
    return s.toString();
  }

  private String coldStartSection() throws IOException {
    StringBuilder s = new StringBuilder();
    s.append("## Cold start (process start to first response)\n\n");
    Path file = results.resolve("coldstart.tsv");
    if (!Files.exists(file)) {
      s.append("Not measured in this run.\n\n");
      return s.toString();
    }
    s.append("Each run is a fresh JVM (default options) that builds a client and makes one"
        + " DescribeEndpoint call against the local server (started once, in the measuring"
        + " process). Wall time is measured by the parent from starting the process to reading"
        + " the child's report line; CPU time (every thread) and peak resident memory"
        + " (`VmHWM`) are the child's own, read just before it exits. After one discarded run of"
        + " each, ours and official alternate. Each cell: median (min, quartiles, max) of "
        + run.getProperty("coldstart.runs", "?") + " runs. The HTTP client is a large part of a"
        + " cold start and the same for both SDKs (building the Apache client sets up TLS and"
        + " loads the trust store even for an http endpoint; the URL-connection client does"
        + " not), so the ratio is given for each of the two clients; the targets apply to"
        + " both.\n\n");
    Map<String, Map<String, List<double[]>>> byVariant = new LinkedHashMap<>();
    for (String row : Files.readAllLines(file)) {
      String[] f = row.split("\t");
      byVariant.computeIfAbsent(f[0], k -> new LinkedHashMap<>())
          .computeIfAbsent(f[1], k -> new ArrayList<>())
          .add(new double[] {Double.parseDouble(f[3]) / 1e6, Double.parseDouble(f[4]) / 1e6,
              Double.parseDouble(f[5]) / 1024});
    }
    for (Map.Entry<String, Map<String, List<double[]>>> v : byVariant.entrySet()) {
      s.append("### ").append(variantTitle(v.getKey())).append("\n\n");
      s.append("| SDK | wall time (ms) | CPU time (ms) | peak RSS (MiB) |\n"
          + "| --- | --- | --- | --- |\n");
      Map<String, Spread[]> spreads = new LinkedHashMap<>();
      for (String sdk : new String[] {"ours", "official"}) {
        List<double[]> runs = v.getValue().getOrDefault(sdk, List.of());
        Spread[] sp = new Spread[3];
        for (int i = 0; i < 3; i++) {
          int k = i;
          sp[i] = Spread.of(runs.stream().map(r -> r[k]).toList());
        }
        spreads.put(sdk, sp);
        s.append("| ").append(contender(sdk)).append(" | ").append(spread(sp[0], 0))
            .append(" | ").append(spread(sp[1], 0)).append(" | ").append(spread(sp[2], 1))
            .append(" |\n");
      }
      Spread[] o = spreads.get("ours");
      Spread[] a = spreads.get("official");
      s.append("| **ours / official (medians)** | ")
          .append(Fmt.number(o[0].median() / a[0].median(), 2)).append(" | ")
          .append(Fmt.number(o[1].median() / a[1].median(), 2)).append(" | ")
          .append(Fmt.number(o[2].median() / a[2].median(), 2)).append(" |\n\n");
      if (!v.getKey().equals("sdk-defaults")) {
        target("cold start wall time, " + v.getKey() + " for both (medians)", "<= 0.5",
            new Measure(o[0].median() / a[0].median(), Double.NaN), 0.5, true);
        target("cold start CPU time, " + v.getKey() + " for both (medians)", "<= 0.5",
            new Measure(o[1].median() / a[1].median(), Double.NaN), 0.5, true);
      }
    }
    return s.toString();
  }

  private static String variantTitle(String variant) {
    return switch (variant) {
      case "apache" -> "Same HTTP client: Apache passed to both builders";
      case "url-connection" -> "Same HTTP client: URL-connection passed to both builders (added"
          + " to the official client's class path)";
      case "sdk-defaults" -> "Each SDK's default HTTP client, none passed (ours: URL-connection;"
          + " official: Apache), for information: what a user gets";
      default -> variant;
    };
  }

  private String footprintSection() throws IOException {
    StringBuilder s = new StringBuilder();
    s.append("## Runtime footprint\n\n");
    s.append("The jars a minimal application needs, as Maven resolves them for a project that"
        + " declares only the SDK (`sagemaker-benchmarks/footprint/*/pom.xml`), both covering"
        + " the whole SageMaker API: ours is `dev.sagemaker4j:sagemaker-client` with its"
        + " non-optional runtime dependencies (its HTTP client is the URL-connection one);"
        + " official is `software.amazon.awssdk:sagemaker` with the Apache and Netty clients"
        + " excluded and the URL-connection client added (profile `lean`, what the target"
        + " compares with), and with its default runtime dependencies (Apache and Netty"
        + " included, what a user who declares only it gets).\n\n");
    s.append("| SDK | jars | total size | largest jars |\n| --- | --- | --- | --- |\n");
    String[] files = {"ours", "official-lean", "official"};
    String[] names = {contender("ours"), contender("official") + ", URL-connection client only",
        contender("official") + ", default dependencies"};
    long[] totals = new long[files.length];
    for (int i = 0; i < files.length; i++) {
      Path cp = results.resolve("footprint-" + files[i] + ".classpath");
      if (!Files.exists(cp)) {
        s.append("| ").append(names[i]).append(" | not resolved | | |\n");
        continue;
      }
      List<Path> jars = new ArrayList<>();
      for (String entry : Files.readString(cp).trim().split(java.io.File.pathSeparator)) {
        if (!entry.isBlank()) {
          jars.add(Path.of(entry));
        }
      }
      long total = 0;
      for (Path j : jars) {
        total += Files.size(j);
      }
      totals[i] = total;
      jars.sort(Comparator.comparingLong(ReportWriter::size).reversed());
      List<String> top = new ArrayList<>();
      for (Path j : jars.subList(0, Math.min(4, jars.size()))) {
        top.add("`" + j.getFileName() + "` " + Fmt.mib(size(j)));
      }
      s.append("| ").append(names[i]).append(" | ").append(jars.size()).append(" | ")
          .append(Fmt.mib(total)).append(" (").append(Fmt.number(total, 0)).append(" bytes) | ")
          .append(String.join(", ", top)).append(" |\n");
    }
    if (totals[0] > 0 && totals[1] > 0) {
      double r = (double) totals[0] / totals[1];
      s.append("| **ours / official, URL-connection client only** | | ")
          .append(Fmt.number(r, 3)).append(" | |\n");
      target("runtime footprint, URL-connection client in both (goal 0.5)", "<= 0.6",
          new Measure(r, Double.NaN), 0.6, true);
    }
    if (totals[0] > 0 && totals[2] > 0) {
      double r = (double) totals[0] / totals[2];
      s.append("| ours / official, default dependencies | | ").append(Fmt.number(r, 3))
          .append(" | |\n");
      target("runtime footprint, each SDK's default dependencies", "", new Measure(r, Double.NaN),
          Double.NaN, true);
    }
    s.append("\n");
    return s.toString();
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  private void wireCheck() throws IOException {
    line("## Fairness check: the same request on the wire");
    line("");
    line("Before the benchmarks, both SDKs make the two benchmarked calls through a recording"
        + " HTTP client, and the run stops unless their bodies are the same JSON tree (and the"
        + " one the official client was captured sending in sagemaker-model's wire fixtures)."
        + " Every benchmark fork repeats the body check for its own contender at setup, and"
        + " checks that the measured client reads all seven variants of the answer.");
    line("");
    Path f = results.resolve("wirecheck.md");
    if (Files.exists(f)) {
      Files.readAllLines(f).forEach(this::line);
    }
    line("");
  }

  private void method() {
    line("## How it was measured");
    line("");
    line("- Command: `sagemaker-benchmarks/run.sh" + (quick() ? " --quick" : "") + "` from the"
        + " repository root; it builds the reactor, runs the wire check, the JMH benchmarks"
        + " (`-prof gc` and a process CPU time profiler), the cold-start runs and the footprint"
        + " resolution, then writes this file. " + (quick() ? "Quick mode is" : "A full run is")
        + " planned to take about " + run.getProperty("expected.minutes", "?")
        + " minutes on 2 cores, build included; this one took "
        + run.getProperty("elapsed.minutes", "?")
        + " minutes" + ("no".equals(run.getProperty("build")) ? " (reactor build skipped with"
        + " `--skip-build`)." : "."));
    line("- JMH: " + jmh.settings() + ". Each benchmark method runs in its own forks, so one"
        + " SDK's classes and profiles never mix with the other's.");
    line("- Server: a hand-written single-threaded NIO HTTP/1.1 server in its own JVM"
        + " (keep-alive, `TCP_NODELAY`), answering by `X-Amz-Target` with canned bodies; it"
        + " reads the request head and the `Content-Length` body and parses no JSON.");
    line("- Contenders: both SDKs get the same region, static credentials, endpoint override"
        + " and a new instance of the same HTTP client with the same settings (Apache with its"
        + " defaults for sync calls: the official client's default, with `TCP_NODELAY`; Netty"
        + " with `maxConcurrency(256)` for async). Nothing a user would have on is turned off:"
        + " default retry strategies, our constraint checking, the official client's"
        + " interceptors and endpoint rules. Both make the whole call: serialize, sign, send,"
        + " read, parse into the response type. Requests are built once, before measuring.");
    line("- Floor: the same HTTP client sending a request built and SigV4-signed once in"
        + " advance (the body the official client was captured sending) and reading the"
        + " answer's body to its end into a reused buffer.");
    line("- Shared machine: absolute times move with the machine's load, which is why every"
        + " figure that matters here is a ratio of contenders measured in the same run.");
    line("");
  }

  private void target(String figure, String goal, Measure ratio, double limit,
      boolean atMost) {
    String verdict;
    if (!ratio.present()) {
      verdict = "not measured";
    } else if (Double.isNaN(limit)) {
      verdict = "for information";
    } else {
      boolean met = atMost ? ratio.value() <= limit : ratio.value() >= limit;
      boolean uncertain = !Double.isNaN(ratio.error())
          && ratio.value() - ratio.error() <= limit && limit <= ratio.value() + ratio.error();
      verdict = (met ? "met" : "**missed**") + (uncertain ? " (uncertain)" : "");
    }
    // Without an error (medians, sizes), a third decimal shows which side of the target it is.
    targets.add(new String[] {figure, goal, ratio.format(Double.isNaN(ratio.error()) ? 3 : 2),
        verdict});
  }

  private static Measure micros(Measure nanos) {
    return new Measure(nanos.value() / 1000, nanos.error() / 1000);
  }

  private static String ratio(Measure a, Measure b) {
    return a.present() && b.present() ? a.over(b).format(2) : "n/a";
  }

  private static String spread(Spread s, int decimals) {
    if (s.n() == 0) {
      return "n/a";
    }
    return "**" + Fmt.number(s.median(), decimals) + "** (" + Fmt.number(s.min(), decimals)
        + ", " + Fmt.number(s.q1(), decimals) + "–" + Fmt.number(s.q3(), decimals) + ", "
        + Fmt.number(s.max(), decimals) + ")";
  }

  private static String contender(String c) {
    return switch (c) {
      case "ours" -> "ours (sagemaker4j)";
      case "official" -> "official (AWS SDK v2)";
      case "floor" -> "floor (HTTP client alone)";
      default -> c;
    };
  }

  private boolean quick() {
    return "quick".equals(run.getProperty("mode"));
  }

  private static String now() {
    return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
        .substring(0, 16).replace('T', ' ') + " UTC";
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
