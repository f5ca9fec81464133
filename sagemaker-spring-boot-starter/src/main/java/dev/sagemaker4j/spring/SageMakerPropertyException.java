package dev.sagemaker4j.spring;

/**
 * A {@code sagemaker4j.*} property, or its absence, keeps the SageMaker clients from being built.
 * The application does not start; Spring Boot's failure report shows the property, its value and
 * what to do.
 */
public final class SageMakerPropertyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The property's full name. */
  private final String property;
  /** The value as set, or {@code (not set)}. */
  private final String value;
  /** What is wrong. */
  private final String problem;
  /** How to fix it. */
  private final String action;

  /**
   * @param property the property's full name, such as {@code sagemaker4j.region}
   * @param value the value as set, or {@code (not set)}
   * @param problem what is wrong
   * @param action how to fix it
   * @param cause what went wrong underneath, or null
   */
  public SageMakerPropertyException(String property, String value, String problem, String action,
      Throwable cause) {
    super(problem + " (" + property + "=" + value + "). " + action, cause);
    this.property = property;
    this.value = value;
    this.problem = problem;
    this.action = action;
  }

  /** The property's full name, such as {@code sagemaker4j.region}. */
  public String property() {
    return property;
  }

  /** The value as set, or {@code (not set)}. */
  public String value() {
    return value;
  }

  /** What is wrong. */
  public String problem() {
    return problem;
  }

  /** How to fix it. */
  public String action() {
    return action;
  }
}
