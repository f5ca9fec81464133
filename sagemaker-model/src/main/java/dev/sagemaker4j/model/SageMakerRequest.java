package dev.sagemaker4j.model;

/**
 * The request of a SageMaker operation: the type every generated {@code ...Request} extends.
 * Build one with its {@code builder()}; the client checks it against the service model before
 * sending it.
 */
public abstract class SageMakerRequest extends SageMakerObject {
  SageMakerRequest(Object[] values) {
    super(values);
  }
}
