package dev.sagemaker4j.benchmarks.report;

import java.util.Locale;

/** Number formatting for the report: fixed decimals, thousands grouped by commas. */
final class Fmt {
  private Fmt() {}

  static String number(double v, int decimals) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%,." + decimals + "f", v);
  }

  static String mib(double bytes) {
    return number(bytes / (1024 * 1024), 2) + " MiB";
  }
}
