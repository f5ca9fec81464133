package dev.sagemaker4j.model;

import dev.sagemaker4j.model.internal.Checker;
import dev.sagemaker4j.model.internal.ModelSnapshot;
import dev.sagemaker4j.model.internal.StructSchema;
import java.util.List;

/**
 * Checks a generated object, and everything it reaches, against the rules of the SageMaker
 * service model: required members, string lengths (in code points), whole-value patterns,
 * numeric ranges, list and map sizes, and unions with exactly one member.
 *
 * <p>Building an object never checks these rules, so any response parses and a request can be
 * assembled step by step; the client calls {@link #check} before it sends. The rules come from
 * generated schemas, not from reflection. The checker follows the model and never rejects a
 * value the model allows: enum members accept values this SDK does not know, idempotency tokens
 * may be left empty for the client to fill, and a pattern too costly to decide is let through. A
 * list or map that was set counts as present even when empty, and is held to the model's
 * minimum size; one never set is absent.
 *
 * <pre>{@code
 * List<ConstraintViolation> problems = ConstraintChecker.violations(request);
 * ConstraintChecker.check(request); // throws ConstraintViolationException listing all of them
 * }</pre>
 */
public final class ConstraintChecker {
  private ConstraintChecker() {}

  /**
   * Throws if {@code value} breaks any rule.
   *
   * @throws ConstraintViolationException listing every violation
   * @throws IllegalArgumentException if {@code value} is not a generated model type
   */
  public static void check(Object value) {
    List<ConstraintViolation> found = violations(value);
    if (!found.isEmpty()) {
      throw new ConstraintViolationException(value.getClass().getSimpleName(), found);
    }
  }

  /**
   * The service model whose rules this checker holds values to, the one this SDK was generated
   * from: where it was taken and the start of its hash, such as {@code botocore 1.43.107, service
   * model sha256 6c473a56}. A {@link ConstraintViolationException} names it too.
   */
  public static String modelSnapshot() {
    return ModelSnapshot.description();
  }

  /**
   * Every rule {@code value} breaks, in member order; empty when it is valid.
   *
   * @throws IllegalArgumentException if {@code value} is not a generated model type
   */
  public static List<ConstraintViolation> violations(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("value must not be null");
    }
    return Checker.violations(StructSchema.ofValue(value), value);
  }
}
