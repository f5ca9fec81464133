package dev.sagemaker4j.testing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Strings that match the simple regular expressions of the service model, for the ids and ARNs
 * the stand-in makes ({@code d-(-*[a-z0-9]){1,61}}, {@code partner-app\/app-[A-Z0-9]{12}}):
 * literals, escapes, classes with ranges, {@code .}, groups with alternatives and the usual
 * quantifiers, each repeated a few times at most. Callers check the result against the pattern:
 * what this does not understand ({@code \p{L}}, lookarounds) may give a string that does not
 * match.
 */
final class Sampler {
  private static final String ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

  private final String p;
  private int i;

  private Sampler(String pattern) {
    this.p = pattern;
  }

  /** A string meant to match {@code pattern}. */
  static String sample(String pattern) {
    Sampler s = new Sampler(pattern);
    StringBuilder out = new StringBuilder();
    s.alternatives(out);
    return out.toString();
  }

  /** One of the {@code |}-separated alternatives up to the end or a closing parenthesis. */
  private void alternatives(StringBuilder out) {
    List<StringBuilder> options = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    options.add(current);
    while (i < p.length() && p.charAt(i) != ')') {
      if (p.charAt(i) == '|') {
        i++;
        current = new StringBuilder();
        options.add(current);
        continue;
      }
      atom(current);
    }
    out.append(options.get(0)); // the first alternative: deterministic enough, and valid
  }

  /** One atom and its quantifier. */
  private void atom(StringBuilder out) {
    int start = i;
    char c = p.charAt(i);
    if (c == '^' || c == '$') {
      i++;
      return;
    }
    Runnable emit;
    if (c == '(') {
      i++;
      if (p.startsWith("?:", i)) {
        i += 2;
      }
      int groupStart = i;
      alternatives(new StringBuilder()); // to find where the group ends
      i++; // ')'
      emit = () -> {
        int save = i;
        i = groupStart;
        alternatives(out);
        i = save;
      };
    } else if (c == '[') {
      int end = classEnd(i);
      String cls = p.substring(i + 1, end);
      i = end + 1;
      emit = () -> out.append(fromClass(cls));
    } else if (c == '\\') {
      char e = p.charAt(i + 1);
      i += 2;
      if (e == 'p' || e == 'P') { // \p{L}: skip the braces
        i = p.indexOf('}', i) + 1;
        emit = () -> out.append('a');
      } else {
        emit = () -> out.append(escape(e));
      }
    } else if (c == '.') {
      i++;
      emit = () -> out.append(ALNUM.charAt(ThreadLocalRandom.current().nextInt(ALNUM.length())));
    } else {
      i++;
      emit = () -> out.append(c);
    }
    int[] range = quantifier();
    int times = range[0] + (range[1] > range[0]
        ? ThreadLocalRandom.current().nextInt(Math.min(range[1] - range[0], 3) + 1) : 0);
    if (start == i) {
      return;
    }
    for (int n = 0; n < times; n++) {
      emit.run();
    }
  }

  private int classEnd(int from) {
    int j = from + 1;
    if (j < p.length() && p.charAt(j) == '^') {
      j++;
    }
    if (j < p.length() && p.charAt(j) == ']') {
      j++;
    }
    while (j < p.length() && p.charAt(j) != ']') {
      j += p.charAt(j) == '\\' ? 2 : 1;
    }
    return j;
  }

  private static char fromClass(String cls) {
    if (cls.startsWith("^")) {
      return 'a' == cls.charAt(1) ? 'b' : 'a';
    }
    List<Character> chars = new ArrayList<>();
    for (int j = 0; j < cls.length(); j++) {
      char c = cls.charAt(j);
      if (c == '\\' && j + 1 < cls.length()) {
        char e = cls.charAt(++j);
        if (e == 'p' || e == 'P') {
          j = cls.indexOf('}', j);
          chars.add('a');
        } else {
          chars.add(escape(e));
        }
      } else if (j + 2 < cls.length() && cls.charAt(j + 1) == '-') {
        char to = cls.charAt(j + 2);
        for (char x = c; x <= to && chars.size() < 200; x++) {
          chars.add(x);
        }
        j += 2;
      } else {
        chars.add(c);
      }
    }
    return chars.isEmpty() ? 'a'
        : chars.get(ThreadLocalRandom.current().nextInt(chars.size()));
  }

  private static char escape(char e) {
    return switch (e) {
      case 'd' -> (char) ('0' + ThreadLocalRandom.current().nextInt(10));
      case 'w' -> 'a';
      case 's' -> ' ';
      default -> e;
    };
  }

  /** {@code {min, max}} of the quantifier at the cursor, consumed; {1, 1} when none. */
  private int[] quantifier() {
    if (i >= p.length()) {
      return new int[] {1, 1};
    }
    char c = p.charAt(i);
    int[] q = switch (c) {
      case '?' -> new int[] {0, 1};
      case '*' -> new int[] {0, 3};
      case '+' -> new int[] {1, 3};
      case '{' -> braces();
      default -> null;
    };
    if (q == null) {
      return new int[] {1, 1};
    }
    if (c != '{') {
      i++;
    }
    if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
      i++; // lazy or possessive
    }
    return q;
  }

  private int[] braces() {
    int end = p.indexOf('}', i);
    String body = p.substring(i + 1, end);
    i = end + 1;
    int comma = body.indexOf(',');
    if (comma < 0) {
      int n = Integer.parseInt(body.trim());
      return new int[] {n, n};
    }
    int min = comma == 0 ? 0 : Integer.parseInt(body.substring(0, comma).trim());
    String rest = body.substring(comma + 1).trim();
    return new int[] {min, rest.isEmpty() ? min + 3 : Integer.parseInt(rest)};
  }
}
