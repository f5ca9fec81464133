package dev.sagemaker4j.benchmarks.coldstart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What a cold-start program prints once it holds its first response, just before it exits: its
 * own CPU time so far (every thread) and its peak resident memory ({@code VmHWM}). The parent
 * measures the wall time itself, from starting the process to reading this line.
 */
public final class ChildReport {
  /** The line's first word, which the runner waits for. */
  public static final String PREFIX = "first-response";

  private ChildReport() {}

  /** Prints the report line and exits the JVM. */
  public static void printAndExit(int variants) {
    long cpuNanos = ProcessHandle.current().info().totalCpuDuration()
        .map(Duration::toNanos).orElse(-1L);
    System.out.println(PREFIX + " variants=" + variants + " cpuNanos=" + cpuNanos
        + " hwmKiB=" + peakRssKiB());
    System.out.flush();
    System.exit(0);
  }

  private static long peakRssKiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.substring(6).replace("kB", "").trim());
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: no figure.
    }
    return -1;
  }
}
