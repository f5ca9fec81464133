package dev.sagemaker4j.model;

import dev.sagemaker4j.model.internal.ModelSnapshot;
import java.util.List;

/**
 * A value breaks rules of the SageMaker service model. It lists every violation at once, each
 * with its member path, rule and value. The client throws it before sending anything.
 *
 * <p>The rules are those of the model this SDK was generated from ({@link #modelSnapshot()}),
 * and AWS relaxes rules in routine model updates, so the message names that model and says how
 * to let the client send anyway: {@code overrideConfiguration(o ->
 * o.constraintChecking(ConstraintChecking.WARN))} logs the violations and sends, {@code OFF} does
 * not check.
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
    return sb.append("\nChecked against the model this SDK was generated from (")
        .append(ModelSnapshot.description()).append("). If SageMaker has relaxed a rule since,"
            + " upgrade sagemaker4j or send anyway: overrideConfiguration(o ->"
            + " o.constraintChecking(ConstraintChecking.WARN)) logs the violations and sends,"
            + " ConstraintChecking.OFF does not check.").toString();
  }

  /** The simple name of the checked type, such as {@code CreateEndpointRequest}. */
  public String typeName() {
    return typeName;
  }

  /**
   * The service model whose rules were checked, the one this SDK was generated from: {@code
   * botocore 1.43.107, service model sha256 6c473a56}, say.
   */
  public String modelSnapshot() {
    return ModelSnapshot.description();
  }

  /** Every violation found, in member order. */
  public List<ConstraintViolation> violations() {
    return violations;
  }
}
