package dev.sagemaker4j.testing.internal;

import java.util.Map;
import java.util.function.Function;

/**
 * The lifecycle of each kind the engine holds: the family's own where one is registered in
 * {@link #FAMILIES}, else the generic one the kind's status enum gives ({@link StatusLifecycle}).
 *
 * <p>To give a family a lifecycle of its own (training jobs with secondary statuses and model
 * artifacts, say), write it as a {@link Lifecycle}, usually extending {@link StatusLifecycle},
 * and add one entry here: the kind's name as the operations spell it ({@code TrainingJob} for
 * {@code CreateTrainingJob}) and how to make the lifecycle from the {@link Kind}. Nothing else
 * changes: the engine still stores, finds, lists, tags and answers the resources.
 */
final class Lifecycles {
  /** Lifecycles written for a family, by kind name. */
  private static final Map<String, Function<Kind, Lifecycle>> FAMILIES = Map.of();

  private Lifecycles() {}

  static Lifecycle of(Kind kind) {
    Function<Kind, Lifecycle> family = FAMILIES.get(kind.name);
    return family != null ? family.apply(kind) : new StatusLifecycle(kind);
  }
}
