package dev.sagemaker4j.model.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole-value regular expression matching that cannot hang or crash the caller, and does not
 * allocate once warm.
 *
 * <p>The model's patterns are Java-compatible regular expressions without anchors; they must
 * match the whole value. They are compiled with {@link Pattern#DOTALL}: the checker must never
 * reject a value the service accepts, and a multi-line description or pipeline definition
 * should not fail a pattern such as {@code .*} on the client side. Patterns every value (or
 * every non-empty value) matches, such as {@code .*} and {@code [\S\s]+}, are decided without
 * a regex engine.
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
    REGEX
  }

  private static final long BASE_BUDGET = 100_000;
  private static final long BUDGET_PER_CHAR = 64;

  private final Pattern pattern;
  private final Kind kind;
  private final ThreadLocal<Reusable> reusable;

  private SafeRegex(String regex) {
    this.pattern = Pattern.compile(regex, Pattern.DOTALL);
    this.kind = switch (regex) {
      case ".*", "[\\S\\s]*", "[\\s\\S]*", "(.*)" -> Kind.ANY;
      case ".+", "[\\S\\s]+", "[\\s\\S]+", "(.+)" -> Kind.NON_EMPTY;
      default -> Kind.REGEX;
    };
    this.reusable = ThreadLocal.withInitial(() -> new Reusable(pattern));
  }

  /** Compiles a pattern of the model. */
  public static SafeRegex of(String regex) {
    return new SafeRegex(regex);
  }

  public Pattern pattern() {
    return pattern;
  }

  /** Whether the pattern matches the whole of {@code value}, within a bounded effort. */
  public Result matches(String value) {
    switch (kind) {
      case ANY:
        return Result.MATCH;
      case NON_EMPTY:
        return value.isEmpty() ? Result.NO_MATCH : Result.MATCH;
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
}
