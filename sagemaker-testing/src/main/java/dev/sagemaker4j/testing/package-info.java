/**
 * A local, stateful stand-in for SageMaker ({@link dev.sagemaker4j.testing.LocalSageMaker}) that
 * real clients can call without an AWS account.
 */
package dev.sagemaker4j.testing;
