package org.dossier.text;

import java.time.Duration;
import java.util.Objects;

/**
 * The time one article may take. Long work checks it between bounded steps (a piece of text, a
 * stage of the analysis) and stops with {@link Exceeded} once it has passed, so that one
 * pathological article costs its budget and no more.
 */
public final class Deadline {

  /** No limit: {@link #check()} never throws. */
  public static final Deadline NONE = new Deadline(Long.MAX_VALUE, Duration.ZERO);

  private final long endNanos;
  private final Duration budget;

  private Deadline(long endNanos, Duration budget) {
    this.endNanos = endNanos;
    this.budget = budget;
  }

  /** A deadline {@code budget} from now. */
  public static Deadline in(Duration budget) {
    Objects.requireNonNull(budget, "budget");
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("budget must be positive: " + budget);
    }
    long now = System.nanoTime();
    long nanos = budget.toNanos();
    return new Deadline(Long.MAX_VALUE - now < nanos ? Long.MAX_VALUE : now + nanos, budget);
  }

  /** Throws {@link Exceeded} if the deadline has passed. */
  public void check() {
    if (endNanos != Long.MAX_VALUE && System.nanoTime() - endNanos > 0) {
      throw new Exceeded(budget);
    }
  }

  /** The budget this deadline was made with ({@link Duration#ZERO} for {@link #NONE}). */
  public Duration budget() {
    return budget;
  }

  /** An article's analysis ran past its deadline. */
  public static final class Exceeded extends RuntimeException {
    private final Duration budget;

    public Exceeded(Duration budget) {
      super("took longer than its budget of " + budget.toSeconds() + " s", null, false, false);
      this.budget = budget;
    }

    public Duration budget() {
      return budget;
    }
  }
}
