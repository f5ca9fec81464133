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

  ModelPlan(ServiceModel model, List<String> operationNames) {
    this(model, operationNames, Extras.none());
  }

  ModelPlan(ServiceModel model, List<String> operationNames, Extras extras) {
    this.model = model;
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
    rejectCycles();
    this.waiters = waiters(extras);
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
      "SageMakerRequest", "SageMakerResponse", "ResponseMetadata", "ConstraintChecker",
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

  /** Schemas refer to each other eagerly; a cycle would leave one of them null. */
  private void rejectCycles() {
    Map<String, Integer> state = new HashMap<>();
    for (String s : structures.keySet()) {
      visit(s, state, new ArrayList<>());
    }
  }

  private void visit(String s, Map<String, Integer> state, List<String> stack) {
    Integer st = state.get(s);
    if (st != null && st == 2) {
      return;
    }
    stack.add(s);
    if (st != null && st == 1) {
      throw new IllegalArgumentException("recursive structures are not supported: " + stack);
    }
    state.put(s, 1);
    for (MemberRef m : structures.get(s).members().values()) {
      for (String target : structuresIn(m.target())) {
        visit(target, state, stack);
      }
    }
    state.put(s, 2);
    stack.remove(stack.size() - 1);
  }

  private List<String> structuresIn(String shapeName) {
    Shape t = model.shape(shapeName);
    switch (t.type()) {
      case "structure":
        return List.of(shapeName);
      case "list":
        return structuresIn(t.listMember());
      case "map":
        return structuresIn(t.mapValue());
      default:
        return List.of();
    }
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
