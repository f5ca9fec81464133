/** Turns the results of one run into {@code docs/benchmarks.md}. */
package dev.sagemaker4j.benchmarks.report;
