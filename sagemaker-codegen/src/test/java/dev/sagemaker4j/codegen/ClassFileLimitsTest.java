package dev.sagemaker4j.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.codegen.ClassFileLimits.Figures;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-file reader on class files written here, small and over every limit, and on a class
 * javac compiled, against what reflection says of it.
 */
class ClassFileLimitsTest {
  @TempDir
  Path dir;

  @Test
  void read_syntheticClass_givesItsFigures() throws IOException {
    Figures f = ClassFileLimits.read(synthetic(10, 100, 50, 3));

    // 10 fixed entries, 10 integers, a long that takes two, and the count is one more
    assertEquals(new Figures("Synthetic", 23, 3, 1, "m()V", 100, 50), f);
  }

  @Test
  void verify_classOverEveryLimit_failsNamingEachFigure() throws IOException {
    Files.write(dir.resolve("Synthetic.class"), synthetic(45_000, 40_000, 40_000, 33_000));

    AssertionError e = assertThrows(AssertionError.class,
        () -> ClassFileLimits.verify(dir, ClassFileLimits.WITH_MARGIN));

    String m = e.getMessage();
    assertTrue(m.contains("Synthetic.m()V has 40000 bytes of bytecode, more than 32768"), m);
    assertTrue(m.contains("Synthetic has a constant pool of 45013, more than 40000"), m);
    assertTrue(m.contains("Synthetic has 33000 fields, more than 32768"), m);
    assertTrue(m.contains("Synthetic has a string constant of 40000 bytes, more than 32768"), m);
    assertTrue(m.contains("method bytecode 40000 bytes (Synthetic.m()V)"), m);
  }

  @Test
  void verify_classWithinLimits_reportsTheLargestFigures() throws IOException {
    Files.write(dir.resolve("Synthetic.class"), synthetic(10, 100, 50, 3));

    String report = ClassFileLimits.verify(dir, ClassFileLimits.WITH_MARGIN);

    assertTrue(report.startsWith("1 classes; the largest figures:"), report);
    assertTrue(report.contains("constant pool 23 (Synthetic)"), report);
  }

  @Test
  void verify_emptyFolder_fails() {
    assertThrows(AssertionError.class,
        () -> ClassFileLimits.verify(dir, ClassFileLimits.WITH_MARGIN));
  }

  @Test
  void read_compiledClass_countsFieldsAndMethodsAsReflectionDoes() throws IOException {
    Class<?> type = ClassFileLimits.class;
    byte[] bytes;
    try (InputStream in = type.getResourceAsStream("ClassFileLimits.class")) {
      bytes = in.readAllBytes();
    }

    Figures f = ClassFileLimits.read(bytes);

    assertEquals(type.getName(), f.className());
    assertEquals(type.getDeclaredFields().length, f.fields());
    // methods, constructors and the static initializer that WITH_MARGIN needs
    assertEquals(type.getDeclaredMethods().length + type.getDeclaredConstructors().length + 1,
        f.methods());
    assertTrue(f.largestMethodCode() > 100 && f.largestMethod().startsWith("read("),
        f.toString());
  }

  /**
   * A class file named {@code Synthetic} with {@code ints} integer constants and a long, one
   * method {@code m()V} of {@code code} bytes, a string constant of {@code utf8} bytes, and
   * {@code fields} fields. Not meant to load: it is only read.
   */
  static byte[] synthetic(int ints, int code, int utf8, int fields) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(0xCAFEBABE);
    out.writeShort(0);
    out.writeShort(61);
    out.writeShort(10 + ints + 2 + 1);
    utf8(out, "Synthetic"); // #1
    out.writeByte(7); // #2: the class named by #1
    out.writeShort(1);
    utf8(out, "java/lang/Object"); // #3
    out.writeByte(7); // #4
    out.writeShort(3);
    for (String s : List.of("m", "()V", "Code", "f", "I")) { // #5 to #9
      utf8(out, s);
    }
    out.writeByte(1); // #10: the long string
    out.writeShort(utf8);
    out.write(new byte[utf8]);
    for (int i = 0; i < ints; i++) {
      out.writeByte(3);
      out.writeInt(i);
    }
    out.writeByte(5);
    out.writeLong(1L);
    out.writeShort(0x21); // public super
    out.writeShort(2);
    out.writeShort(4);
    out.writeShort(0); // interfaces
    out.writeShort(fields);
    for (int i = 0; i < fields; i++) {
      out.writeShort(0);
      out.writeShort(8);
      out.writeShort(9);
      out.writeShort(0);
    }
    out.writeShort(1); // methods
    out.writeShort(1);
    out.writeShort(5);
    out.writeShort(6);
    out.writeShort(1);
    out.writeShort(7); // Code
    out.writeInt(12 + code);
    out.writeShort(0);
    out.writeShort(1);
    out.writeInt(code);
    out.write(new byte[code]);
    out.writeShort(0); // exception table
    out.writeShort(0); // attributes of Code
    out.writeShort(0); // attributes of the class
    return bytes.toByteArray();
  }

  private static void utf8(DataOutputStream out, String s) throws IOException {
    out.writeByte(1);
    out.writeUTF(s);
  }
}
