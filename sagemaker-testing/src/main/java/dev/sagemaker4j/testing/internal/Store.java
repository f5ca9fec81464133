package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.client.internal.Operation;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.StringShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The engine's resources, by kind and key and by ARN, and how requests name them: the key a
 * request's key members make, the ARN of a key, the ARNs and ids the stand-in makes, and the
 * service's answer for a resource it does not hold. Guarded by the state's lock.
 */
final class Store {
  private final State state;
  private final Map<String, Map<String, Resource>> byKind = new HashMap<>();
  private final Map<String, Resource> byArn = new HashMap<>();

  Store(State state) {
    this.state = state;
  }

  /** The resources of a kind, by key. */
  Map<String, Resource> of(Kind kind) {
    return byKind.computeIfAbsent(kind.name, k -> new HashMap<>());
  }

  void put(Resource r) {
    of(r.kind).put(r.key, r);
    byArn.put(r.arn.toLowerCase(Locale.ROOT), r);
  }

  void remove(Resource r) {
    of(r.kind).remove(r.key);
    byArn.remove(r.arn.toLowerCase(Locale.ROOT));
  }

  int count() {
    return byArn.size();
  }

  void reset() {
    byKind.clear();
    byArn.clear();
  }

  /** The resource a request names by the kind's key members, or the not-found error. */
  Resource find(Operation<?, ?> op, Kind kind, Map<String, Object> request) {
    List<String> values = new ArrayList<>();
    for (String k : kind.keys) {
      Object v = request.get(k);
      values.add(v == null ? "" : v.toString());
    }
    Resource r = null;
    if (values.stream().allMatch(String::isEmpty)) {
      // Named by its ARN instead (UpdateModelPackage's ModelPackageArn, say).
      for (String arnMember : List.of(kind.name + "Arn", String.valueOf(kind.arnMember))) {
        if (request.get(arnMember) instanceof String arn) {
          values = List.of(arn);
          break;
        }
      }
    }
    String only = values.size() == 1 ? values.get(0) : null;
    if (only != null && only.startsWith("arn:")) {
      // A name member may take the ARN too, where the model's pattern lets it.
      r = byArn.get(only.toLowerCase(Locale.ROOT));
      if (r == null || r.kind != kind) {
        throw notFound(op, kind, only.toLowerCase(Locale.ROOT));
      }
      return r;
    }
    r = of(kind).get(key(values));
    if (r == null) {
      throw notFound(op, kind, arn(kind, values));
    }
    return r;
  }

  static ServiceError notFound(Operation<?, ?> op, Kind kind, String arn) {
    return op.errors().contains("ResourceNotFound")
        ? ServiceError.resourceNotFound(kind.titled() + " \"" + arn + "\" does not exist.")
        : ServiceError.validation("Could not find " + kind.thing + " \"" + arn + "\".");
  }

  /** The shape later requests give a key member the stand-in makes: the describe's, else ours. */
  static StringShape keyShape(Operation<?, ?> op, Kind kind, String key) {
    Member m = kind.describe == null ? null : kind.describe.input().member(key);
    return (StringShape) (m != null ? m : op.output().member(key)).shape();
  }

  /**
   * An ARN of this account and region that the model's pattern for it accepts ({@code
   * partner-app/app-<12 upper-case letters or digits>}), else {@code fallback}.
   */
  String madeArn(StringShape shape, String fallback) {
    String pattern = shape.pattern();
    int account = pattern == null ? -1 : pattern.indexOf(":[0-9]{12}:");
    if (account < 0) {
      return fallback;
    }
    String tail = pattern.substring(account + ":[0-9]{12}:".length());
    for (int attempt = 0; attempt < 5; attempt++) {
      String arn = state.arnPrefix() + Sampler.sample(tail);
      if (shape.compiledPattern().matcher(arn).matches()) {
        return arn;
      }
    }
    return fallback;
  }

  /**
   * The ARN of a resource of {@code kind} with these key values: its names joined with {@code /}
   * (GUESS for keys of several names), or the id the stand-in made.
   */
  String arn(Kind kind, List<String> values) {
    if (!kind.generated.isEmpty()) {
      return state.arnPrefix() + kind.arnType + "/" + values.get(0).toLowerCase(Locale.ROOT);
    }
    StringBuilder path = new StringBuilder();
    for (String v : values) {
      if (!v.isEmpty()) {
        path.append(path.length() == 0 ? "" : "/").append(v.toLowerCase(Locale.ROOT));
      }
    }
    return state.arnPrefix() + kind.arnType + "/" + path;
  }

  /** The key of these key values. */
  static String key(List<String> values) {
    // GUESS: names are unique ignoring case, as the ARNs that carry them are lower-cased.
    return String.join("\u0001", values).toLowerCase(Locale.ROOT);
  }
}
