/**
 * Request and response types of the SageMaker API, generated from the service model: immutable
 * values with builders, open enums, and the checker that holds requests to the model's rules.
 */
package dev.sagemaker4j.model;
