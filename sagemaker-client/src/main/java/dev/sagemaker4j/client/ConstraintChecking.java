package dev.sagemaker4j.client;

/**
 * What the client does with a request that breaks a rule of the service model it was generated
 * from. The model ages: AWS relaxes rules (a member no longer required, a larger maximum) in
 * routine updates, and an SDK built before such an update would refuse requests the service now
 * accepts. {@link #ENFORCE} is the default; {@link #WARN} keeps the report but sends anyway.
 * Every report, thrown or logged, names the model the SDK was generated from.
 *
 * <pre>{@code
 * SageMakerClient.builder()
 *     .overrideConfiguration(o -> o.constraintChecking(ConstraintChecking.WARN))
 *     .build();
 * }</pre>
 *
 * <p>The older {@code constraintChecking(boolean)} sets {@link #ENFORCE} ({@code true}) or {@link
 * #OFF} ({@code false}); {@link #WARN} has no boolean form.
 */
public enum ConstraintChecking {
  /** Throws {@code ConstraintViolationException} listing every violation; nothing is sent. */
  ENFORCE,
  /**
   * Logs the violations at WARN (each distinct report once) and sends the request: SageMaker
   * decides. For applications that must not be held back by a stale model.
   */
  WARN,
  /** Does not check. */
  OFF
}
