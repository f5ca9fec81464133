package dev.sagemaker4j.codegen;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The public API of a module as text: every public type of its exported packages, with its
 * supertypes, and every public or protected member, one per line, sorted. Committed next to a
 * module as {@code api/<module>.api}, it is the baseline a build compares the compiled API with:
 * a member missing or changed would break a user's compile (or link), and fails the build; a new
 * member fails it too until the baseline is brought up to date, so that every change of the API
 * is seen in a review. The generator reads the model's baseline to keep the form of every
 * accessor it has published.
 *
 * <p>Well-known package prefixes are left out of type names ({@code java.lang.}, {@code
 * java.util.}, {@code java.util.function.}, {@code java.util.concurrent.}, and the module's own
 * packages given to {@link #of}) to keep the file readable.
 */
public final class ApiDump {
  private static final List<String> SHORTENED = List.of("java.lang.", "java.util.function.",
      "java.util.concurrent.", "java.util.");

  private static final Set<String> KINDS = Set.of("class", "interface", "enum", "@interface");

  /** Members by type; a type's first line (its kind and supertypes) sorts first. */
  private final Map<String, Set<String>> types;

  private ApiDump(Map<String, Set<String>> types) {
    this.types = types;
  }

  /**
   * The API of the classes under {@code root} (a classes folder) in {@code packages}, loaded
   * through {@code loader}.
   */
  public static ApiDump of(Path root, ClassLoader loader, List<String> packages)
      throws IOException {
    Map<String, Set<String>> types = new TreeMap<>();
    for (String pkg : packages) {
      Path dir = root.resolve(pkg.replace('.', '/'));
      if (!Files.isDirectory(dir)) {
        continue;
      }
      List<String> names = new ArrayList<>();
      try (Stream<Path> files = Files.list(dir)) {
        files.map(p -> p.getFileName().toString())
            .filter(f -> f.endsWith(".class") && !f.equals("package-info.class")
                && !f.equals("module-info.class"))
            .forEach(f -> names.add(pkg + "." + f.substring(0, f.length() - 6)));
      }
      for (String name : names) {
        Class<?> type;
        try {
          type = Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
          throw new IOException("cannot load " + name, e);
        }
        if (isVisible(type)) {
          types.put(type.getName(), describe(type, packages));
        }
      }
    }
    return new ApiDump(types);
  }

  /**
   * The API of generated sources, as their compiled classes will show it: what the generator is
   * about to write, so that it can refuse to break the baseline before anything is compiled.
   */
  public static ApiDump ofGenerated(List<com.squareup.javapoet.JavaFile> files,
      List<String> packages) {
    Map<String, Set<String>> types = new TreeMap<>();
    for (com.squareup.javapoet.JavaFile f : files) {
      addGenerated(com.squareup.javapoet.ClassName.get(f.packageName, f.typeSpec.name),
          f.typeSpec, types, packages);
    }
    return new ApiDump(types);
  }

  private static void addGenerated(com.squareup.javapoet.ClassName className,
      com.squareup.javapoet.TypeSpec t, Map<String, Set<String>> types, List<String> packages) {
    if (!t.modifiers.contains(javax.lang.model.element.Modifier.PUBLIC)) {
      return;
    }
    String name = className.reflectionName();
    Set<String> members = new TreeSet<>();
    boolean isEnum = t.kind == com.squareup.javapoet.TypeSpec.Kind.ENUM;
    boolean isInterface = t.kind == com.squareup.javapoet.TypeSpec.Kind.INTERFACE;
    int mods = flags(t.modifiers) & ~(Modifier.STATIC | Modifier.INTERFACE
        | (isInterface ? Modifier.ABSTRACT : 0));
    String kindName = isEnum ? "enum" : isInterface ? "interface" : "class";
    String modText = Modifier.toString(mods);
    StringBuilder head = new StringBuilder((modText.isEmpty() ? "" : modText + " ") + kindName)
        .append('\u0001');
    if (!isEnum && t.superclass != null && !t.superclass.equals(
        com.squareup.javapoet.TypeName.OBJECT)) {
      head.append(" extends ").append(generatedName(t.superclass, packages));
    }
    if (!t.superinterfaces.isEmpty()) {
      StringJoiner j = new StringJoiner(", ", isInterface ? " extends " : " implements ", "");
      for (com.squareup.javapoet.TypeName i : t.superinterfaces) {
        j.add(generatedName(i, packages));
      }
      head.append(j);
    }
    members.add('\u0000' + head.toString());
    String self = generatedName(className, packages);
    if (isEnum) {
      for (String constant : t.enumConstants.keySet()) {
        members.add("field public static final " + self + " " + constant);
      }
      members.add("method public static " + self + "[] values()");
      members.add("method public static " + self + " valueOf(String)");
    }
    for (com.squareup.javapoet.FieldSpec f : t.fieldSpecs) {
      int fm = flags(f.modifiers);
      if (visible(fm)) {
        members.add("field " + Modifier.toString(fm) + " " + generatedName(f.type, packages)
            + " " + f.name);
      }
    }
    for (com.squareup.javapoet.MethodSpec m : t.methodSpecs) {
      int mm = flags(m.modifiers);
      if (isInterface && !m.isConstructor()) {
        mm |= Modifier.PUBLIC;
        if (m.modifiers.contains(javax.lang.model.element.Modifier.DEFAULT)) {
          mm |= 1 << 16;
        }
      }
      if (!visible(mm)) {
        continue;
      }
      StringJoiner j = new StringJoiner(", ", "(", ")");
      for (int i = 0; i < m.parameters.size(); i++) {
        String p = generatedName(m.parameters.get(i).type, packages);
        if (m.varargs && i == m.parameters.size() - 1 && p.endsWith("[]")) {
          p = p.substring(0, p.length() - 2) + "...";
        }
        j.add(p);
      }
      if (m.isConstructor()) {
        members.add("constructor " + modifiers(mm) + " " + t.name + j);
      } else {
        members.add("method " + modifiers(mm) + " " + generatedName(m.returnType, packages)
            + " " + m.name + j);
      }
    }
    types.put(name, members);
    for (com.squareup.javapoet.TypeSpec nested : t.typeSpecs) {
      addGenerated(className.nestedClass(nested.name), nested, types, packages);
    }
  }

  private static int flags(Set<javax.lang.model.element.Modifier> modifiers) {
    int f = 0;
    for (javax.lang.model.element.Modifier m : modifiers) {
      f |= switch (m) {
        case PUBLIC -> Modifier.PUBLIC;
        case PROTECTED -> Modifier.PROTECTED;
        case PRIVATE -> Modifier.PRIVATE;
        case ABSTRACT -> Modifier.ABSTRACT;
        case STATIC -> Modifier.STATIC;
        case FINAL -> Modifier.FINAL;
        default -> 0;
      };
    }
    return f;
  }

  private static String generatedName(com.squareup.javapoet.TypeName type,
      List<String> packages) {
    return shorten(strip(type).toString(), packages);
  }

  /** The type without annotations, at any depth JavaPoet keeps them. */
  private static com.squareup.javapoet.TypeName strip(com.squareup.javapoet.TypeName t) {
    com.squareup.javapoet.TypeName plain = t.withoutAnnotations();
    if (plain instanceof com.squareup.javapoet.ParameterizedTypeName p) {
      com.squareup.javapoet.TypeName[] args = p.typeArguments.stream().map(ApiDump::strip)
          .toArray(com.squareup.javapoet.TypeName[]::new);
      return com.squareup.javapoet.ParameterizedTypeName.get(
          (com.squareup.javapoet.ClassName) strip(p.rawType), args);
    }
    if (plain instanceof com.squareup.javapoet.ArrayTypeName a) {
      return com.squareup.javapoet.ArrayTypeName.of(strip(a.componentType));
    }
    if (plain instanceof com.squareup.javapoet.WildcardTypeName w) {
      return w.lowerBounds.isEmpty()
          ? com.squareup.javapoet.WildcardTypeName.subtypeOf(strip(w.upperBounds.get(0)))
          : com.squareup.javapoet.WildcardTypeName.supertypeOf(strip(w.lowerBounds.get(0)));
    }
    return plain;
  }

  /** Whether users can name the type: public, and each enclosing type public too. */
  private static boolean isVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> describe(Class<?> type, List<String> packages) {
    Set<String> members = new TreeSet<>();
    StringBuilder head = new StringBuilder(kind(type)).append('\u0001');
    if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class
        && !type.isEnum()) {
      head.append(" extends ").append(typeName(type.getGenericSuperclass(), packages));
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0) {
      StringJoiner j = new StringJoiner(", ", type.isInterface() ? " extends " : " implements ",
          "");
      for (Type i : interfaces) {
        j.add(typeName(i, packages));
      }
      head.append(j);
    }
    members.add("" + '\u0000' + head); // sorts first
    for (Field f : type.getDeclaredFields()) {
      if (visible(f.getModifiers()) && !f.isSynthetic()) {
        members.add("field " + modifiers(f.getModifiers() & ~Modifier.TRANSIENT) + " "
            + typeName(f.getGenericType(), packages) + " " + f.getName());
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (visible(c.getModifiers()) && !c.isSynthetic()) {
        members.add("constructor " + modifiers(c.getModifiers() & ~Modifier.TRANSIENT) + " "
            + type.getSimpleName()
            + params(c, packages));
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        // for methods, the bits of TRANSIENT and VOLATILE say varargs and bridge
        int mods = m.getModifiers() & ~(Modifier.SYNCHRONIZED | Modifier.NATIVE
            | Modifier.STRICT | Modifier.TRANSIENT | Modifier.VOLATILE);
        if (type.isInterface() && !Modifier.isStatic(mods) && !Modifier.isAbstract(mods)) {
          mods |= 1 << 16; // default, shown as such
        }
        members.add("method " + modifiers(mods) + " "
            + typeName(m.getGenericReturnType(), packages) + " " + m.getName()
            + params(m, packages));
      }
    }
    return members;
  }

  private static String kind(Class<?> type) {
    String mods = modifiers(type.getModifiers() & ~(Modifier.INTERFACE | Modifier.STATIC
        | (type.isInterface() ? Modifier.ABSTRACT : 0) | (type.isEnum() ? Modifier.FINAL : 0)));
    String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface"
        : type.isEnum() ? "enum" : "class";
    return (mods.isEmpty() ? "" : mods + " ") + kind;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String modifiers(int modifiers) {
    String s = Modifier.toString(modifiers & ~(1 << 16));
    return (modifiers & (1 << 16)) != 0 ? (s + " default").trim() : s;
  }

  private static String params(Executable e, List<String> packages) {
    StringJoiner j = new StringJoiner(", ", "(", ")");
    Type[] types = e.getGenericParameterTypes();
    for (int i = 0; i < types.length; i++) {
      String t = typeName(types[i], packages);
      if (e.isVarArgs() && i == types.length - 1 && t.endsWith("[]")) {
        t = t.substring(0, t.length() - 2) + "...";
      }
      j.add(t);
    }
    return j.toString();
  }

  private static String typeName(Type type, List<String> packages) {
    return shorten(type.getTypeName().replace('$', '.'), packages);
  }

  private static String shorten(String name, List<String> packages) {
    String s = name;
    for (String pkg : packages) {
      s = s.replace(pkg + ".", "");
    }
    for (String p : SHORTENED) {
      s = s.replaceAll("(?<![\\w.])" + java.util.regex.Pattern.quote(p) + "(?=[A-Z])", "");
    }
    return s;
  }

  /** The dump as the text committed in {@code api/<module>.api}. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Set<String>> e : types.entrySet()) {
      for (String m : e.getValue()) {
        if (m.charAt(0) == '\u0000') {
          int split = m.indexOf('\u0001');
          sb.append(m, 1, split).append(' ').append(e.getKey()).append(m.substring(split + 1))
              .append('\n');
        } else {
          sb.append("  ").append(m).append('\n');
        }
      }
    }
    return sb.toString();
  }

  /** Reads a dump written by {@link #text()}. */
  public static ApiDump parse(String text) {
    Map<String, Set<String>> types = new TreeMap<>();
    Set<String> current = null;
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("  ")) {
        if (current == null) {
          throw new IllegalArgumentException("a member before any type: " + line);
        }
        current.add(line.substring(2));
      } else {
        String[] words = line.split(" ");
        int kind = 0;
        while (!KINDS.contains(words[kind])) {
          kind++;
        }
        String name = words[kind + 1];
        int nameEnd = line.indexOf(' ' + name) + 1 + name.length();
        current = new TreeSet<>();
        current.add('\u0000' + line.substring(0, nameEnd - name.length() - 1) + '\u0001'
            + line.substring(nameEnd));
        types.put(name, current);
      }
    }
    return new ApiDump(types);
  }

  public static ApiDump read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * What {@code current} lacks of this baseline: each a type or member a user may rely on that
   * is gone or changed, as {@code Type: member}.
   */
  public List<String> breaks(ApiDump current) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : types.entrySet()) {
      Set<String> now = current.types.get(e.getKey());
      if (now == null) {
        out.add(e.getKey() + ": the type is gone");
        continue;
      }
      for (String m : e.getValue()) {
        if (!now.contains(m)) {
          out.add(e.getKey() + ": " + (m.charAt(0) == '\u0000' ? "was "
              + m.substring(1).replace('\u0001', ' ').trim() : m));
        }
      }
    }
    return out;
  }

  /** What {@code current} has that this baseline does not: the API's growth. */
  public List<String> additions(ApiDump current) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : current.types.entrySet()) {
      Set<String> before = types.getOrDefault(e.getKey(), Set.of());
      for (String m : e.getValue()) {
        if (!before.contains(m)) {
          out.add(e.getKey() + ": " + (m.charAt(0) == '\u0000'
              ? m.substring(1).replace('\u0001', ' ').trim() : m));
        }
      }
    }
    return out;
  }

  /**
   * Whether the accessor {@code type.accessor()} of a generated structure is plain (true), an
   * {@code Optional} (false), or unknown to this dump (null).
   */
  public Boolean plainAccessor(String type, String accessor) {
    Set<String> members = types.get(type);
    if (members == null) {
      return null;
    }
    String suffix = " " + accessor + "()";
    for (String m : members) {
      if (m.startsWith("method public ") && m.endsWith(suffix)
          && !m.startsWith("method public static ")) {
        String returns = m.substring("method public ".length(), m.length() - suffix.length());
        if (returns.startsWith("final ")) {
          returns = returns.substring("final ".length());
        }
        return !returns.startsWith("Optional");
      }
    }
    return null;
  }

  /** The types the dump holds. */
  public Set<String> typeNames() {
    return types.keySet();
  }
}
