/**
 * The stand-in's HTTP glue, signature check, state, hand-written families and the model-driven
 * engine behind every other operation. Not API: anything here may change in any release.
 */
package dev.sagemaker4j.testing.internal;
