package dev.sagemaker4j.testing.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A resource the engine holds: its kind, key, name and ARN, everything its requests said and the
 * stand-in set, by wire name (what Describe and List answers are made from), its status, and the
 * lifecycle step under way. A {@link Lifecycle} moves it; the engine counts the Describe calls.
 */
final class Resource extends Tracked {
  final Kind kind;
  /** The key members' values, lower-cased and joined: names are unique ignoring case. */
  final String key;
  /** The value of the kind's name member, as the caller wrote it. */
  final String name;
  final String arn;
  private final Map<String, Object> fields = new LinkedHashMap<>();
  private @Nullable String status;
  /** The status the next step reaches; null when no step is under way. */
  @Nullable String next;
  /** The status the next step reaches when a planned failure is taken; null if it cannot fail. */
  @Nullable String failed;
  /** Whether the next step removes the resource (a delete that lingers while Deleting). */
  boolean goneAfterStep;

  Resource(State state, Kind kind, String key, String name, String arn) {
    super(state);
    this.kind = kind;
    this.key = key;
    this.name = name;
    this.arn = arn;
  }

  /** What the resource holds under a wire name, in the form structures hold values; or null. */
  @Nullable Object get(String wireName) {
    return fields.get(wireName);
  }

  /** Sets (or, with null, removes) what the resource holds under a wire name. */
  void set(String wireName, @Nullable Object value) {
    if (value == null) {
      fields.remove(wireName);
    } else {
      fields.put(wireName, value);
    }
  }

  /** Everything it holds, by wire name; unmodifiable. */
  Map<String, Object> fields() {
    return java.util.Collections.unmodifiableMap(fields);
  }

  /** The current status, or null for a kind without one. */
  @Nullable String status() {
    return status;
  }

  /** Moves to a status, which the kind's status member then shows. */
  void status(String status) {
    this.status = status;
    if (kind.statusMember != null) {
      fields.put(kind.statusMember, status);
    }
  }

  /** Plans the next step: to {@code next}, or {@code failed} when a planned failure is taken. */
  void step(String next, @Nullable String failed) {
    this.next = next;
    this.failed = failed;
    this.goneAfterStep = false;
    restartPolls();
  }
}
