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
  private record Planned(ResourceKind kind, @Nullable String name, String reason) {}

  private final List<Planned> planned = new ArrayList<>();

  void add(ResourceKind kind, @Nullable String name, String reason) {
    planned.add(new Planned(kind, name, reason));
  }

  /**
   * The reason of the first failure planned for {@code kind} whose name is null or one of {@code
   * names} (case-insensitively), removing it; null when there is none.
   */
  @Nullable String take(ResourceKind kind, String... names) {
    for (Iterator<Planned> it = planned.iterator(); it.hasNext(); ) {
      Planned p = it.next();
      if (p.kind == kind && (p.name == null || matches(p.name, names))) {
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
