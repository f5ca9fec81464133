package dev.sagemaker4j.benchmarks.report;

/**
 * A figure with its JMH error (the half-width of the 99.9% confidence interval; NaN when JMH
 * had too few iterations to give one), and ratios between figures with the error propagated.
 */
record Measure(double value, double error) {
  static final Measure NONE = new Measure(Double.NaN, Double.NaN);

  boolean present() {
    return !Double.isNaN(value);
  }

  /** {@code this / other}, relative errors added in quadrature. */
  Measure over(Measure other) {
    double r = value / other.value;
    double e = r * Math.sqrt(sq(error / value) + sq(other.error / other.value));
    return new Measure(r, e);
  }

  private static double sq(double x) {
    return x * x;
  }

  /** The value with {@code decimals} decimals and its error, as {@code 12.3 ± 0.4}. */
  String format(int decimals) {
    if (!present()) {
      return "n/a";
    }
    String v = Fmt.number(value, decimals);
    return Double.isNaN(error) ? v : v + " ± " + Fmt.number(error, decimals);
  }
}
