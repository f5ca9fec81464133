package dev.sagemaker4j.testing.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How the resources of one kind move through their states: the extension point for a family
 * whose lifecycle is more than the generic one ({@link StatusLifecycle}, which the status enum
 * of the kind's describe gives). The engine calls one method per operation that changes a
 * resource, after it has stored what the request said, and {@link #advance} after every {@code
 * pollsPerTransition} Describe calls of the resource, once the answer has been made: so a
 * Describe shows the state before the step, and the next one the state after.
 *
 * <p>A lifecycle sets the status with {@link Resource#status(String)}, anything else the
 * describe shows with {@link Resource#set} (by wire name: {@code SecondaryStatus}, {@code
 * ModelArtifacts}, end times), and plans steps with {@link Resource#step}. It refuses an
 * operation by throwing a {@link ServiceError}. To give a family its own, write a class that
 * implements this interface (extending {@link StatusLifecycle} keeps the generic behaviour for
 * what it does not override) and add it to {@link Lifecycles}.
 */
interface Lifecycle {
  /** What a lifecycle may ask of the engine. */
  interface Steps {
    /** The stand-in's time. */
    Instant now();

    /**
     * The reason of a failure a test planned for this resource ({@code LocalSageMaker.failNext}),
     * taken so it is used once; null when none is planned.
     */
    @Nullable String failure(Resource r);

    /** How many Describe calls make one step. */
    int pollsPerTransition();
  }

  /** {@code Create<X>} made the resource: its first status, and the step it starts. */
  void created(Resource r, Steps steps);

  /** {@code Update<X>} changed it (what the request said is already stored). */
  void updated(Resource r, Steps steps);

  /** {@code Start<X>}. */
  void started(Resource r, Steps steps);

  /** {@code Stop<X>}. */
  void stopped(Resource r, Steps steps);

  /**
   * {@code Delete<X>}: true when the resource is gone at once, false when it lingers (listed,
   * holding its name) until a step removes it.
   */
  boolean deleted(Resource r, Steps steps);

  /** Enough Describe calls were made: one step. True when the resource is then gone. */
  boolean advance(Resource r, Steps steps);
}
