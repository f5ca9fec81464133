/**
 * The stand-in's HTTP glue, signature check, state and operations. Not API: anything here may
 * change in any release.
 */
package dev.sagemaker4j.testing.internal;
