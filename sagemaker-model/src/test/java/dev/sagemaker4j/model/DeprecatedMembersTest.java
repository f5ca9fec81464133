package dev.sagemaker4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.model.fixtures.ModelTypes;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.StructSchema;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the service model marks deprecated, and only that, carries {@code @Deprecated} and a
 * Javadoc {@code @deprecated} line. What the model marks comes from {@code
 * src/generated/deprecated.txt}, which the generator writes from the model's {@code deprecated}
 * flags beside the sources (and CI compares with a fresh regeneration); what the classes carry
 * is read by reflection, every accessor and builder setter of a member included.
 */
class DeprecatedMembersTest {
  private static final Path LIST = Path.of("src/generated/deprecated.txt");
  private static final Path SOURCES = Path.of("src/generated/java/dev/sagemaker4j/model");

  @Test
  void deprecatedInTheModel_isDeprecatedInJava_andNothingElseIs() throws IOException {
    List<String> listed = Files.readAllLines(LIST).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    Set<String> expected = new TreeSet<>();
    Set<String> actual = new TreeSet<>();
    for (StructSchema<?> schema : ModelTypes.all()) {
      Class<?> type = schema.type();
      String name = type.getSimpleName();
      if (listed.contains(name)) {
        expected.add(name);
      }
      if (type.isAnnotationPresent(Deprecated.class)) {
        actual.add(name);
      }
      for (Member member : schema.members()) {
        String javaName = ModelTypes.javaName(member.wireName());
        if (listed.contains(name + "." + javaName)) {
          List<String> methods = methodsOf(type, javaName);
          assertTrue(methods.stream().anyMatch(m -> m.startsWith(name + "#"))
              && methods.stream().anyMatch(m -> m.startsWith(name + ".Builder#")),
              name + "." + javaName + " has an accessor and a setter: " + methods);
          expected.addAll(methods);
        }
      }
      for (Class<?> c : List.of(type, builder(type))) {
        for (Method m : c.getDeclaredMethods()) {
          if (m.isAnnotationPresent(Deprecated.class)) {
            actual.add(signature(m));
          }
        }
      }
    }

    System.out.println("deprecated in the model: " + listed + "; in Java: " + actual);
    for (String name : listed) {
      assertTrue(expected.stream().anyMatch(e -> e.equals(name)
          || e.startsWith(name.replace(".", "#") + "(")),
          name + " is listed but is no generated structure or member");
    }
    assertEquals(expected, actual);
    assertEquals(actual.size(), javadocDeprecatedAnnotations(),
        "every @Deprecated in the sources is one of these, each with a Javadoc @deprecated line");
  }

  /**
   * How many {@code @Deprecated} annotations the generated sources hold; fails on one whose
   * Javadoc has no {@code @deprecated} line.
   */
  private static int javadocDeprecatedAnnotations() throws IOException {
    int annotations = 0;
    List<String> without = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        for (int i = source.indexOf("@Deprecated"); i >= 0;
            i = source.indexOf("@Deprecated", i + 1)) {
          annotations++;
          int docEnd = source.lastIndexOf("*/", i);
          int docStart = source.lastIndexOf("/**", i);
          boolean documented = docStart >= 0 && docEnd > docStart
              && source.substring(docEnd + 2, i).isBlank()
              && source.substring(docStart, docEnd).contains("@deprecated ");
          if (!documented) {
            without.add(file.getFileName() + " at " + i);
          }
        }
      }
    }
    assertEquals(List.of(), without, "@Deprecated without a Javadoc @deprecated line");
    return annotations;
  }

  /** The public methods of {@code type} and its builder that read or set {@code member}. */
  private static List<String> methodsOf(Class<?> type, String member) {
    String capitalized = Character.toUpperCase(member.charAt(0)) + member.substring(1);
    Set<String> names = Set.of(member, member + "AsString", member + "AsStrings",
        "has" + capitalized);
    List<String> out = new ArrayList<>();
    for (Class<?> c : List.of(type, builder(type))) {
      for (Method m : c.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && names.contains(m.getName())) {
          out.add(signature(m));
        }
      }
    }
    return out;
  }

  private static String signature(Method m) {
    Class<?> owner = m.getDeclaringClass();
    String type = owner.getEnclosingClass() == null ? owner.getSimpleName()
        : owner.getEnclosingClass().getSimpleName() + "." + owner.getSimpleName();
    StringJoiner params = new StringJoiner(",", "(", ")");
    for (Class<?> p : m.getParameterTypes()) {
      params.add(p.getSimpleName());
    }
    return type + "#" + m.getName() + params;
  }

  private static Class<?> builder(Class<?> type) {
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (nested.getSimpleName().equals("Builder")) {
        return nested;
      }
    }
    throw new AssertionError(type + " has no Builder");
  }
}
