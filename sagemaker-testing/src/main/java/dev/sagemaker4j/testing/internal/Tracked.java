package dev.sagemaker4j.testing.internal;

import java.time.Instant;

/**
 * What every stored resource has: its creation time and order, and the Describe calls counted
 * towards its next lifecycle step.
 */
abstract class Tracked {
  final long sequence;
  final Instant created;
  Instant modified;
  private int polls;

  Tracked(State state) {
    this.sequence = state.nextSequence();
    this.created = state.now();
    this.modified = created;
  }

  /**
   * Counts one Describe call; true when enough have been counted to move one step, and the count
   * starts again.
   */
  final boolean polled(State state) {
    polls++;
    if (state.enoughPolls(polls)) {
      polls = 0;
      return true;
    }
    return false;
  }

  /** Starts the count again, after a step the caller caused (an update, a delete, a stop). */
  final void restartPolls() {
    polls = 0;
  }
}
