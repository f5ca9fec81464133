package dev.sagemaker4j.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast paths of {@link SafeRegex} must decide exactly as {@link java.util.regex} does: for
 * every pattern of the model that takes one, and for hand-made patterns at the edges of what
 * the fast paths recognise, random values (most of them near the pattern's language) get the
 * same answer from both.
 */
class SafeRegexTest {
  private static final int VALUES_PER_PATTERN = 4_000;

  /** Every distinct pattern of the generated model. */
  static Set<String> modelPatterns() {
    Set<String> patterns = new TreeSet<>();
    for (StructSchema<?> schema : dev.sagemaker4j.model.fixtures.ModelTypes.all()) {
      for (Member m : schema.members()) {
        collect(m.shape(), patterns);
      }
    }
    return patterns;
  }

  private static void collect(Shape shape, Set<String> out) {
    if (shape instanceof StringShape s && s.pattern() != null) {
      out.add(s.pattern());
    } else if (shape instanceof ListShape l) {
      collect(l.member(), out);
    } else if (shape instanceof MapShape m) {
      collect(m.key(), out);
      collect(m.value(), out);
    }
  }

  /** Patterns every value matches, decided without looking (and not worth comparing). */
  private static final Set<String> MATCH_ALL = Set.of(".*", "[\\S\\s]*", "[\\s\\S]*", "(.*)");

  /** The model's patterns that take a fast path, but for those that match everything. */
  static List<String> modelFastPatterns() {
    List<String> fast = new ArrayList<>();
    for (String p : modelPatterns()) {
      if (!SafeRegex.of(p).usesRegexEngine() && !MATCH_ALL.contains(p)) {
        fast.add(p);
      }
    }
    return fast;
  }

  @Test
  void theCommonFormsOfTheModelTakeAFastPath() {
    List<String> fast = modelFastPatterns();
    for (String p : List.of("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}", "[a-zA-Z0-9](-*[a-zA-Z0-9])*",
        "[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?", "[a-zA-Z0-9:/_-]*", "[\\S]+",
        "([A-Za-z0-9_-]{1,8})", "[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}")) {
      assertTrue(fast.contains(p), p + " should take a fast path");
    }
    assertTrue(fast.size() >= 15, "only " + fast.size() + " patterns take a fast path: " + fast);
  }

  @ParameterizedTest
  @MethodSource("modelFastPatterns")
  void modelPattern_fastPathAgreesWithTheRegexEngine(String regex) {
    agreeOnRandomValues(regex, regex.hashCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[-0-9a-zA-Z]+", "[a-z-]*", "[a\\-z]*", "[\\d.]{2,3}", "[\\S]+", "[\\S]*", "[\\s]*",
      "[A-Za-z0-9\\.\\-_]+", "[a-c]{2}", "[a-c]{2,}", "[a-c]{0,1}", "([x-z]+)", "[/]{1,4}",
      "[a-zA-Z0-9](-*[a-zA-Z0-9]){0,0}", "[a-zA-Z0-9](-*[a-zA-Z0-9]){0,3}",
      "[a-zA-Z0-9](-*[a-zA-Z0-9])*", "[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?"})
  void edgePattern_fastPathAgreesWithTheRegexEngine(String regex) {
    assertFalse(SafeRegex.of(regex).usesRegexEngine(), regex + " should take a fast path");
    agreeOnRandomValues(regex, 7);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[^a]*", "[\\p{L}\\p{N}]*", "[a-z]*x", "[[a-z]]*", "[a-z&&[^b]]*", "[a-z]*?", "[a-z]*+",
      "[\\w]*", "[\\u0041]*", "[\\S]{2,5}", "(https|s3)://([^/]+)/?(.*)",
      "[a-zA-Z0-9](-*[a-zA-Z0-9]){1,62}", "([a-z]*)|([0-9]*)"})
  void otherForms_goToTheRegexEngine(String regex) {
    assertTrue(SafeRegex.of(regex).usesRegexEngine(), regex + " should use the regex engine");
  }

  private static void agreeOnRandomValues(String regex, long seed) {
    Pattern engine = Pattern.compile(regex, Pattern.DOTALL);
    SafeRegex fast = SafeRegex.of(regex);
    Random random = new Random(seed);
    char[] near = alphabetOf(regex);
    List<Integer> bounds = boundsOf(regex);
    dev.sagemaker4j.model.fixtures.RegexGen matching = new dev.sagemaker4j.model.fixtures.RegexGen(
        regex);
    int matched = 0;
    for (int i = 0; i < VALUES_PER_PATTERN; i++) {
      // a quarter near the bounds, a quarter that match (the generator's), the rest anything
      String value = i % 4 == 0 && !bounds.isEmpty()
          ? atABound(random, bounds.get(random.nextInt(bounds.size())))
          : i % 4 == 1 ? matching.generate(random, 0, -1) : value(random, near);
      boolean expected = engine.matcher(value).matches();
      assertEquals(expected ? SafeRegex.Result.MATCH : SafeRegex.Result.NO_MATCH,
          fast.matches(value), () -> regex + " on \"" + escape(value) + "\"");
      matched += expected ? 1 : 0;
    }
    // Both answers must have been tried, or the comparison proves little.
    assertTrue(matched >= 10, regex + ": only " + matched + " matches");
    assertTrue(matched <= VALUES_PER_PATTERN - 10,
        regex + ": " + matched + " matches of " + VALUES_PER_PATTERN);
  }

  /** The numbers in the pattern's repetitions ({@code {m,n}}), where off-by-one bugs live. */
  private static List<Integer> boundsOf(String regex) {
    List<Integer> bounds = new ArrayList<>();
    java.util.regex.Matcher m = Pattern.compile("\\{(\\d+)(?:,(\\d*))?\\}").matcher(regex);
    while (m.find()) {
      bounds.add(Integer.parseInt(m.group(1)));
      if (m.group(2) != null && !m.group(2).isEmpty()) {
        bounds.add(Integer.parseInt(m.group(2)));
      }
    }
    return bounds;
  }

  /** Letters and digits, with a hyphen now and then, about {@code bound} of them. */
  private static String atABound(Random random, int bound) {
    int letters = Math.max(0, bound - 1 + random.nextInt(5));
    StringBuilder b = new StringBuilder();
    String alnum = "abcxyzABCXYZ0189";
    for (int i = 0; i < letters; i++) {
      if (i > 0 && random.nextInt(8) == 0) {
        b.append('-');
      }
      b.append(alnum.charAt(random.nextInt(alnum.length())));
    }
    return b.toString();
  }

  /** The characters the pattern names, and letters, digits and hyphens. */
  private static char[] alphabetOf(String regex) {
    StringBuilder b = new StringBuilder("aZ09-");
    for (char c : regex.toCharArray()) {
      if (c != '\\' && c != '[' && c != ']' && c != '{' && c != '}') {
        b.append(c);
      }
    }
    return b.toString().toCharArray();
  }

  private static final String ODD = "\u00e9\u00a0\t\n\r\u000b\f \u0000\u007f\ud83d\ude00\ud800";

  /** Mostly characters near the pattern's language, sometimes anything, at lengths around it. */
  private static String value(Random random, char[] near) {
    int length = switch (random.nextInt(4)) {
      case 0 -> random.nextInt(4);
      case 1 -> random.nextInt(12);
      case 2 -> 60 + random.nextInt(8);
      default -> random.nextInt(300);
    };
    int oddOneIn = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(3) * 100;
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      if (oddOneIn > 0 && random.nextInt(oddOneIn) == 0) {
        b.append(ODD.charAt(random.nextInt(ODD.length())));
      } else if (random.nextInt(50) == 0) {
        b.append((char) (32 + random.nextInt(95)));
      } else {
        b.append(near[random.nextInt(near.length)]);
      }
    }
    return b.toString();
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c < 32 || c > 126 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return b.toString();
  }
}
