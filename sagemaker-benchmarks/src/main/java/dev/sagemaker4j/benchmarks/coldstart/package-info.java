/**
 * Cold start: one small program per SDK that builds a client and makes one DescribeEndpoint call
 * in a fresh JVM, and the runner that starts them in turn against one local server.
 */
package dev.sagemaker4j.benchmarks.coldstart;
