/** Runnable examples of every seed workflow; see {@link dev.sagemaker4j.examples.RunAll}. */
package dev.sagemaker4j.examples;
