/**
 * Test support: the embedded stand-in {@code LocalSageMaker} as a bean, with the auto-configured
 * clients pointed at it.
 */
package dev.sagemaker4j.spring.local;
