/**
 * Schemas, JSON codec and helpers that generated code and the client use. Not API: anything here
 * may change in any release.
 */
package dev.sagemaker4j.model.internal;
