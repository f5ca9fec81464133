package dev.sagemaker4j.model.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes generated structures as SageMaker's JSON, by walking their {@link
 * StructSchema}s with Jackson's streaming API: no reflection, no data binding.
 *
 * <p>Writing: members in model order, wire names, unset members left out, a list or map that was
 * set written even when empty ({@code []}, {@code {}}, as the AWS SDKs write it), timestamps as
 * epoch seconds with three decimals ({@code 1717200000.000}).
 *
 * <p>Reading is tolerant where the AWS SDKs are: unknown members are skipped, {@code null} is
 * absence, numbers and booleans may come as strings, timestamps as integers, fractions, exponent
 * form or ISO-8601 strings. An empty list or map stays set, so a structure read from JSON writes
 * back the same members. A value of the wrong kind fails with a {@link JsonParseException} that
 * names the member path.
 */
public final class JsonCodec {
  /**
   * Jackson's fast number parser reads a fraction without the JDK parser's per-call buffers (a
   * DescribeEndpoint answer carries two weights per variant); it gives the same values.
   */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
      .build();

  private JsonCodec() {}

  /** The factory every parser and generator of the SDK comes from. */
  public static JsonFactory factory() {
    return FACTORY;
  }

  /** Each thread writes into one growing buffer, so a body costs one copy of itself. */
  private static final ThreadLocal<Output> OUTPUT = ThreadLocal.withInitial(Output::new);

  /** The JSON bytes of {@code value}. */
  public static <T> byte[] toBytes(StructSchema<T> schema, T value) {
    Output out = OUTPUT.get();
    if (out.inUse) {
      out = new Output(); // written from inside a write: rare, and not worth a pool
    }
    out.inUse = true;
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, schema, value);
      g.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + schema.name(), e);
    } finally {
      out.reset();
      out.inUse = false;
    }
  }

  /** A byte buffer that is reset, not reallocated, between writes; huge ones are dropped. */
  private static final class Output extends java.io.ByteArrayOutputStream {
    private static final int KEEP = 1 << 20;
    boolean inUse;

    Output() {
      super(4096);
    }

    @Override
    public synchronized void reset() {
      if (buf.length > KEEP) {
        buf = new byte[4096];
      }
      super.reset();
    }
  }

  /** Writes {@code value} as one JSON object. */
  public static <T> void write(JsonGenerator g, StructSchema<T> schema, T value)
      throws IOException {
    Object[] values = schema.values(value);
    List<Member> members = schema.members();
    g.writeStartObject();
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        continue;
      }
      Member m = members.get(i);
      g.writeFieldName(m.wireName());
      writeValue(g, m.shape(), v);
    }
    g.writeEndObject();
  }

  @SuppressWarnings("unchecked")
  private static void writeValue(JsonGenerator g, Shape shape, Object v) throws IOException {
    switch (shape.kind()) {
      case STRING:
        g.writeString((String) v);
        break;
      case BOOLEAN:
        g.writeBoolean((Boolean) v);
        break;
      case INTEGER:
      case LONG:
        g.writeNumber(((Number) v).longValue());
        break;
      case FLOAT:
        writeFloating(g, ((Number) v).floatValue(), true);
        break;
      case DOUBLE:
        writeFloating(g, ((Number) v).doubleValue(), false);
        break;
      case TIMESTAMP:
        g.writeNumber(epochSeconds((Instant) v));
        break;
      case LIST:
        Shape member = ((ListShape) shape).member();
        g.writeStartArray();
        for (Object e : (List<?>) v) {
          if (e != null) {
            writeValue(g, member, e);
          }
        }
        g.writeEndArray();
        break;
      case MAP:
        Shape valueShape = ((MapShape) shape).value();
        g.writeStartObject();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
          if (e.getValue() != null) {
            g.writeFieldName((String) e.getKey());
            writeValue(g, valueShape, e.getValue());
          }
        }
        g.writeEndObject();
        break;
      case STRUCTURE:
        write(g, (StructSchema<Object>) shape, v);
        break;
      default:
        throw new IllegalStateException("unknown kind " + shape.kind());
    }
  }

  private static void writeFloating(JsonGenerator g, double d, boolean asFloat) throws IOException {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      // JSON has no literal for these; the AWS JSON protocol sends them as strings.
      g.writeString(Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
    } else if (asFloat) {
      g.writeNumber((float) d);
    } else {
      g.writeNumber(d);
    }
  }

  /** Epoch seconds with exactly three decimals, as the AWS SDKs send timestamps. */
  public static String epochSeconds(Instant instant) {
    long millis = instant.toEpochMilli();
    long abs = Math.abs(millis);
    long frac = abs % 1000;
    StringBuilder sb = new StringBuilder(16);
    if (millis < 0) {
      sb.append('-');
    }
    sb.append(abs / 1000).append('.');
    if (frac < 100) {
      sb.append('0');
    }
    if (frac < 10) {
      sb.append('0');
    }
    return sb.append(frac).toString();
  }

  /**
   * Reads a structure from a whole body. An empty body (SageMaker answers some deletes with one)
   * gives a structure with no member set.
   */
  public static <T> T read(StructSchema<T> schema, byte[] body, int offset, int length)
      throws IOException {
    try (JsonParser p = FACTORY.createParser(body, offset, length)) {
      T value = readWhole(p, schema);
      return value == null ? schema.create(new Object[schema.members().size()]) : value;
    }
  }

  /**
   * Reads a structure from a stream to its end, without first copying it into an array: the
   * parser reads through a buffer it reuses. Closes the stream.
   *
   * @return the structure, or null if the stream held nothing at all
   */
  public static <T> @Nullable T readOrNull(StructSchema<T> schema, InputStream body)
      throws IOException {
    try (JsonParser p = FACTORY.createParser(body)) {
      return readWhole(p, schema);
    }
  }

  private static <T> @Nullable T readWhole(JsonParser p, StructSchema<T> schema)
      throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      return null;
    }
    T value = read(p, schema);
    if (p.nextToken() != null) {
      throw new JsonParseException(p, "unexpected content after the " + schema.name() + " object");
    }
    return value;
  }

  /** Reads the structure at the parser's current token, which must start an object. */
  public static <T> T read(JsonParser p, StructSchema<T> schema) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw mismatch(p, "", "an object for " + schema.name());
    }
    Object[] values = new Object[schema.members().size()];
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      Member m = schema.member(field);
      if (m == null) {
        p.skipChildren();
        continue;
      }
      if (t == JsonToken.VALUE_NULL) {
        continue;
      }
      try {
        values[m.index()] = readValue(p, m.shape());
      } catch (PathedException e) {
        throw e.under(m.wireName());
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw new JsonParseException(p, "unexpected token " + p.currentToken() + " in " + schema.name());
    }
    return schema.create(values);
  }

  private static @Nullable Object readValue(JsonParser p, Shape shape) throws IOException {
    JsonToken t = p.currentToken();
    switch (shape.kind()) {
      case STRING:
        if (t.isScalarValue()) {
          return p.getText();
        }
        throw mismatch(p, "", "a string");
      case BOOLEAN:
        return readBoolean(p, t);
      case INTEGER:
      case LONG:
      case FLOAT:
      case DOUBLE:
        return readNumber(p, t, shape.kind());
      case TIMESTAMP:
        return readTimestamp(p, t);
      case LIST:
        return readList(p, t, (ListShape) shape);
      case MAP:
        return readMap(p, t, (MapShape) shape);
      case STRUCTURE:
        if (t != JsonToken.START_OBJECT) {
          throw mismatch(p, "", "an object for " + shape.name());
        }
        return read(p, (StructSchema<?>) shape);
      default:
        throw new IllegalStateException("unknown kind " + shape.kind());
    }
  }

  private static Boolean readBoolean(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    if (t == JsonToken.VALUE_STRING) {
      String s = p.getText().trim();
      if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
        return Boolean.valueOf(s);
      }
    }
    throw mismatch(p, "", "a boolean");
  }

  private static Object readNumber(JsonParser p, JsonToken t, Shape.Kind kind) throws IOException {
    try {
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        switch (kind) {
          case INTEGER:
            if (t == JsonToken.VALUE_NUMBER_INT) {
              return p.getIntValue();
            }
            break;
          case LONG:
            if (t == JsonToken.VALUE_NUMBER_INT) {
              return p.getLongValue();
            }
            break;
          case FLOAT:
            return p.getFloatValue();
          default:
            return p.getDoubleValue();
        }
      } else if (t == JsonToken.VALUE_STRING) {
        String s = p.getText().trim();
        switch (kind) {
          case INTEGER:
            return Integer.parseInt(s);
          case LONG:
            return Long.parseLong(s);
          case FLOAT:
            return Float.parseFloat(s);
          default:
            return Double.parseDouble(s);
        }
      }
    } catch (InputCoercionException | NumberFormatException e) {
      throw mismatch(p, "", "a number that fits " + kind.name().toLowerCase(java.util.Locale.ROOT));
    }
    throw mismatch(p, "", kind == Shape.Kind.INTEGER || kind == Shape.Kind.LONG
        ? "a whole number" : "a number");
  }

  private static Instant readTimestamp(JsonParser p, JsonToken t) throws IOException {
    try {
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        Instant plain = plainEpochSeconds(p.getTextCharacters(), p.getTextOffset(),
            p.getTextLength());
        return plain != null ? plain : fromEpochSeconds(p.getDecimalValue());
      }
      if (t == JsonToken.VALUE_STRING) {
        String s = p.getText().trim();
        if (!s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.charAt(0) == '-')
            && s.indexOf('T') < 0) {
          return fromEpochSeconds(new BigDecimal(s));
        }
        return Instant.parse(s);
      }
    } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
      throw mismatch(p, "", "a timestamp in range");
    }
    throw mismatch(p, "", "a timestamp");
  }

  /**
   * Reads the common form of epoch seconds, digits with an optional fraction such as {@code
   * 1717243501.219}, without BigDecimal; null for any other form (exponents, very long numbers),
   * which {@link #fromEpochSeconds(BigDecimal)} reads.
   */
  static @Nullable Instant plainEpochSeconds(char[] text, int offset, int length) {
    int i = offset;
    int end = offset + length;
    boolean negative = i < end && text[i] == '-';
    if (negative) {
      i++;
    }
    long seconds = 0;
    int digits = 0;
    while (i < end && text[i] >= '0' && text[i] <= '9') {
      if (++digits > 18) {
        return null;
      }
      seconds = seconds * 10 + (text[i++] - '0');
    }
    if (digits == 0) {
      return null;
    }
    long nanos = 0;
    if (i < end && text[i] == '.') {
      i++;
      int scale = 100_000_000;
      while (i < end && text[i] >= '0' && text[i] <= '9') {
        nanos += (text[i++] - '0') * (long) scale; // digits past the ninth are dropped
        scale /= 10;
      }
    }
    if (i != end) {
      return null; // an exponent or anything else
    }
    if (!negative) {
      return Instant.ofEpochSecond(seconds, nanos);
    }
    return nanos == 0 ? Instant.ofEpochSecond(-seconds)
        : Instant.ofEpochSecond(-seconds - 1, 1_000_000_000L - nanos);
  }

  /** Converts epoch seconds with any fraction or exponent to an instant, without huge arithmetic. */
  static Instant fromEpochSeconds(BigDecimal seconds) {
    int integerDigits = seconds.precision() - seconds.scale();
    if (integerDigits > 19) {
      throw new ArithmeticException("timestamp out of range");
    }
    if (integerDigits < -12 || seconds.signum() == 0) {
      return Instant.EPOCH; // smaller than a picosecond
    }
    BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
    int nanos = seconds.subtract(whole).movePointRight(9).setScale(0, RoundingMode.DOWN).intValue();
    return Instant.ofEpochSecond(whole.longValueExact(), nanos);
  }

  private static List<Object> readList(JsonParser p, JsonToken t, ListShape shape)
      throws IOException {
    if (t != JsonToken.START_ARRAY) {
      throw mismatch(p, "", "a list of " + shape.member().name());
    }
    ArrayList<Object> list = new ArrayList<>();
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() != JsonToken.VALUE_NULL) {
        try {
          Object v = readValue(p, shape.member());
          if (v != null) {
            list.add(v);
          }
        } catch (PathedException e) {
          throw e.under("[" + i + "]");
        }
      }
      i++;
    }
    return Values.adopt(list);
  }

  private static Map<String, Object> readMap(JsonParser p, JsonToken t, MapShape shape)
      throws IOException {
    if (t != JsonToken.START_OBJECT) {
      throw mismatch(p, "", "a map of " + shape.value().name());
    }
    Map<String, Object> map = new LinkedHashMap<>();
    String key;
    while ((key = p.nextFieldName()) != null) {
      if (p.nextToken() == JsonToken.VALUE_NULL) {
        continue;
      }
      try {
        Object v = readValue(p, shape.value());
        if (v != null) {
          map.put(key, v);
        }
      } catch (PathedException e) {
        throw e.under("[\"" + key + "\"]");
      }
    }
    return map.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(map);
  }

  private static PathedException mismatch(JsonParser p, String path, String expected) {
    return new PathedException(p, path, expected, p.currentToken());
  }

  /** A value of the wrong kind, with the member path it was found at. */
  static final class PathedException extends JsonParseException {
    private static final long serialVersionUID = 1L;
    private final transient JsonParser parser;
    private final String path;
    private final String expected;
    private final @Nullable JsonToken found;

    PathedException(JsonParser p, String path, String expected, @Nullable JsonToken found) {
      super(p, message(path, expected, found));
      this.parser = p;
      this.path = path;
      this.expected = expected;
      this.found = found;
    }

    private static String message(String path, String expected, @Nullable JsonToken found) {
      return (path.isEmpty() ? "value" : path) + ": expected " + expected + ", found "
          + (found == null ? "end of input" : found.asString() == null ? found.name().toLowerCase(java.util.Locale.ROOT) : found.asString());
    }

    /** The same failure, one level further out. */
    PathedException under(String segment) {
      String joined = path.isEmpty() ? segment
          : path.startsWith("[") ? segment + path : segment + "." + path;
      return new PathedException(parser, joined, expected, found);
    }

    /** The member path of the bad value, such as {@code ProductionVariants[0].CurrentWeight}. */
    public String path() {
      return path;
    }
  }
}
