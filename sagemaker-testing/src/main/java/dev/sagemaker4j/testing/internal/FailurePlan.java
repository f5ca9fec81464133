package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.testing.ResourceKind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Failures a test asked for: the next lifecycle step of a matching resource that would end in
 * success ends in failure instead, with the given reason. Each failure is used once, in the order
 * they were asked for. Guarded by the state's lock.
 */
final class FailurePlan {
  private record Planned(String kind, @Nullable String name, String reason) {}

  private final List<Planned> planned = new ArrayList<>();

  /**
   * Plans a failure for a kind as the operations name it ({@code TrainingJob}); {@code name} is
   * the resource's name or ARN, or null for any.
   */
  void add(String kind, @Nullable String name, String reason) {
    planned.add(new Planned(kind, name, reason));
  }

  /** The kind's name as the operations spell it: {@code PROCESSING_JOB} is ProcessingJob. */
  static String kindName(ResourceKind kind) {
    StringBuilder sb = new StringBuilder();
    for (String w : kind.name().split("_")) {
      sb.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  /**
   * The reason of the first failure planned for {@code kind} whose name is null or one of {@code
   * names} (case-insensitively), removing it; null when there is none.
   */
  @Nullable String take(ResourceKind kind, String... names) {
    return take(kindName(kind), names);
  }

  /** {@link #take(ResourceKind, String...)} for a kind as the operations name it. */
  @Nullable String take(String kind, String... names) {
    for (Iterator<Planned> it = planned.iterator(); it.hasNext(); ) {
      Planned p = it.next();
      if (p.kind.equals(kind) && (p.name == null || matches(p.name, names))) {
        it.remove();
        return p.reason;
      }
    }
    return null;
  }

  private static boolean matches(String wanted, String... names) {
    for (String n : names) {
      if (n != null && n.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  void clear() {
    planned.clear();
  }
}
