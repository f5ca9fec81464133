package dev.sagemaker4j.benchmarks.report;

import java.util.Arrays;
import java.util.List;

/** The spread of repeated measurements: median, quartiles, min and max. */
record Spread(double min, double q1, double median, double q3, double max, int n) {
  static Spread of(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (v.length == 0) {
      return new Spread(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
    }
    return new Spread(v[0], quantile(v, 0.25), quantile(v, 0.5), quantile(v, 0.75),
        v[v.length - 1], v.length);
  }

  /** Linear interpolation between closest ranks (R's type 7). */
  private static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  @Override
  public String toString() {
    return Arrays.toString(new double[] {min, q1, median, q3, max});
  }
}
