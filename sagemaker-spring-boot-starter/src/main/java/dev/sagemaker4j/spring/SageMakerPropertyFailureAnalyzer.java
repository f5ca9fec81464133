package dev.sagemaker4j.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link SageMakerPropertyException} into Spring Boot's start-up failure report, in the
 * layout Spring Boot uses for properties that fail to bind.
 */
final class SageMakerPropertyFailureAnalyzer
    extends AbstractFailureAnalyzer<SageMakerPropertyException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SageMakerPropertyException cause) {
    String description = String.format("The SageMaker clients could not be configured:%n%n"
        + "    Property: %s%n    Value: %s%n    Reason: %s", cause.property(), cause.value(),
        cause.problem());
    return new FailureAnalysis(description, cause.action(), cause);
  }
}
