package dev.sagemaker4j.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on: CPU, cores, memory, JDK, OS, load. */
final class Machine {
  private Machine() {}

  static String cpu() {
    String model = firstValue("/proc/cpuinfo", "model name");
    return (model == null ? System.getProperty("os.arch") : model) + ", "
        + Runtime.getRuntime().availableProcessors() + " cores available to the JVM";
  }

  static String memory() {
    String total = firstValue("/proc/meminfo", "MemTotal");
    if (total == null) {
      return "unknown";
    }
    long kib = Long.parseLong(total.replace("kB", "").trim());
    return Fmt.number(kib / (1024.0 * 1024.0), 1) + " GiB";
  }

  static String jdk() {
    return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vendor") + ")";
  }

  static String os() {
    String pretty = null;
    try {
      for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
        if (line.startsWith("PRETTY_NAME=")) {
          pretty = line.substring("PRETTY_NAME=".length()).replace("\"", "");
        }
      }
    } catch (IOException e) {
      // Not Linux.
    }
    return (pretty == null ? System.getProperty("os.name") : pretty) + ", kernel "
        + System.getProperty("os.version") + ", " + System.getProperty("os.arch");
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + " / " + parts[1] + " / " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String firstValue(String file, String key) {
    try {
      List<String> lines = Files.readAllLines(Path.of(file));
      for (String line : lines) {
        if (line.startsWith(key)) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      // Not Linux.
    }
    return null;
  }
}
