package dev.sagemaker4j.codegen;

import com.squareup.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the emitters for a model and a list of operations and writes the sources, replacing
 * whatever an earlier run generated. It refuses to delete a file it did not write.
 */
final class Generator {
  private final ServiceModel model;
  private final List<String> operations;
  private final Extras extras;

  private final ApiBaseline baseline;
  private final Policies policies;

  Generator(ServiceModel model, List<String> operations) {
    this(model, operations, Extras.none(), ApiBaseline.NONE, Policies.none());
  }

  Generator(ServiceModel model, List<String> operations, Extras extras, ApiBaseline baseline,
      Policies policies) {
    this.model = model;
    this.operations = operations;
    this.extras = extras;
    this.baseline = baseline;
    this.policies = policies;
  }

  /**
   * Reads the operations held back: one name per line, each with its reason after a {@code #}
   * (a line without a reason is refused).
   */
  static List<String> readHeldBack(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<String> ops = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int hash = trimmed.indexOf('#');
      if (hash < 0 || trimmed.substring(hash + 1).isBlank()) {
        throw new IllegalArgumentException(file + ": " + trimmed + " is held back without a"
            + " reason; write it after a '#'");
      }
      ops.add(trimmed.substring(0, hash).trim());
    }
    return ops;
  }

  /** Every operation of the model, in its order, but those held back (which must exist). */
  static List<String> allBut(ServiceModel model, List<String> heldBack) {
    for (String op : heldBack) {
      model.operation(op); // fails with the name when the model has no such operation
    }
    List<String> out = new ArrayList<>();
    for (String op : model.operations.keySet()) {
      if (!heldBack.contains(op)) {
        out.add(op);
      }
    }
    return out;
  }

  /** Reads an operation list: one name per line, {@code #} starts a comment. */
  static List<String> readOperations(Path file) throws IOException {
    List<String> ops = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String op = line.replaceFirst("#.*", "").trim();
      if (!op.isEmpty()) {
        if (ops.contains(op)) {
          throw new IllegalArgumentException(file + " lists " + op + " twice");
        }
        ops.add(op);
      }
    }
    return ops;
  }

  /** The model module's sources: structures and enums. */
  List<JavaFile> modelSources() {
    ModelPlan plan = plan();
    List<JavaFile> files = new ArrayList<>(new StructEmitter(plan).emit());
    files.addAll(new EnumEmitter(plan).emit());
    return files;
  }

  /** The client module's sources. */
  List<JavaFile> clientSources() {
    ModelPlan plan = plan();
    List<JavaFile> files = new ArrayList<>(new ClientInterfaceEmitter(plan).emit());
    files.addAll(new OperationsEmitter(plan).emit());
    files.addAll(new ExceptionEmitter(plan).emit());
    files.addAll(new WaiterEmitter(plan).emit());
    files.addAll(new PaginatorEmitter(plan).emit());
    return files;
  }

  /** The test kit's sources. */
  List<JavaFile> testingSources() {
    return new TestingEmitter(plan()).emit();
  }

  /**
   * What the model marks deprecated among the generated structures, by Java name: a structure
   * ({@code Type}) or a member ({@code Type.member}), one a line, sorted. Committed beside the
   * model's generated sources, for its tests to check every one carries {@code @Deprecated}.
   */
  String deprecatedList() {
    ModelPlan plan = plan();
    List<String> names = new ArrayList<>();
    for (ServiceModel.Shape s : plan.structures.values()) {
      String type = plan.typeName(s.name());
      if (s.deprecated()) {
        names.add(type);
      }
      for (MemberInfo m : plan.members(s)) {
        if (m.ref.deprecated()) {
          names.add(type + "." + m.name);
        }
      }
    }
    names.sort(null);
    StringBuilder sb = new StringBuilder("# ").append(JavaNames.HEADER).append('\n')
        .append("# What the model marks deprecated: structures (Type) and members (Type.member)."
            + "\n# The model's tests check that each carries @Deprecated, and nothing else.\n");
    names.forEach(n -> sb.append(n).append('\n'));
    return sb.toString();
  }

  private ModelPlan plan() {
    return new ModelPlan(model, operations, extras, baseline, policies);
  }

  /** Replaces the generated sources under {@code root} with {@code files}. */
  static void write(Path root, List<JavaFile> files) throws IOException {
    clean(root);
    for (JavaFile f : files) {
      f.writeTo(root);
    }
  }

  private static void clean(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        if (Files.isDirectory(p)) {
          try (Stream<Path> entries = Files.list(p)) {
            if (entries.findAny().isEmpty()) {
              Files.delete(p);
            }
          }
        } else if (isGenerated(p)) {
          Files.delete(p);
        } else {
          throw new IOException(p + " is not a generated file; move it out of " + root);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static boolean isGenerated(Path p) throws IOException {
    try (Stream<String> lines = Files.lines(p, StandardCharsets.UTF_8)) {
      return lines.findFirst().map(l -> l.contains(JavaNames.HEADER)).orElse(false);
    }
  }
}
