package org.dossier.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.dossier.analysis.TimeExpression.Anchor;
import org.dossier.analysis.TimeExpression.Granularity;
import org.dossier.analysis.TimeExpression.Type;

/**
 * Picks which of the calendar's repeating units an expression means ("November": which one?)
 * from the tense of the clause: a past-tense clause means the most recent one on or before the
 * article's date, a future-tense clause the next one on or after it, and a present-tense one the
 * nearest.
 */
final class Choose {

  private Choose() {}

  /**
   * The unit of a repeating name, one candidate per year around the DCT.
   *
   * @param forYear the unit in a given year, or null when that year has none
   * @param partial the value when there is no date to resolve against ({@code XXXX-11})
   */
  static Resolution yearly(Context c, IntFunction<Stretch> forYear, String partial) {
    if (c.yearHint().isPresent()) {
      Stretch s = forYear.apply(c.yearHint().getAsInt());
      if (s != null) {
        return Resolution.date(s, Anchor.NONE);
      }
    }
    if (c.dct().isEmpty()) {
      return Resolution.bare(Type.DATE, partial, Anchor.NONE);
    }
    LocalDate dct = c.dct().get();
    List<Stretch> candidates = new ArrayList<>(3);
    for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
      Stretch s = forYear.apply(y);
      if (s != null) {
        candidates.add(s);
      }
    }
    if (candidates.isEmpty()) {
      return Resolution.bare(Type.DATE, partial, Anchor.NONE);
    }
    return Resolution.date(byTense(candidates, dct, c.tense()), Anchor.DCT);
  }

  /**
   * A month or a day named without its year ("November", "Dec. 1"): as {@link #yearly}, except
   * that in a past-tense clause one more than {@code farDays} back loses to one at most half as
   * far ahead — "payable Dec. 1", "a Jan. 14 deadline" or "agreed to buy it in February" in a
   * past-tense story still lie ahead of it, while the seed's "in November", five months back,
   * stays in the past. In a future-tense clause a day at most a week back wins over next year's:
   * the clause is often an order or a plan reported after its deadline ("ordered the boy returned
   * by Jan. 14" on Jan. 15).
   */
  static Resolution yearlyFar(Context c, IntFunction<Stretch> forYear, String partial, int farDays) {
    Resolution r = yearly(c, forYear, partial);
    if (r.stretch().isEmpty() || r.anchor() != Anchor.DCT
        || c.tense() != Tense.PAST && c.tense() != Tense.PERFECT && c.tense() != Tense.FUTURE
        && c.tense() != Tense.INTENDED) {
      return r;
    }
    LocalDate dct = c.dct().get();
    Stretch pick = r.stretch().get();
    Resolution nearest = yearly(c.withTense(Tense.PRESENT), forYear, partial);
    Stretch near = nearest.stretch().get();
    if (c.tense() == Tense.FUTURE) {
      // "ordered him returned by Jan. 14" on Jan. 15: a day just passed, not next year's
      boolean justPassed = near.granularity() == Granularity.DAY && near.distanceTo(dct) <= 7;
      return justPassed && pick.distanceTo(dct) > farDays ? nearest : r;
    }
    if (c.tense() == Tense.INTENDED) {
      // "hoped to submit it by mid-February", told in early March: the February just gone
      boolean justPassed = near.last().isBefore(dct) && near.distanceTo(dct) <= 31;
      return justPassed ? nearest : r;
    }
    if (pick.distanceTo(dct) > farDays && pick.distanceTo(dct) > 2 * near.distanceTo(dct)) {
      return nearest;
    }
    return r;
  }

  /** The candidate (in calendar order) that the tense points at. */
  static Stretch byTense(List<Stretch> candidates, LocalDate dct, Tense tense) {
    if (tense == Tense.PAST || tense == Tense.COMPLETED || tense == Tense.PERFECT) {
      Stretch best = null;
      for (Stretch s : candidates) {
        if (!s.first().isAfter(dct)) {
          best = s;
        }
      }
      if (best != null) {
        return best;
      }
    } else if (tense == Tense.FUTURE || tense == Tense.INTENDED) {
      for (Stretch s : candidates) {
        if (!s.last().isBefore(dct)) {
          return s;
        }
      }
    }
    Stretch best = candidates.get(0);
    for (Stretch s : candidates) {
      if (s.distanceTo(dct) < best.distanceTo(dct)) {
        best = s;
      }
    }
    return best;
  }

  /**
   * Quarter {@code q}: in the past tense the last one begun by the DCT; otherwise the first one
   * that has not ended more than 45 days before it, since a quarter is reported on (in the
   * future tense) for some weeks after it ends.
   */
  static Resolution quarter(Context c, int q) {
    if (c.yearHint().isPresent() || c.dct().isEmpty()) {
      return yearly(c, y -> Stretch.quarter(y, q), "XXXX-Q" + q);
    }
    if (c.tense() == Tense.PAST || c.tense() == Tense.COMPLETED || c.tense() == Tense.PERFECT) {
      return yearly(c, y -> Stretch.quarter(y, q), "XXXX-Q" + q);
    }
    LocalDate dct = c.dct().get();
    for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
      Stretch s = Stretch.quarter(y, q);
      if (!s.last().isBefore(dct.minusDays(45))) {
        return Resolution.date(s, Anchor.DCT);
      }
    }
    return yearly(c, y -> Stretch.quarter(y, q), "XXXX-Q" + q);
  }

  /** The weekday {@code dow} (1 = Monday) nearest the DCT in the direction of the tense. */
  static Resolution weekday(Context c, int dow) {
    if (c.dct().isEmpty()) {
      return Resolution.bare(Type.DATE, "XXXX-WXX-" + dow, Anchor.NONE);
    }
    LocalDate dct = c.dct().get();
    List<Stretch> candidates = new ArrayList<>(3);
    for (int k = -7; k <= 7; k++) {
      LocalDate d = dct.plusDays(k);
      if (d.getDayOfWeek().getValue() == dow) {
        candidates.add(Stretch.day(d));
      }
    }
    return Resolution.date(byTense(candidates, dct, c.tense()), Anchor.DCT);
  }
}
