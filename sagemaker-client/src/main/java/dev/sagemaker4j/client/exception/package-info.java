/** The exceptions a SageMaker call ends with: service errors, modeled ones, unreadable answers. */
package dev.sagemaker4j.client.exception;
