/** The local HTTP/1.1 server the benchmarks call, with its canned SageMaker answers. */
package dev.sagemaker4j.benchmarks.server;
