package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.client.internal.Operation;
import dev.sagemaker4j.client.internal.Operations;
import dev.sagemaker4j.model.internal.Enums;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.StringShape;
import dev.sagemaker4j.model.internal.StructSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One kind of resource the engine stores, such as {@code TrainingJob}, derived from the generated
 * descriptors and schemas by the service's naming conventions, never from a list of its own:
 * {@code Create<X>} makes one, {@code Describe<X>}, {@code Update<X>}, {@code Delete<X>}, {@code
 * Start<X>} and {@code Stop<X>} find it by the members that identify it, {@code List<X>s} lists
 * the kind. A kind exists when {@code Create<X>} does and something finds what it makes: a
 * describe, a delete or a list.
 *
 * <p>The identifying members (the key) are the describe's required request members, plus its
 * optional ones that the create also takes (an app's {@code UserProfileName}); without a
 * describe, the delete's. Key members the create request lacks are made by the stand-in and
 * returned in the create's answer: ids ({@code DomainId}) and ARNs ({@code ArtifactArn}).
 */
final class Kind {
  private static final Set<String> PAGING = Set.of("NextToken", "MaxResults");

  final String name;
  /** The resource type in its ARNs, such as {@code training-job}. */
  final String arnType;
  /** How messages call it, such as {@code training job}. */
  final String thing;
  final Operation<?, ?> create;
  final @Nullable Operation<?, ?> describe;
  /** The identifying members, in the describe's order. */
  final List<String> keys;
  /** The key members the stand-in makes rather than the caller. */
  final List<String> generated;
  /** The key member that names the resource: NameContains, sorting by name, messages. */
  final String nameMember;
  /** Where the create's answer (and the describe's) carries the ARN, or null. */
  final @Nullable String arnMember;
  /** The describe's status member, one the create does not set, or null. */
  final @Nullable String statusMember;
  /** The status member's values in model order; empty without one. */
  final List<String> statuses;
  /** The describe's member that says why a step failed, or null. */
  final @Nullable String failureMember;

  private Kind(String name, Operation<?, ?> create, @Nullable Operation<?, ?> describe,
      List<String> keys, List<String> generated) {
    this.name = name;
    this.create = create;
    this.describe = describe;
    this.keys = List.copyOf(keys);
    this.generated = List.copyOf(generated);
    List<String> words = words(name);
    this.arnType = arnType(name, words);
    this.thing = thing(words);
    this.nameMember = nameMember(keys);
    this.arnMember = arnMember(name, create.output(), describe);
    StructSchema<?> described = describe == null ? null : describe.output();
    this.statusMember = described == null ? null : statusMember(name, described, create.input());
    this.statuses = statusMember == null ? List.of() : values(described.member(statusMember));
    this.failureMember = described == null ? null
        : described.member("FailureReason") != null ? "FailureReason"
        : described.member("FailureMessage") != null ? "FailureMessage" : null;
  }

  /**
   * The kind {@code Create<name>} makes, or null when the model has no such create or nothing
   * finds what it makes (a presigned URL, say).
   */
  static @Nullable Kind derive(String name) {
    Operation<?, ?> create = Operations.byName("Create" + name);
    if (create == null) {
      return null;
    }
    Operation<?, ?> describe = Operations.byName("Describe" + name);
    Operation<?, ?> delete = Operations.byName("Delete" + name);
    StructSchema<?> in = create.input();
    StructSchema<?> out = create.output();
    List<String> keys = new ArrayList<>();
    if (describe != null) {
      for (Member m : describe.input().members()) {
        if (!PAGING.contains(m.wireName()) && (m.required() || in.member(m.wireName()) != null)) {
          keys.add(m.wireName());
        }
      }
    } else if (delete != null) {
      for (Member m : delete.input().members()) {
        if (m.required() && !m.idempotencyToken()) {
          keys.add(m.wireName());
        }
      }
    } else if (Operations.byName("List" + plural(name)) != null) {
      Member named = in.member(name + "Name");
      if (named != null) {
        keys.add(named.wireName());
      }
    }
    if (keys.isEmpty()) {
      return null;
    }
    List<String> generated = new ArrayList<>();
    for (String k : keys) {
      if (in.member(k) == null) {
        if (out.member(k) == null) {
          return null; // nothing says what the create made
        }
        generated.add(k);
      }
    }
    return new Kind(name, create, describe, keys, generated);
  }

  /** The resource kind an operation's name ends with, after its verb: "TrainingJob". */
  static String of(String operation, String verb) {
    return operation.substring(verb.length());
  }

  /** {@code List<X>s}' plural of a kind name, as the service writes it. */
  static String plural(String kind) {
    if (kind.endsWith("y") && !kind.endsWith("ey")) {
      return kind.substring(0, kind.length() - 1) + "ies";
    }
    return kind.endsWith("s") ? kind + "es" : kind + "s";
  }

  /** Whether a key member is one the stand-in makes. */
  boolean isGenerated(String key) {
    return generated.contains(key);
  }

  /** {@link #thing} with its first letter upper-cased, for messages that start with it. */
  String titled() {
    return Character.toUpperCase(thing.charAt(0)) + thing.substring(1);
  }

  /** The words of a camel-case name: {@code AIBenchmarkJob} is AI, Benchmark, Job. */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static String arnType(String name, List<String> words) {
    // The service's own spelling where the words would give another: automl-job.
    if (name.startsWith("AutoMLJob")) {
      return "automl-job";
    }
    List<String> lower = new ArrayList<>();
    for (String w : words) {
      lower.add(w.toLowerCase(Locale.ROOT));
    }
    return String.join("-", lower);
  }

  private static String thing(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      // GUESS: "Config" is spelled out, as in the service's "endpoint configuration"; acronyms
      // stay.
      String word = w.equals("Config") ? "configuration"
          : w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) ? w
          : w.toLowerCase(Locale.ROOT);
      out.add(word);
    }
    return String.join(" ", out);
  }

  private static String nameMember(List<String> keys) {
    for (int i = keys.size() - 1; i >= 0; i--) {
      if (keys.get(i).endsWith("Name")) {
        return keys.get(i);
      }
    }
    return keys.get(0);
  }

  /**
   * {@code <X>Arn} in the create's or describe's answer; else {@code Arn}; else the member ending
   * in {@code Arn} whose stem is the longest part of the kind's name ({@code JobDefinitionArn}
   * for {@code DataQualityJobDefinition}).
   */
  private static @Nullable String arnMember(String name, StructSchema<?> created,
      @Nullable Operation<?, ?> describe) {
    List<StructSchema<?>> outs = new ArrayList<>();
    outs.add(created);
    if (describe != null) {
      outs.add(describe.output());
    }
    for (StructSchema<?> s : outs) {
      if (s.member(name + "Arn") != null) {
        return name + "Arn";
      }
    }
    for (StructSchema<?> s : outs) {
      if (s.member("Arn") != null) {
        return "Arn";
      }
    }
    String best = null;
    for (StructSchema<?> s : outs) {
      for (Member m : s.members()) {
        String w = m.wireName();
        if (w.endsWith("Arn") && name.contains(w.substring(0, w.length() - 3))
            && (best == null || w.length() > best.length())) {
          best = w;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  private static @Nullable String statusMember(String name, StructSchema<?> described,
      StructSchema<?> createInput) {
    List<String> candidates = new ArrayList<>(List.of(name + "Status", "Status"));
    for (Member m : described.members()) {
      String w = m.wireName();
      if (w.endsWith("Status") && name.contains(w.substring(0, w.length() - 6))) {
        candidates.add(w);
      }
    }
    for (String c : candidates) {
      Member m = described.member(c);
      if (m != null && createInput.member(c) == null && !values(m).isEmpty()) {
        return c;
      }
    }
    return null;
  }

  /** The values of an enum-valued member in model order; empty for any other member. */
  static List<String> values(@Nullable Member m) {
    if (m == null || !(m.shape() instanceof StringShape s) || s.enumType() == null) {
      return List.of();
    }
    return enumValues(s);
  }

  /** The values of an enum-valued string shape in model order. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static List<String> enumValues(StringShape s) {
    Class type = s.enumType();
    if (type == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object e : Enums.known(type)) {
      out.add(e.toString());
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public String toString() {
    return name;
  }
}
