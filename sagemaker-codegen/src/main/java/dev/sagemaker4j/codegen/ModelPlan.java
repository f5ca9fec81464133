package dev.sagemaker4j.codegen;

import dev.sagemaker4j.codegen.ServiceModel.MemberRef;
import dev.sagemaker4j.codegen.ServiceModel.Operation;
import dev.sagemaker4j.codegen.ServiceModel.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What to generate for a list of operations: the closure of shapes they reach, the Java name of
 * every structure and enum, and which structures are operation inputs and outputs. Every naming
 * decision is made here, once; the emitters only write.
 */
final class ModelPlan {
  final ServiceModel model;
  final List<Operation> operations;
  /** Structures to generate, by shape name, sorted. */
  final Map<String, Shape> structures;
  /** Enums to generate, by shape name, sorted. */
  final Map<String, Shape> enums;
  /** Modeled error shapes the operations name, sorted. */
  final Map<String, Shape> errors;
  /** Java simple name of every generated structure and enum, by shape name. */
  final Map<String, String> typeNames;
  /** Input structure of each operation, by operation name. */
  final Map<String, String> inputOf;
  /** Output structure of each operation (synthesized when the model has none). */
  final Map<String, String> outputOf;
  final Set<String> inputShapes;
  final Set<String> outputShapes;
  /** Waiters on generated operations, in file order. */
  final List<Extras.Waiter> waiters;
  /** Paginators of generated operations, in operation order. */
  final List<Extras.Paginator> paginators;

  /** What earlier releases published, which regeneration keeps. */
  final ApiBaseline baseline;
  /** The per-operation facts the model does not state. */
  final Policies policies;

  ModelPlan(ServiceModel model, List<String> operationNames) {
    this(model, operationNames, Extras.none(), ApiBaseline.NONE, Policies.none());
  }

  ModelPlan(ServiceModel model, List<String> operationNames, Extras extras,
      ApiBaseline baseline, Policies policies) {
    this.model = model;
    this.baseline = baseline;
    this.policies = policies;
    List<Operation> ops = new ArrayList<>();
    Map<String, Shape> structs = new TreeMap<>();
    Map<String, Shape> enumShapes = new TreeMap<>();
    Map<String, Shape> errorShapes = new TreeMap<>();
    Map<String, String> names = new HashMap<>();
    Map<String, String> inputs = new LinkedHashMap<>();
    Map<String, String> outputs = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (String name : operationNames) {
      Operation op = model.operation(name);
      ops.add(op);
      if (op.input() == null) {
        throw new IllegalArgumentException(name + " has no input shape; not supported");
      }
      inputs.put(name, op.input());
      names.put(op.input(), name + "Request");
      walk(op.input(), seen, structs, enumShapes);
      String output = op.output();
      if (output == null) {
        output = name + "Output";
        if (model.shapes.containsKey(output)) {
          output = name + "SyntheticOutput";
        }
        structs.put(output, new Shape(output, "structure", null, null, null, List.of(), Map.of(),
            Set.of(), false, false, false, false, null, null, null, null, null, List.of()));
      } else {
        walk(output, seen, structs, enumShapes);
      }
      outputs.put(name, output);
      names.put(output, name + "Response");
      for (String e : op.errors()) {
        Shape err = model.shape(e);
        if (!err.exception()) {
          throw new IllegalArgumentException(name + " names " + e + " as an error, not an exception");
        }
        errorShapes.put(e, err);
      }
    }
    for (String s : structs.keySet()) {
      names.putIfAbsent(s, javaTypeName(s));
    }
    for (String s : enumShapes.keySet()) {
      names.putIfAbsent(s, javaTypeName(s));
    }
    Map<String, String> byJavaName = new HashMap<>();
    for (Map.Entry<String, String> e : names.entrySet()) {
      String other = byJavaName.put(e.getValue(), e.getKey());
      if (other != null) {
        throw new IllegalArgumentException("shapes " + other + " and " + e.getKey()
            + " would both be named " + e.getValue());
      }
    }
    this.operations = List.copyOf(ops);
    this.structures = Collections.unmodifiableMap(structs);
    this.enums = Collections.unmodifiableMap(enumShapes);
    this.errors = Collections.unmodifiableMap(errorShapes);
    this.typeNames = Collections.unmodifiableMap(names);
    this.inputOf = Collections.unmodifiableMap(inputs);
    this.outputOf = Collections.unmodifiableMap(outputs);
    this.inputShapes = Set.copyOf(inputs.values());
    this.outputShapes = Set.copyOf(outputs.values());
    for (Shape s : structs.values()) {
      if (inputShapes.contains(s.name()) && outputShapes.contains(s.name())) {
        throw new IllegalArgumentException(s.name() + " is both an input and an output");
      }
    }
    this.waiters = waiters(extras);
    checkPolicies();
    this.paginators = paginators(extras);
  }

  private static final java.util.regex.Pattern PATH =
      java.util.regex.Pattern.compile("[A-Za-z0-9]+(\\[\\])?(\\.[A-Za-z0-9]+(\\[\\])?)*");

  private List<Extras.Waiter> waiters(Extras extras) {
    List<Extras.Waiter> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Extras.Waiter w : extras.waiters) {
      if (!inputOf.containsKey(w.operation())) {
        continue;
      }
      if (!names.add(w.name())) {
        throw new IllegalArgumentException("waiter " + w.name() + " is defined twice (again in "
            + w.source() + ")");
      }
      for (Extras.Acceptor a : w.acceptors()) {
        if (!Set.of("success", "failure", "retry").contains(a.state())) {
          throw new IllegalArgumentException(w.name() + ": unknown acceptor state " + a.state());
        }
        switch (a.matcher()) {
          case "error" -> {
            if (!a.expected().isTextual()) {
              throw new IllegalArgumentException(w.name() + ": error acceptors must name a code");
            }
          }
          case "path", "pathAll", "pathAny" -> checkPath(w, a.argument());
          default -> throw new IllegalArgumentException(w.name() + ": matcher " + a.matcher()
              + " is not supported by the waiter engine");
        }
      }
      out.add(w);
    }
    return List.copyOf(out);
  }

  /** A path must be member names (with [] projections) that exist on the polled output. */
  private void checkPath(Extras.Waiter w, String path) {
    if (path == null || !PATH.matcher(path).matches()) {
      throw new IllegalArgumentException(w.name() + ": path " + path
          + " is not of the form a.b[].c the waiter engine reads");
    }
    Shape current = shape(outputOf.get(w.operation()));
    for (String part : path.split("\\.")) {
      String name = part.replace("[]", "");
      while ("list".equals(current.type())) {
        current = shape(current.listMember());
      }
      MemberRef m = current.members().get(name);
      if (m == null) {
        throw new IllegalArgumentException(w.name() + ": " + current.name() + " has no member "
            + name + " (path " + path + ")");
      }
      current = shape(m.target());
    }
  }

  private List<Extras.Paginator> paginators(Extras extras) {
    List<Extras.Paginator> out = new ArrayList<>();
    for (Operation op : operations) {
      Extras.Paginator p = extras.paginators.get(op.name());
      if (p == null) {
        continue;
      }
      Shape in = shape(inputOf.get(op.name()));
      Shape outShape = shape(outputOf.get(op.name()));
      if (p.inputToken() == null || !in.members().containsKey(p.inputToken())
          || p.outputToken() == null || !outShape.members().containsKey(p.outputToken())
          || p.resultKey() == null || !outShape.members().containsKey(p.resultKey())
          || !"list".equals(shape(outShape.members().get(p.resultKey()).target()).type())) {
        throw new IllegalArgumentException("paginator of " + op.name()
            + " is not a single-token, single-list paginator the engine supports: " + p);
      }
      out.add(p);
    }
    return List.copyOf(out);
  }

  private static final Set<String> TAKEN_NAMES = Set.of("Object", "String", "Integer", "Long",
      "Float", "Double", "Boolean", "List", "Map", "Optional", "Instant", "Override", "Builder",
      "SageMakerRequest", "SageMakerResponse", "SageMakerObject", "ResponseMetadata",
      "ConstraintChecker",
      "ConstraintViolation", "ConstraintViolationException", "Nullable", "Value", "Consumer");

  private static String javaTypeName(String shapeName) {
    String name = Naming.capitalize(shapeName.replaceAll("[^A-Za-z0-9_]", ""));
    if (TAKEN_NAMES.contains(name) || name.startsWith("Immutable")) {
      name = name + "Shape";
    }
    return name;
  }

  private void walk(String name, Set<String> seen, Map<String, Shape> structs,
      Map<String, Shape> enumShapes) {
    if (!seen.add(name)) {
      return;
    }
    Shape s = model.shape(name);
    if (!s.unsupported().isEmpty()) {
      throw new IllegalArgumentException("shape " + name + " uses " + s.unsupported()
          + ", which the generator does not support");
    }
    switch (s.type()) {
      case "structure":
        for (MemberRef m : s.members().values()) {
          if (!m.unsupported().isEmpty()) {
            throw new IllegalArgumentException("member " + name + "." + m.name() + " uses "
                + m.unsupported() + ", which the generator does not support");
          }
        }
        if (s.exception()) {
          throw new IllegalArgumentException(name + " is an exception used as data");
        }
        structs.put(name, s);
        for (MemberRef m : s.members().values()) {
          walk(m.target(), seen, structs, enumShapes);
        }
        break;
      case "list":
        walk(s.listMember(), seen, structs, enumShapes);
        break;
      case "map":
        walk(s.mapKey(), seen, structs, enumShapes);
        walk(s.mapValue(), seen, structs, enumShapes);
        break;
      case "string":
        if (s.isEnum()) {
          enumShapes.put(name, s);
        }
        break;
      case "boolean":
      case "integer":
      case "long":
      case "float":
      case "double":
      case "timestamp":
        break;
      default:
        throw new IllegalArgumentException(
            "shape " + name + " has type " + s.type() + ", which the generator does not support");
    }
  }

  /**
   * The members of a structure as Java sees them. An accessor keeps the form (plain or {@code
   * Optional}) the API baseline records for it, so that a model update that changes whether a
   * member is required changes no published signature; a member the baseline does not know takes
   * the form the model gives it.
   */
  List<MemberInfo> members(Shape s) {
    List<MemberInfo> out = new ArrayList<>();
    int i = 0;
    for (MemberRef m : s.members().values()) {
      boolean modelRequired = s.required().contains(m.name()) && !m.idempotencyToken();
      Boolean recorded = baseline.plainAccessor(typeName(s.name()), Naming.memberName(m.name()));
      out.add(new MemberInfo(this, s, m, i++, recorded != null ? recorded : modelRequired));
    }
    return out;
  }

  private static final List<String> VERBS = List.of("Create", "Describe", "Update", "Delete",
      "Start", "Stop", "List");

  /**
   * The kind of resource an operation acts on, by the service's naming: {@code Endpoint} for
   * {@code CreateEndpoint}, {@code DescribeEndpoint}, ...; for {@code ListEndpoints}, the kind
   * whose {@code Describe} or {@code Create} the model has. Null when the name says nothing.
   */
  String resourceKind(Operation op) {
    for (String verb : VERBS) {
      String name = op.name();
      if (name.startsWith(verb) && name.length() > verb.length()
          && Character.isUpperCase(name.charAt(verb.length()))) {
        String rest = name.substring(verb.length());
        if (!verb.equals("List")) {
          return rest;
        }
        for (String singular : singulars(rest)) {
          if (model.operations.containsKey("Describe" + singular)
              || model.operations.containsKey("Create" + singular)) {
            return singular;
          }
        }
        return null;
      }
    }
    return null;
  }

  private static List<String> singulars(String plural) {
    List<String> out = new ArrayList<>();
    if (plural.endsWith("ies")) {
      out.add(plural.substring(0, plural.length() - 3) + "y");
    }
    if (plural.endsWith("es")) {
      out.add(plural.substring(0, plural.length() - 2));
    }
    if (plural.endsWith("s")) {
      out.add(plural.substring(0, plural.length() - 1));
    }
    return out;
  }

  /**
   * The describe that finds out whether a create whose answer was lost happened, by convention:
   * {@code Create<X>} without an idempotency token (a token makes the retry safe by itself),
   * whose {@code Describe<X>} is generated, takes nothing the create request lacks, and answers
   * with a {@code CreationTime}. The policy file can rule one out. Null when there is none.
   */
  String describeOf(Operation op) {
    if (!op.name().startsWith("Create")) {
      return null;
    }
    if (Boolean.FALSE.equals(policies.of(op.name()).resolvable())) {
      return null;
    }
    String describe = "Describe" + op.name().substring("Create".length());
    if (!inputOf.containsKey(describe)) {
      return null;
    }
    Shape createIn = shape(inputOf.get(op.name()));
    for (MemberRef m : createIn.members().values()) {
      if (m.idempotencyToken()) {
        return null;
      }
    }
    Shape describeIn = shape(inputOf.get(describe));
    for (String required : describeIn.required()) {
      MemberRef c = createIn.members().get(required);
      if (c == null || !c.target().equals(describeIn.members().get(required).target())
          && !"string".equals(shape(c.target()).type())) {
        return null;
      }
    }
    if (!shape(outputOf.get(describe)).members().containsKey("CreationTime")) {
      return null;
    }
    return describe;
  }

  /** Every operation the policy file names exists, and every member path it names too. */
  private void checkPolicies() {
    for (Map.Entry<String, Policies.OperationPolicy> e : policies.operations.entrySet()) {
      if (!model.operations.containsKey(e.getKey())) {
        throw new IllegalArgumentException("operation-policies.json names " + e.getKey()
            + ", which the service model does not have");
      }
      if (!inputOf.containsKey(e.getKey())) {
        continue; // not generated: nothing to check against
      }
      Operation op = model.operation(e.getKey());
      String describe = describeOf(op);
      for (Map.Entry<String, String> c : e.getValue().compare().entrySet()) {
        if (describe == null) {
          throw new IllegalArgumentException("operation-policies.json: " + e.getKey()
              + " compares members, but no describe resolves it");
        }
        memberPath(inputOf.get(e.getKey()), c.getKey(), e.getKey());
        memberPath(outputOf.get(describe), c.getValue(), describe);
      }
    }
  }

  private void memberPath(String root, String path, String where) {
    Shape current = shape(root);
    for (String part : path.split("\\.")) {
      String name = part.replace("[]", "");
      while ("list".equals(current.type())) {
        current = shape(current.listMember());
      }
      MemberRef m = current.members().get(name);
      if (m == null) {
        throw new IllegalArgumentException("operation-policies.json: " + where + " has no member "
            + path);
      }
      current = shape(m.target());
    }
  }

  /** The request type of an operation. */
  com.squareup.javapoet.ClassName request(Operation op) {
    return JavaNames.model(typeName(inputOf.get(op.name())));
  }

  /** The response type of an operation. */
  com.squareup.javapoet.ClassName response(Operation op) {
    return JavaNames.model(typeName(outputOf.get(op.name())));
  }

  /** The client method of an operation, such as {@code createEndpoint}. */
  static String methodName(Operation op) {
    return Naming.memberName(op.name());
  }

  /** A generated operation by name. */
  Operation operation(String name) {
    for (Operation op : operations) {
      if (op.name().equals(name)) {
        return op;
      }
    }
    throw new IllegalArgumentException(name + " is not a generated operation");
  }

  Shape shape(String name) {
    Shape s = structures.get(name);
    return s != null ? s : model.shape(name);
  }

  String typeName(String shapeName) {
    String n = typeNames.get(shapeName);
    if (n == null) {
      throw new IllegalStateException("no type for " + shapeName);
    }
    return n;
  }

  /** The operation whose input or output {@code shapeName} is, or null. */
  String operationOf(String shapeName) {
    for (Map.Entry<String, String> e : inputOf.entrySet()) {
      if (e.getValue().equals(shapeName)) {
        return e.getKey();
      }
    }
    for (Map.Entry<String, String> e : outputOf.entrySet()) {
      if (e.getValue().equals(shapeName)) {
        return e.getKey();
      }
    }
    return null;
  }
}
