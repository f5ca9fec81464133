package dev.sagemaker4j.model;

import java.util.Objects;

/**
 * One rule of the service model that a value breaks: where ({@link #path()}), which rule, the
 * rule's bound, and the offending value (redacted for sensitive members, shortened when long).
 */
public final class ConstraintViolation {
  /** The kinds of rule the service model puts on members. */
  public enum Rule {
    /** A required member is absent (a list or map set to an empty one is present). */
    REQUIRED,
    /** A string is shorter than its minimum length, in Unicode code points. */
    MIN_LENGTH,
    /** A string is longer than its maximum length, in Unicode code points. */
    MAX_LENGTH,
    /** A string does not match its pattern as a whole. */
    PATTERN,
    /** A number is below its minimum. */
    MIN_VALUE,
    /** A number is above its maximum. */
    MAX_VALUE,
    /** A list or map has fewer elements than its minimum. */
    MIN_SIZE,
    /** A list or map has more elements than its maximum. */
    MAX_SIZE,
    /** A union does not have exactly one member set. */
    UNION
  }

  private final String path;
  private final Rule rule;
  private final String constraint;
  private final String value;

  private ConstraintViolation(String path, Rule rule, String constraint, String value) {
    this.path = path;
    this.rule = rule;
    this.constraint = constraint;
    this.value = value;
  }

  /**
   * A violation, as the checker reports one.
   *
   * @param path the member path, {@code ""} for the checked object itself
   * @param rule the rule broken
   * @param constraint the rule's bound
   * @param value the offending value as text, already redacted where sensitive
   */
  public static ConstraintViolation of(String path, Rule rule, String constraint, String value) {
    return new ConstraintViolation(java.util.Objects.requireNonNull(path, "path"),
        java.util.Objects.requireNonNull(rule, "rule"),
        java.util.Objects.requireNonNull(constraint, "constraint"),
        java.util.Objects.requireNonNull(value, "value"));
  }

  /**
   * The member path from the checked object, with wire names and list indexes, such as {@code
   * ProcessingInputs[1].S3Input.S3Uri}; map entries appear as {@code Environment["KEY"]}, map
   * keys as {@code Environment{key}}.
   */
  public String path() {
    return path;
  }

  public Rule rule() {
    return rule;
  }

  /** The rule's bound: a length, a size, a number, a pattern, or the union's member names. */
  public String constraint() {
    return constraint;
  }

  /** The offending value as text: shortened when long, {@code (redacted)} when sensitive. */
  public String value() {
    return value;
  }

  /** A sentence that says what is wrong and with which value. */
  public String message() {
    switch (rule) {
      case REQUIRED:
        return path + " is required";
      case MIN_LENGTH:
        return path + " must be at least " + constraint + " characters long, was " + value;
      case MAX_LENGTH:
        return path + " must be at most " + constraint + " characters long, was " + value;
      case PATTERN:
        return path + " must match the pattern " + constraint + ", was " + value;
      case MIN_VALUE:
        return path + " must be at least " + constraint + ", was " + value;
      case MAX_VALUE:
        return path + " must be at most " + constraint + ", was " + value;
      case MIN_SIZE:
        return path + " must have at least " + constraint + " elements, had " + value;
      case MAX_SIZE:
        return path + " must have at most " + constraint + " elements, had " + value;
      case UNION:
        return (path.isEmpty() ? "the union" : path) + " must have exactly one of " + constraint
            + " set, had " + value;
      default:
        throw new IllegalStateException(rule.name());
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ConstraintViolation)) {
      return false;
    }
    ConstraintViolation v = (ConstraintViolation) o;
    return path.equals(v.path) && rule == v.rule && constraint.equals(v.constraint)
        && value.equals(v.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, rule, constraint, value);
  }

  @Override
  public String toString() {
    return message();
  }
}
