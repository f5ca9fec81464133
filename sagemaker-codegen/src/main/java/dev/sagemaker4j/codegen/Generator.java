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

  Generator(ServiceModel model, List<String> operations) {
    this(model, operations, Extras.none());
  }

  Generator(ServiceModel model, List<String> operations, Extras extras) {
    this.model = model;
    this.operations = operations;
    this.extras = extras;
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

  /** The model module's sources. */
  List<JavaFile> modelSources() {
    return new ModelEmitter(new ModelPlan(model, operations, extras)).emit();
  }

  /** The client module's sources. */
  List<JavaFile> clientSources() {
    return new ClientEmitter(new ModelPlan(model, operations, extras)).emit();
  }

  /** The test kit's sources. */
  List<JavaFile> testingSources() {
    return new TestingEmitter(new ModelPlan(model, operations, extras)).emit();
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
      return lines.findFirst().map(l -> l.contains(ModelEmitter.HEADER)).orElse(false);
    }
  }
}
