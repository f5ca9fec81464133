package dev.sagemaker4j.model.internal;

import java.util.regex.Pattern;

/**
 * Whole-value regular expression matching that cannot hang or crash the caller.
 *
 * <p>The model's patterns are Java-compatible regular expressions without anchors; they must
 * match the whole value. They are compiled with {@link Pattern#DOTALL}: the checker must never
 * reject a value the service accepts, and a multi-line description or pipeline definition
 * should not fail a pattern such as {@code .*} on the client side.
 *
 * <p>A hostile value could make a backtracking pattern run for minutes or overflow the stack.
 * Matching runs with a budget of character reads proportional to the value's length; a match
 * that exceeds it, or overflows the stack, is undecided, and undecided values are let through.
 */
public final class SafeRegex {
  /** The outcome of a bounded match. */
  public enum Result {
    MATCH,
    NO_MATCH,
    UNDECIDED
  }

  private static final long BASE_BUDGET = 100_000;
  private static final long BUDGET_PER_CHAR = 64;

  private SafeRegex() {}

  static Pattern compile(String regex) {
    return Pattern.compile(regex, Pattern.DOTALL);
  }

  /** Whether {@code pattern} matches the whole of {@code value}, within a bounded effort. */
  public static Result matches(Pattern pattern, String value) {
    BudgetedChars chars = new BudgetedChars(value, BASE_BUDGET + BUDGET_PER_CHAR * value.length());
    try {
      return pattern.matcher(chars).matches() ? Result.MATCH : Result.NO_MATCH;
    } catch (BudgetExceeded | StackOverflowError e) {
      return Result.UNDECIDED;
    }
  }

  private static final class BudgetExceeded extends RuntimeException {
    BudgetExceeded() {
      super(null, null, false, false);
    }
  }

  /** A view of a string that counts reads and gives up once the budget is spent. */
  private static final class BudgetedChars implements CharSequence {
    private final String s;
    private final int start;
    private final int end;
    private final long[] budget;

    BudgetedChars(String s, long budget) {
      this(s, 0, s.length(), new long[] {budget});
    }

    private BudgetedChars(String s, int start, int end, long[] budget) {
      this.s = s;
      this.start = start;
      this.end = end;
      this.budget = budget;
    }

    @Override
    public char charAt(int index) {
      if (--budget[0] < 0) {
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
      return new BudgetedChars(s, start + from, start + to, budget);
    }

    @Override
    public String toString() {
      return s.substring(start, end);
    }
  }
}
