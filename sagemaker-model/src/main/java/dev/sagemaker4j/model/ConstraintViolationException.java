package dev.sagemaker4j.model;

import java.util.List;

/**
 * A value breaks rules of the SageMaker service model. It lists every violation at once, each
 * with its member path, rule and value. The client throws it before sending anything.
 */
public final class ConstraintViolationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String typeName;
  private final List<ConstraintViolation> violations;

  public ConstraintViolationException(String typeName, List<ConstraintViolation> violations) {
    super(message(typeName, violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a ConstraintViolationException needs a violation");
    }
    this.typeName = typeName;
    this.violations = List.copyOf(violations);
  }

  private static String message(String typeName, List<ConstraintViolation> violations) {
    StringBuilder sb = new StringBuilder(typeName).append(" breaks ").append(violations.size())
        .append(violations.size() == 1 ? " rule" : " rules").append(" of the SageMaker model:");
    for (ConstraintViolation v : violations) {
      sb.append("\n  - ").append(v.message());
    }
    return sb.toString();
  }

  /** The simple name of the checked type, such as {@code CreateEndpointRequest}. */
  public String typeName() {
    return typeName;
  }

  /** Every violation found, in member order. */
  public List<ConstraintViolation> violations() {
    return violations;
  }
}
