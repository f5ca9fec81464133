package dev.sagemaker4j.spring;

import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Reports the {@code sagemaker4j.*} values that {@link SageMakerProperties} rejected as they were
 * written: {@code Property: sagemaker4j.api-call-timeout}, {@code Value: "-5s"}, where Spring
 * Boot's own report would show the field and the bound value ({@code apiCallTimeout}, {@code
 * PT-5S}). Runs before Spring Boot's analyzer; other properties are left to it.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
final class SageMakerBindFailureAnalyzer extends AbstractFailureAnalyzer<BindValidationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, BindValidationException cause) {
    ValidationErrors errors = cause.getValidationErrors();
    if (!SageMakerProperties.PREFIX.equals(errors.getName().toString())) {
      return null;
    }
    StringBuilder description = new StringBuilder("Invalid SageMaker client properties:\n");
    for (ObjectError error : errors.getAllErrors()) {
      if (error instanceof FieldError field) {
        String name = SageMakerProperties.PREFIX + "." + dashed(field.getField());
        description.append("\n    Property: ").append(name);
        ConfigurationProperty bound = errors.getBoundProperties().stream()
            .filter(p -> p.getName().toString().equals(name)).findFirst().orElse(null);
        if (bound != null) {
          description.append("\n    Value: \"").append(bound.getValue()).append('"');
          if (bound.getOrigin() != null) {
            description.append("\n    Origin: ").append(bound.getOrigin());
          }
        } else {
          description.append("\n    Value: \"").append(field.getRejectedValue()).append('"');
        }
      }
      description.append("\n    Reason: ").append(error.getDefaultMessage()).append('\n');
    }
    return new FailureAnalysis(description.toString(),
        "Update your application's configuration: correct the value above, or remove it to use"
            + " the default (see the sagemaker4j.* properties in the sagemaker4j README).",
        cause);
  }

  /** {@code retry.maxAttempts} to {@code retry.max-attempts}. */
  private static String dashed(String field) {
    StringBuilder s = new StringBuilder(field.length() + 4);
    for (char c : field.toCharArray()) {
      if (Character.isUpperCase(c)) {
        s.append('-').append(Character.toLowerCase(c));
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }
}
