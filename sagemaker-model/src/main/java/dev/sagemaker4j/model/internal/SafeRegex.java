package dev.sagemaker4j.model.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whole-value regular expression matching that cannot hang or crash the caller, and does not
 * allocate once warm.
 *
 * <p>The model's patterns are Java-compatible regular expressions without anchors; they must
 * match the whole value. They are compiled with {@link Pattern#DOTALL}: the checker must never
 * reject a value the service accepts, and a multi-line description or pipeline definition
 * should not fail a pattern such as {@code .*} on the client side. Patterns every value (or
 * every non-empty value) matches, such as {@code .*} and {@code [\S\s]+}, are decided without
 * a regex engine, and so are the two forms most of the model's patterns take, a run of one
 * character class ({@code [a-zA-Z0-9:/_-]*}, {@code [A-Za-z0-9_-]{1,8}}) and a hyphenated name
 * ({@code [a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}}): one pass over the value, no backtracking. A test
 * holds every fast path to {@link java.util.regex} on random values for every pattern of the
 * model that takes one.
 *
 * <p>A hostile value could make a backtracking pattern run for minutes or overflow the stack.
 * Matching runs with a budget of character reads proportional to the value's length; a match
 * that exceeds it, or overflows the stack, is undecided, and undecided values are let through.
 * Each thread reuses one matcher per pattern.
 */
public final class SafeRegex {
  /** The outcome of a bounded match. */
  public enum Result {
    MATCH,
    NO_MATCH,
    UNDECIDED
  }

  private enum Kind {
    ANY,
    NON_EMPTY,
    FAST,
    REGEX
  }

  private static final long BASE_BUDGET = 100_000;
  private static final long BUDGET_PER_CHAR = 64;

  private final String regex;
  /** Compiled at once when the engine decides values, else only if {@link #pattern()} asks. */
  private volatile @Nullable Pattern pattern;
  private final Kind kind;
  private final @Nullable FastMatcher fast;
  private final ThreadLocal<Reusable> reusable;

  private SafeRegex(String regex) {
    this.regex = regex;
    this.fast = FastMatcher.of(regex);
    this.kind = switch (regex) {
      case ".*", "[\\S\\s]*", "[\\s\\S]*", "(.*)" -> Kind.ANY;
      case ".+", "[\\S\\s]+", "[\\s\\S]+", "(.+)" -> Kind.NON_EMPTY;
      default -> fast != null ? Kind.FAST : Kind.REGEX;
    };
    if (kind == Kind.REGEX) {
      this.pattern = Pattern.compile(regex, Pattern.DOTALL);
    }
    this.reusable = ThreadLocal.withInitial(() -> new Reusable(pattern()));
  }

  /** Compiled patterns, shared by every member whose shape has the same pattern. */
  private static final java.util.concurrent.ConcurrentHashMap<String, SafeRegex> COMPILED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The compiled form of a pattern of the model, made once per pattern. */
  public static SafeRegex of(String regex) {
    SafeRegex r = COMPILED.get(regex);
    return r != null ? r : COMPILED.computeIfAbsent(regex, SafeRegex::new);
  }

  /** The pattern as {@link java.util.regex} compiles it (with {@link Pattern#DOTALL}). */
  public Pattern pattern() {
    Pattern p = pattern;
    if (p == null) {
      p = Pattern.compile(regex, Pattern.DOTALL);
      pattern = p;
    }
    return p;
  }

  /** Whether values go through {@link java.util.regex}, rather than a one-pass fast path. */
  public boolean usesRegexEngine() {
    return kind == Kind.REGEX;
  }

  /** Whether the pattern matches the whole of {@code value}, within a bounded effort. */
  public Result matches(String value) {
    switch (kind) {
      case ANY:
        return Result.MATCH;
      case NON_EMPTY:
        return value.isEmpty() ? Result.NO_MATCH : Result.MATCH;
      case FAST:
        return fast.matches(value) ? Result.MATCH : Result.NO_MATCH;
      default:
        Reusable r = reusable.get();
        r.chars.reset(value);
        return r.run();
    }
  }

  /** A one-off bounded match of any pattern (allocates). */
  public static Result matches(Pattern pattern, String value) {
    Reusable r = new Reusable(pattern);
    r.chars.reset(value);
    return r.run();
  }

  /** A matcher over a budgeted view, reset for each value. */
  private static final class Reusable {
    final BudgetedChars chars = new BudgetedChars(new Budget(), "", 0, 0);
    final Matcher matcher;

    Reusable(Pattern pattern) {
      this.matcher = pattern.matcher(chars);
    }

    Result run() {
      try {
        return matcher.reset(chars).matches() ? Result.MATCH : Result.NO_MATCH;
      } catch (BudgetExceeded | StackOverflowError e) {
        return Result.UNDECIDED;
      } finally {
        chars.reset("");
      }
    }
  }

  private static final class BudgetExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BudgetExceeded() {
      super(null, null, false, false);
    }
  }

  private static final class Budget {
    long left;
  }

  /** A view of a string that counts reads and gives up once the budget is spent. */
  private static final class BudgetedChars implements CharSequence {
    private final Budget budget;
    private String s;
    private int start;
    private int end;

    BudgetedChars(Budget budget, String s, int start, int end) {
      this.budget = budget;
      this.s = s;
      this.start = start;
      this.end = end;
    }

    void reset(String value) {
      s = value;
      start = 0;
      end = value.length();
      budget.left = BASE_BUDGET + BUDGET_PER_CHAR * value.length();
    }

    @Override
    public char charAt(int index) {
      if (--budget.left < 0) {
        throw new BudgetExceeded();
      }
      return s.charAt(start + index);
    }

    @Override
    public int length() {
      return end - start;
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      return new BudgetedChars(budget, s, start + from, start + to);
    }

    @Override
    public String toString() {
      return s.substring(start, end);
    }
  }

  /**
   * A pattern decided in one pass over the value. Only forms whose meaning is certain are
   * recognised; anything else (negated or nested classes, Unicode properties, escapes other than
   * punctuation, {@code \d}, {@code \s}, {@code \S}) is left to the regex engine.
   */
  private abstract static class FastMatcher {
    private static final Pattern HYPHENATED = Pattern.compile(
        "\\Q[a-zA-Z0-9](-*[a-zA-Z0-9])\\E(?:\\*|\\{0,(\\d{1,4})\\})"
            + "|\\Q[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?\\E");

    abstract boolean matches(String value);

    static @Nullable FastMatcher of(String regex) {
      Matcher m = HYPHENATED.matcher(regex);
      if (m.matches()) {
        return new Hyphenated(m.group(1) == null ? -1 : Integer.parseInt(m.group(1)));
      }
      return CharRun.parse(regex);
    }

    static boolean isAsciiAlnum(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
  }

  /**
   * {@code [a-zA-Z0-9](-*[a-zA-Z0-9]){0,n}} and its unbounded forms: ASCII letters, digits and
   * hyphens, starting and ending with a letter or digit, with at most {@code n + 1} letters and
   * digits.
   */
  private static final class Hyphenated extends FastMatcher {
    private final int maxGroups;

    Hyphenated(int maxGroups) {
      this.maxGroups = maxGroups;
    }

    @Override
    boolean matches(String value) {
      int n = value.length();
      if (n == 0 || !isAsciiAlnum(value.charAt(0)) || !isAsciiAlnum(value.charAt(n - 1))) {
        return false;
      }
      int alnum = 0;
      for (int i = 0; i < n; i++) {
        char c = value.charAt(i);
        if (isAsciiAlnum(c)) {
          alnum++;
        } else if (c != '-') {
          return false;
        }
      }
      return maxGroups < 0 || alnum - 1 <= maxGroups;
    }
  }

  /**
   * One character class repeated: {@code [...]*}, {@code [...]+}, {@code [...]{m,n}}, optionally
   * in a group. The class is a set of ASCII characters, and with {@code \S} every character
   * beyond ASCII too (then only {@code *} and {@code +} are taken, since the regex engine counts
   * code points where this counts chars).
   */
  private static final class CharRun extends FastMatcher {
    private final long low;
    private final long high;
    private final boolean beyondAscii;
    private final int min;
    private final int max;

    private CharRun(long low, long high, boolean beyondAscii, int min, int max) {
      this.low = low;
      this.high = high;
      this.beyondAscii = beyondAscii;
      this.min = min;
      this.max = max;
    }

    @Override
    boolean matches(String value) {
      int n = value.length();
      if (n < min || (max >= 0 && n > max)) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        char c = value.charAt(i);
        boolean in = c < 64 ? (low >>> c & 1) != 0
            : c < 128 ? (high >>> (c - 64) & 1) != 0
            : beyondAscii;
        if (!in) {
          return false;
        }
      }
      return true;
    }

    static @Nullable CharRun parse(String regex) {
      String r = regex;
      if (r.startsWith("(") && r.endsWith(")")) {
        r = r.substring(1, r.length() - 1);
      }
      if (r.length() < 3 || r.charAt(0) != '[' || r.charAt(1) == '^' || r.charAt(1) == ']') {
        return null;
      }
      long[] set = new long[2];
      boolean beyondAscii = false;
      int i = 1;
      int n = r.length();
      while (true) {
        if (i >= n) {
          return null;
        }
        char c = r.charAt(i);
        if (c == ']') {
          i++;
          break;
        }
        if (c == '[' || c == '&' || c == '(' || c == ')' || c >= 128) {
          return null;
        }
        char from;
        if (c == '\\') {
          if (i + 1 >= n) {
            return null;
          }
          char e = r.charAt(i + 1);
          i += 2;
          if (e == 'd') {
            add(set, '0', '9');
            continue;
          } else if (e == 's' || e == 'S') {
            for (char w = 0; w < 128; w++) {
              if ((" \t\n\u000B\f\r".indexOf(w) >= 0) == (e == 's')) {
                add(set, w, w);
              }
            }
            beyondAscii |= e == 'S';
            continue;
          } else if (e >= 128 || Character.isLetterOrDigit(e)) {
            return null;
          }
          from = e;
        } else {
          from = c;
          i++;
        }
        if (i + 1 < n && r.charAt(i) == '-' && r.charAt(i + 1) != ']') {
          char to = r.charAt(i + 1);
          if (to == '\\' || to == '[' || to == '&' || to >= 128 || to < from) {
            return null;
          }
          add(set, from, to);
          i += 2;
        } else {
          add(set, from, from);
        }
      }
      int min;
      int max;
      String q = r.substring(i);
      if (q.equals("*")) {
        min = 0;
        max = -1;
      } else if (q.equals("+")) {
        min = 1;
        max = -1;
      } else {
        Matcher m = BOUNDS.matcher(q);
        if (!m.matches() || beyondAscii) {
          return null;
        }
        min = Integer.parseInt(m.group(1));
        max = m.group(2) == null ? min : m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
        if (max >= 0 && max < min) {
          return null;
        }
      }
      return new CharRun(set[0], set[1], beyondAscii, min, max);
    }

    private static final Pattern BOUNDS = Pattern.compile("\\{(\\d{1,6})(,(\\d{1,6})?)?\\}");

    private static void add(long[] set, char from, char to) {
      for (char c = from; c <= to; c++) {
        set[c >> 6] |= 1L << (c & 63);
      }
    }
  }
}
