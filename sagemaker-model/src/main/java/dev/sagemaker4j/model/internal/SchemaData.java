package dev.sagemaker4j.model.internal;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the compact schema data generated types hold. One line per member, in model order:
 * {@code WireName:flags:shape}, where flags are {@code r} (required) and {@code k} (idempotency
 * token), and a shape is one of
 *
 * <pre>
 * s[{min,max}][&lt;EnumName&gt;][!][/length/pattern]   a string (! sensitive)
 * b  t                                           a boolean, a timestamp
 * i|l|f|d[{min,max}]                             an integer, long, float, double
 * L[{min,max}](shape)                            a list
 * M[{min,max}](key shape)(value shape)           a map
 * &#64;TypeName                                       a structure of this package
 * </pre>
 *
 * A pattern is prefixed with its length, so it may hold any character.
 */
final class SchemaData {
  private SchemaData() {}

  static List<Member> members(StructSchema<?> owner, String data) {
    List<Member> out = new ArrayList<>();
    if (data.isEmpty()) {
      return out;
    }
    int start = 0;
    while (start <= data.length()) {
      int end = data.indexOf('\n', start);
      if (end < 0) {
        end = data.length();
      }
      String line = data.substring(start, end);
      int first = line.indexOf(':');
      int second = line.indexOf(':', first + 1);
      if (first <= 0 || second < 0) {
        throw new IllegalArgumentException(owner.name() + ": bad member data: " + line);
      }
      String flags = line.substring(first + 1, second);
      out.add(new Member(owner, out.size(), line.substring(0, first), flags.indexOf('r') >= 0,
          flags.indexOf('k') >= 0, line.substring(second + 1)));
      start = end + 1;
    }
    return out;
  }

  /** The shape a member's data describes. */
  static Shape parse(StructSchema<?> owner, String spec) {
    Reader r = new Reader(owner, spec);
    Shape s = r.shape();
    if (r.pos != spec.length()) {
      throw r.error("unexpected text");
    }
    return s;
  }

  /** Loads a type of the generated package by its simple name. */
  static Class<?> findClass(MethodHandles.Lookup lookup, String simpleName) {
    String name = lookup.lookupClass().getPackageName() + "." + simpleName;
    try {
      return lookup.findClass(name);
    } catch (ClassNotFoundException | IllegalAccessException e) {
      throw new IllegalStateException("the schema names " + name + ", which cannot be loaded", e);
    }
  }

  private static final class Reader {
    final StructSchema<?> owner;
    final String s;
    int pos;

    Reader(StructSchema<?> owner, String s) {
      this.owner = owner;
      this.s = s;
    }

    Shape shape() {
      char c = next();
      switch (c) {
        case 's':
          return string();
        case 'b':
          return Shape.BOOLEAN;
        case 't':
          return Shape.TIMESTAMP;
        case 'i':
          return number(Shape.Kind.INTEGER);
        case 'l':
          return number(Shape.Kind.LONG);
        case 'f':
          return number(Shape.Kind.FLOAT);
        case 'd':
          return number(Shape.Kind.DOUBLE);
        case 'L': {
          double[] range = range();
          Shape member = group();
          return new ListShape(member, bound(range[0]), bound(range[1]));
        }
        case 'M': {
          double[] range = range();
          Shape key = group();
          Shape value = group();
          if (!(key instanceof StringShape)) {
            throw error("map keys must be strings");
          }
          return new MapShape((StringShape) key, value, bound(range[0]), bound(range[1]));
        }
        case '@': {
          String name = identifier();
          Class<?> type = findClass(owner.lookup(), name);
          StructSchema<?> schema = StructSchema.forType(type);
          if (schema == null) {
            throw error(name + " is not a generated structure");
          }
          return schema;
        }
        default:
          throw error("unknown shape '" + c + "'");
      }
    }

    private StringShape string() {
      double[] range = range();
      String enumName = null;
      if (peek('<')) {
        pos++;
        enumName = identifier();
        expect('>');
      }
      boolean sensitive = false;
      if (peek('!')) {
        pos++;
        sensitive = true;
      }
      String pattern = null;
      if (peek('/')) {
        pos++;
        int slash = s.indexOf('/', pos);
        if (slash < 0) {
          throw error("unterminated pattern length");
        }
        int length = Integer.parseInt(s.substring(pos, slash));
        pos = slash + 1;
        if (pos + length > s.length()) {
          throw error("pattern longer than the data");
        }
        pattern = s.substring(pos, pos + length);
        pos += length;
      }
      if (range[0] < 0 && range[1] < 0 && enumName == null && !sensitive && pattern == null) {
        return StringShape.PLAIN;
      }
      return new StringShape((long) range[0], (long) range[1], pattern, sensitive, enumName,
          enumName == null ? null : owner.lookup());
    }

    private NumberShape number(Shape.Kind kind) {
      Double min = null;
      Double max = null;
      if (peek('{')) {
        pos++;
        int comma = s.indexOf(',', pos);
        int close = s.indexOf('}', pos);
        if (comma < 0 || close < comma) {
          throw error("bad range");
        }
        min = comma > pos ? Double.valueOf(s.substring(pos, comma)) : null;
        max = close > comma + 1 ? Double.valueOf(s.substring(comma + 1, close)) : null;
        pos = close + 1;
      }
      return new NumberShape(kind, min, max);
    }

    /** {@code {min,max}} with either side empty, or nothing: -1 for an absent bound. */
    private double[] range() {
      double[] out = {-1, -1};
      if (!peek('{')) {
        return out;
      }
      pos++;
      int comma = s.indexOf(',', pos);
      int close = s.indexOf('}', pos);
      if (comma < 0 || close < comma) {
        throw error("bad range");
      }
      if (comma > pos) {
        out[0] = Double.parseDouble(s.substring(pos, comma));
      }
      if (close > comma + 1) {
        out[1] = Double.parseDouble(s.substring(comma + 1, close));
      }
      pos = close + 1;
      return out;
    }

    private static int bound(double b) {
      return b < 0 ? -1 : (int) Math.min(b, Integer.MAX_VALUE);
    }

    private Shape group() {
      expect('(');
      Shape inner = shape();
      expect(')');
      return inner;
    }

    private String identifier() {
      int start = pos;
      while (pos < s.length() && Character.isJavaIdentifierPart(s.charAt(pos))) {
        pos++;
      }
      if (pos == start) {
        throw error("a type name was expected");
      }
      return s.substring(start, pos);
    }

    private boolean peek(char c) {
      return pos < s.length() && s.charAt(pos) == c;
    }

    private char next() {
      if (pos >= s.length()) {
        throw error("the shape ends early");
      }
      return s.charAt(pos++);
    }

    private void expect(char c) {
      if (next() != c) {
        throw error("'" + c + "' was expected");
      }
    }

    IllegalStateException error(String what) {
      return new IllegalStateException(owner.name() + ": bad schema data at " + pos + " of \""
          + s + "\": " + what);
    }
  }
}
