package dev.sagemaker4j.codegen;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * The figures of compiled classes that the JVM limits, read from the class files themselves: the
 * bytecode of each method (at most 65,535 bytes), the constant pool (at most 65,535 entries),
 * the fields and methods of a class (65,535 each) and each string constant (65,535 bytes of
 * modified UTF-8, which a generated schema string could reach). A module's test checks its
 * classes against {@link #WITH_MARGIN}, so that a model that grows fails a test long before
 * {@code javac} says "code too large" or a class fails to load.
 */
public final class ClassFileLimits {
  /** How far each figure may go. */
  public record Limits(int methodCodeBytes, int constantPool, int fields, int methods,
      int utf8Bytes) {}

  /**
   * About half of each JVM limit (the constant pool about 60%): room for the model to grow.
   */
  public static final Limits WITH_MARGIN = new Limits(32 * 1024, 40_000, 32 * 1024, 32 * 1024,
      32 * 1024);

  /**
   * One class's figures.
   *
   * @param constantPool the class file's {@code constant_pool_count}
   * @param largestMethod the name and descriptor of the method with the most bytecode
   * @param largestMethodCode that method's {@code code_length}
   * @param longestUtf8 the byte length of the longest string constant
   */
  public record Figures(String className, int constantPool, int fields, int methods,
      String largestMethod, int largestMethodCode, int longestUtf8) {}

  private ClassFileLimits() {}

  /** Reads the figures of one class file. */
  public static Figures read(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    int poolCount = in.readUnsignedShort();
    String[] utf8 = new String[poolCount];
    int[] classNameIndex = new int[poolCount];
    int longestUtf8 = 0;
    for (int i = 1; i < poolCount; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> {
          int length = in.readUnsignedShort();
          byte[] bytes = in.readNBytes(length);
          utf8[i] = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
          longestUtf8 = Math.max(longestUtf8, length);
        }
        case 7 -> classNameIndex[i] = in.readUnsignedShort();
        case 8, 16, 19, 20 -> in.skipNBytes(2);
        case 15 -> in.skipNBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
        case 5, 6 -> {
          in.skipNBytes(8);
          i++; // a long or a double takes two entries
        }
        default -> throw new IOException("unknown constant pool tag " + tag + " at " + i);
      }
    }
    in.readUnsignedShort(); // access flags
    String name = utf8[classNameIndex[in.readUnsignedShort()]].replace('/', '.');
    in.readUnsignedShort(); // super class
    in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
    int fields = in.readUnsignedShort();
    for (int f = 0; f < fields; f++) {
      in.skipNBytes(6);
      skipAttributes(in);
    }
    int methods = in.readUnsignedShort();
    String largest = "";
    int largestCode = 0;
    for (int m = 0; m < methods; m++) {
      in.readUnsignedShort(); // access flags
      String method = utf8[in.readUnsignedShort()] + utf8[in.readUnsignedShort()];
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[in.readUnsignedShort()];
        long length = in.readInt() & 0xFFFFFFFFL;
        if ("Code".equals(attribute)) {
          in.skipNBytes(4); // max_stack, max_locals
          int code = in.readInt();
          if (code > largestCode) {
            largestCode = code;
            largest = method;
          }
          in.skipNBytes(length - 8);
        } else {
          in.skipNBytes(length);
        }
      }
    }
    return new Figures(name, poolCount, fields, methods, largest, largestCode, longestUtf8);
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      in.skipNBytes(2);
      in.skipNBytes(in.readInt() & 0xFFFFFFFFL);
    }
  }

  /** The figures of every class file under {@code root}, sorted by class name. */
  public static List<Figures> readAll(Path root) throws IOException {
    List<Figures> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        try {
          out.add(read(Files.readAllBytes(p)));
        } catch (IOException e) {
          throw new IOException(p + ": " + e.getMessage(), e);
        }
      }
    }
    return out;
  }

  /** Every figure of {@code f} that passes {@code limits}, as a sentence; empty when none. */
  public static List<String> excesses(Figures f, Limits limits) {
    List<String> out = new ArrayList<>();
    if (f.largestMethodCode() > limits.methodCodeBytes()) {
      out.add(f.className() + "." + f.largestMethod() + " has " + f.largestMethodCode()
          + " bytes of bytecode, more than " + limits.methodCodeBytes());
    }
    if (f.constantPool() > limits.constantPool()) {
      out.add(f.className() + " has a constant pool of " + f.constantPool()
          + ", more than " + limits.constantPool());
    }
    if (f.fields() > limits.fields()) {
      out.add(f.className() + " has " + f.fields() + " fields, more than " + limits.fields());
    }
    if (f.methods() > limits.methods()) {
      out.add(f.className() + " has " + f.methods() + " methods, more than " + limits.methods());
    }
    if (f.longestUtf8() > limits.utf8Bytes()) {
      out.add(f.className() + " has a string constant of " + f.longestUtf8()
          + " bytes, more than " + limits.utf8Bytes());
    }
    return out;
  }

  /** The largest of each figure among {@code all}, and where, in a few lines. */
  public static String largest(List<Figures> all) {
    if (all.isEmpty()) {
      return "no classes";
    }
    Figures code = max(all, Figures::largestMethodCode);
    Figures pool = max(all, Figures::constantPool);
    Figures fields = max(all, Figures::fields);
    Figures methods = max(all, Figures::methods);
    Figures utf8 = max(all, Figures::longestUtf8);
    return all.size() + " classes; the largest figures:"
        + "\n  method bytecode " + code.largestMethodCode() + " bytes ("
        + code.className() + "." + code.largestMethod() + ")"
        + "\n  constant pool " + pool.constantPool() + " (" + pool.className() + ")"
        + "\n  fields " + fields.fields() + " (" + fields.className() + ")"
        + "\n  methods " + methods.methods() + " (" + methods.className() + ")"
        + "\n  string constant " + utf8.longestUtf8() + " bytes (" + utf8.className() + ")";
  }

  private static Figures max(List<Figures> all, ToIntFunction<Figures> figure) {
    return all.stream().max(Comparator.comparingInt(figure)).orElseThrow();
  }

  /**
   * Checks every class under {@code root} against {@code limits}.
   *
   * @return {@link #largest} of the classes, for the test's report
   * @throws AssertionError naming every excess, with the largest figures
   */
  public static String verify(Path root, Limits limits) throws IOException {
    List<Figures> all = readAll(root);
    if (all.isEmpty()) {
      throw new AssertionError("no class files under " + root.toAbsolutePath());
    }
    List<String> excesses = new ArrayList<>();
    for (Figures f : all) {
      excesses.addAll(excesses(f, limits));
    }
    String report = largest(all);
    if (!excesses.isEmpty()) {
      throw new AssertionError("classes under " + root + " come near a JVM limit (" + limits
          + "):\n  " + String.join("\n  ", excesses) + "\n" + report);
    }
    return report;
  }
}
