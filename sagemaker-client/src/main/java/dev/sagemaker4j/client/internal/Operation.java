package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.StructSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the runtime knows about one SageMaker operation, generated from the service model
 * and the project's policy file: its wire target, input and output types and schemas, the
 * idempotency-token member the client fills, its modeled errors, the kind of resource it acts
 * on, which of its failures are SageMaker's eventual consistency, and how to find out whether a
 * create whose answer was lost happened. The generated {@code Operations} holds one per
 * operation, made on first use.
 *
 * <p>The policies are compact data, one {@code key=value} pair per {@code ;}: {@code errors}
 * (modeled error codes, {@code ,}-separated), {@code kind} (the resource), {@code consistency}
 * ({@code Code:message prefix} pairs, {@code |}-separated: the failures that are SageMaker's
 * eventual consistency), {@code describe} (the operation that describes what a create made),
 * {@code exists} (the same pairs: the answers that say the resource already exists), {@code
 * compare} ({@code CreateMember>DescribeMember} renames, {@code ,}-separated, where the two
 * name one fact differently).
 *
 * @param <I> the request type
 * @param <O> the response type
 */
public final class Operation<I extends SageMakerRequest, O extends SageMakerResponse> {
  /** An error answer of a given code whose message starts with a prefix ("" for any). */
  public record ErrorForm(String errorCode, String messagePrefix) {}

  private final String name;
  private final String target;
  private final Class<I> inputType;
  private final Class<O> outputType;
  private final List<String> errors;
  private final @Nullable String kind;
  private final List<ErrorForm> consistency;
  private final @Nullable String describe;
  private final List<ErrorForm> exists;
  private final Map<String, String> renames;
  private volatile @Nullable StructSchema<I> input;
  private volatile @Nullable StructSchema<O> output;
  private volatile @Nullable Member token;
  private volatile boolean tokenResolved;

  /**
   * @param targetPrefix the service's {@code X-Amz-Target} prefix, such as {@code SageMaker}
   * @param policies the operation's policies as compact data (see the class comment)
   */
  public Operation(String name, String targetPrefix, Class<I> inputType, Class<O> outputType,
      String policies) {
    this.name = name;
    this.target = targetPrefix + "." + name;
    this.inputType = inputType;
    this.outputType = outputType;
    Map<String, String> p = parse(policies);
    this.errors = p.containsKey("errors") ? List.of(p.get("errors").split(",")) : List.of();
    this.kind = p.get("kind");
    this.consistency = forms(p.get("consistency"));
    this.exists = forms(p.get("exists"));
    this.describe = p.get("describe");
    Map<String, String> r = new LinkedHashMap<>();
    if (p.containsKey("compare")) {
      for (String pair : p.get("compare").split(",")) {
        int gt = pair.indexOf('>');
        r.put(pair.substring(0, gt), pair.substring(gt + 1));
      }
    }
    this.renames = Map.copyOf(r);
  }

  private static List<ErrorForm> forms(@Nullable String data) {
    if (data == null) {
      return List.of();
    }
    List<ErrorForm> out = new ArrayList<>();
    for (String form : data.split("\\|")) {
      int colon = form.indexOf(':');
      out.add(colon < 0 ? new ErrorForm(form, "")
          : new ErrorForm(form.substring(0, colon), form.substring(colon + 1)));
    }
    return List.copyOf(out);
  }

  private static Map<String, String> parse(String policies) {
    Map<String, String> out = new LinkedHashMap<>();
    if (policies.isEmpty()) {
      return out;
    }
    for (String pair : policies.split(";")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("bad operation policy: " + pair);
      }
      out.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return out;
  }

  /** The operation's name, such as {@code CreateEndpoint}. */
  public String name() {
    return name;
  }

  /** The {@code X-Amz-Target} header, such as {@code SageMaker.CreateEndpoint}. */
  public String target() {
    return target;
  }

  public Class<I> inputType() {
    return inputType;
  }

  public Class<O> outputType() {
    return outputType;
  }

  public StructSchema<I> input() {
    StructSchema<I> s = input;
    if (s == null) {
      s = StructSchema.of(inputType);
      input = s;
    }
    return s;
  }

  public StructSchema<O> output() {
    StructSchema<O> s = output;
    if (s == null) {
      s = StructSchema.of(outputType);
      output = s;
    }
    return s;
  }

  /** The input member the client fills with a token when it is empty, or null. */
  public @Nullable Member idempotencyToken() {
    if (!tokenResolved) {
      Member found = null;
      for (Member m : input().members()) {
        if (m.idempotencyToken()) {
          found = m;
        }
      }
      token = found;
      tokenResolved = true;
    }
    return token;
  }

  /** The error codes the model lists for the operation, such as {@code ResourceInUse}. */
  public List<String> errors() {
    return errors;
  }

  /** The kind of resource the operation acts on, such as {@code Endpoint}, or null. */
  public @Nullable String resourceKind() {
    return kind;
  }

  /** The failures that are SageMaker's eventual consistency, to retry; empty for most. */
  public List<ErrorForm> consistencyRules() {
    return consistency;
  }

  /**
   * The operation that describes what this create made, when a lost answer can be resolved
   * (a create without an idempotency token, with a describe that takes its identifier), or null.
   */
  public @Nullable String describeOperation() {
    return describe;
  }

  /** The answers that say a create's resource already exists. */
  public List<ErrorForm> alreadyExistsForms() {
    return exists;
  }

  /**
   * Members the create and its describe name differently: create member path to describe member
   * path, such as {@code InstanceGroups[].InstanceCount} to {@code InstanceGroups[].TargetCount}.
   */
  public Map<String, String> renamedMembers() {
    return renames;
  }

  @Override
  public String toString() {
    return name;
  }
}
