package org.dossier.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.analysis.TimeExpression.Anchor;
import org.dossier.analysis.TimeExpression.Granularity;
import org.dossier.analysis.TimeExpression.Interval;
import org.dossier.analysis.TimeExpression.Type;

/**
 * The meanings the {@link Grammar}'s rules give, as functions of the {@link Context}: a unit
 * counted from the article's date or from the narrative's last time, a weekday or a season
 * picked by the tense, a clock time on its day, a stretch that ends now.
 */
final class Resolve {

  private Resolve() {}

  /** "now": the present, which on the calendar is the article's date. */
  static Resolution present(Context c) {
    Resolution r = ref("PRESENT_REF");
    if (c.dct().isPresent()) {
      LocalDate d = c.dct().get();
      r = new Resolution(Type.DATE, "PRESENT_REF", r.mod(), Anchor.DCT, Optional.of(new Interval(d, d)),
          Optional.of(Granularity.DAY), Optional.empty());
    }
    return r;
  }

  static Resolution ref(String value) {
    return Resolution.bare(Type.DATE, value, Anchor.DCT);
  }

  static Resolution dctDay(Context c, int shift) {
    if (c.dct().isEmpty()) {
      return Resolution.bare(Type.DATE, "XXXX-XX-XX", Anchor.NONE);
    }
    return Resolution.date(Stretch.day(c.dct().get().plusDays(shift)), Anchor.DCT);
  }

  static Resolution dctUnit(Context c, Granularity g, long shift) {
    if (c.dct().isEmpty()) {
      return Resolution.bare(Type.DATE, partial(g), Anchor.NONE);
    }
    return Resolution.date(Stretch.containing(c.dct().get(), g).plus(shift), Anchor.DCT);
  }

  static String partial(Granularity g) {
    return switch (g) {
      case DAY, PART_OF_DAY, HOUR, MINUTE -> "XXXX-XX-XX";
      case WEEK -> "XXXX-WXX";
      case MONTH -> "XXXX-XX";
      case QUARTER -> "XXXX-QX";
      case SEASON -> "XXXX-XX";
      case HALF_YEAR -> "XXXX-HX";
      case YEAR -> "XXXX";
      case DECADE -> "XXXX";
      case CENTURY -> "XXXX";
    };
  }

  static Resolution discourseUnit(Context c, Granularity u, long shift) {
    if (c.discourse().isPresent()) {
      Stretch base = Stretch.containing(c.discourse().get().first(), u);
      return Resolution.date(base.plus(shift), Anchor.DISCOURSE);
    }
    return dctUnit(c, u, shift);
  }

  static Resolution weekend(Context c, int dir, boolean anaphoric) {
    LocalDate base = anaphoric && c.discourse().isPresent() ? c.discourse().get().first() : c.dct().orElse(null);
    if (base == null) {
      return Resolution.bare(Type.DATE, "XXXX-WXX-WE", Anchor.NONE);
    }
    Stretch week = Stretch.week(base).plus(dir);
    if (dir == 0 && (c.tense() == Tense.PAST || c.tense() == Tense.COMPLETED) && base.getDayOfWeek().getValue() < 6) {
      week = week.plus(-1);
    }
    LocalDate sat = week.first().plusDays(5);
    Resolution r = Resolution.date(week, anaphoric ? Anchor.DISCOURSE : Anchor.DCT);
    return new Resolution(Type.DATE, week.value() + "-WE", r.mod(), r.anchor(),
        Optional.of(new Interval(sat, sat.plusDays(1))), Optional.of(Granularity.DAY),
        Optional.of(Stretch.day(sat)));
  }

  static Resolution relativeWeekday(Context c, int dow, int dir) {
    if (c.dct().isEmpty()) {
      return Resolution.bare(Type.DATE, "XXXX-WXX-" + dow, Anchor.NONE);
    }
    LocalDate dct = c.dct().get();
    LocalDate d;
    if (dir < 0) {
      d = dct.with(TemporalAdjusters.previous(DayOfWeek.of(dow)));
    } else if (dir > 0) {
      d = dct.with(TemporalAdjusters.next(DayOfWeek.of(dow)));
    } else {
      d = dct.with(DayOfWeek.of(dow));
    }
    return Resolution.date(Stretch.day(d), Anchor.DCT);
  }

  static Resolution relativeMonth(Context c, int month, int dir) {
    if (c.dct().isEmpty()) {
      return Resolution.bare(Type.DATE, String.format("XXXX-%02d", month), Anchor.NONE);
    }
    LocalDate dct = c.dct().get();
    int y = dct.getYear();
    if (dir < 0) {
      y = month < dct.getMonthValue() ? y : y - 1;
    } else if (dir > 0) {
      y = month > dct.getMonthValue() ? y : y + 1;
    }
    return Resolution.date(Stretch.month(y, month), Anchor.DCT);
  }

  /** Day {@code day} of {@code month}: the last one before the DCT, the next one after, or this year's. */
  static Resolution relativeDay(Context c, int month, int day, int dir) {
    if (c.dct().isEmpty()) {
      return Resolution.bare(Type.DATE, String.format("XXXX-%02d-%02d", month, day), Anchor.NONE);
    }
    LocalDate dct = c.dct().get();
    int y = dct.getYear();
    if (dir < 0 && !Numerals.validDay(y, month, day)) {
      y--;
    }
    LocalDate d = Numerals.validDay(y, month, day) ? LocalDate.of(y, month, day) : LocalDate.of(y, month, 28);
    if (dir < 0 && !d.isBefore(dct)) {
      d = d.minusYears(1);
    } else if (dir > 0 && !d.isAfter(dct)) {
      d = d.plusYears(1);
    }
    return Resolution.date(Stretch.day(d), Anchor.DCT);
  }

  static Resolution relativeSeason(Context c, Stretch.Season s, int dir) {
    if (c.dct().isEmpty()) {
      return Resolution.bare(Type.DATE, "XXXX-" + s.code, Anchor.NONE);
    }
    LocalDate dct = c.dct().get();
    Stretch current = Stretch.containing(dct, Granularity.SEASON);
    List<Stretch> candidates = new ArrayList<>();
    for (int y = dct.getYear() - 2; y <= dct.getYear() + 1; y++) {
      candidates.add(Stretch.season(y, s));
    }
    Stretch pick;
    if (dir < 0) {
      pick = null;
      for (Stretch x : candidates) {
        if (x.last().isBefore(current.first())) {
          pick = x;
        }
      }
    } else if (dir > 0) {
      pick = null;
      for (Stretch x : candidates) {
        if (x.first().isAfter(current.last()) && pick == null) {
          pick = x;
        }
      }
    } else {
      pick = Choose.byTense(candidates, dct, Tense.PRESENT);
      for (Stretch x : candidates) {
        if (x.first().getYear() == dct.getYear() || s == Stretch.Season.WINTER && x.first().getYear() == dct.getYear() - 1
            && dct.getMonthValue() <= 2) {
          pick = x;
          break;
        }
      }
    }
    return Resolution.date(pick, Anchor.DCT);
  }

  /** A duration that ends at the article's date: "for two decades" in a present-perfect clause. */
  static Resolution endingAtDct(Resolution r, Context c, double cnt, Granularity u) {
    LocalDate dct = c.dct().get();
    long months = switch (u) {
      case YEAR -> (long) (12 * cnt);
      case DECADE -> (long) (120 * cnt);
      case CENTURY -> (long) (1200 * cnt);
      case MONTH -> (long) cnt;
      case QUARTER -> (long) (3 * cnt);
      default -> -1;
    };
    LocalDate start;
    if (months >= 0) {
      start = dct.minusMonths(months);
    } else if (u == Granularity.WEEK) {
      start = dct.minusWeeks((long) cnt);
    } else if (u == Granularity.DAY) {
      start = dct.minusDays((long) cnt);
    } else {
      return r;
    }
    return new Resolution(r.type(), r.value(), r.mod(), Anchor.DCT, Optional.of(new Interval(start, dct)),
        r.granularity(), r.stretch());
  }

  /** "two days ago" (from the DCT), "two days later" (from the narrative's last time). */
  static Resolution offset(Context c, double cnt, Granularity u, long sign, boolean discourse) {
    if (cnt < 0 || cnt != Math.rint(cnt)) {
      return ref(sign < 0 ? "PAST_REF" : "FUTURE_REF");
    }
    long n = (long) cnt * sign;
    Granularity unit = u == Granularity.DECADE ? Granularity.YEAR : u == Granularity.CENTURY ? Granularity.YEAR : u;
    long steps = u == Granularity.DECADE ? n * 10 : u == Granularity.CENTURY ? n * 100 : n;
    if (unit == Granularity.HOUR || unit == Granularity.MINUTE) {
      unit = Granularity.DAY;
      steps = 0;
    }
    boolean samePeriod = !discourse && cnt == 1 && u == Granularity.YEAR && reportingPeriod(c);
    if ((discourse || samePeriod) && c.discourse().isPresent()) {
      Stretch base = c.discourse().get();
      Stretch s = base.finerOrEqual(unit) ? base.shift(steps, unit) : Stretch.containing(base.first(), unit).plus(steps);
      Resolution r = Resolution.date(s, Anchor.DISCOURSE);
      return sign < 0 ? r.asAside() : r;
    }
    if (c.dct().isEmpty()) {
      return Resolution.bare(Type.DATE, partial(unit), Anchor.NONE);
    }
    Stretch s = Stretch.containing(c.dct().get(), unit).plus(steps);
    return Resolution.date(s, Anchor.DCT);
  }

  /**
   * Whether the narrative is at a recent reporting period (a month, quarter or half year ending
   * less than about seven months before the DCT), the period "a year ago" and "year-earlier"
   * compare with; a period that is itself a year back is not shifted again.
   */
  static boolean reportingPeriod(Context c) {
    if (c.discourse().isEmpty() || c.dct().isEmpty()) {
      return false;
    }
    Stretch d = c.discourse().get();
    boolean period = d.granularity() == Granularity.QUARTER || d.granularity() == Granularity.HALF_YEAR
        || d.granularity() == Granularity.MONTH;
    // an outlook ("the third quarter of 1990") is not the period being reported
    return period && !d.last().isBefore(c.dct().get().minusDays(210)) && !d.first().isAfter(c.dct().get());
  }

  /**
   * Quarter {@code q} of the year the tense picks; 0 is the latest reported quarter, -1 the
   * quarter the narrative is about ("the quarter"), -2 the current one.
   */
  static Resolution quarterOf(Context c, int q) {
    if (q == -2) {
      return dctUnit(c, Granularity.QUARTER, 0); // "the current quarter"
    }
    if (q <= 0) {
      if (reportingPeriod(c) && c.discourse().get().granularity() == Granularity.QUARTER
          || c.dct().isEmpty() && c.discourse().isPresent() && c.discourse().get().granularity() == Granularity.QUARTER) {
        return Resolution.date(c.discourse().get(), Anchor.DISCOURSE);
      }
      if (c.dct().isEmpty()) {
        return Resolution.bare(Type.DATE, "XXXX-QX", Anchor.NONE);
      }
      // "the latest quarter" is the last one reported, the one before the DCT's; "the quarter"
      // in the future tense is the one under way
      Stretch s = Stretch.containing(c.dct().get(), Granularity.QUARTER);
      return Resolution.date(q < 0 && c.tense() == Tense.FUTURE ? s : s.plus(-1), Anchor.DCT);
    }
    return Choose.quarter(c, q);
  }

  /** The day a bare clock time is on: the day the narrative is at, else the article's date. */
  static Resolution narrativeDay(Context c) {
    if (c.discourse().isPresent() && c.discourse().get().granularity() == Granularity.DAY) {
      return Resolution.date(c.discourse().get(), Anchor.DISCOURSE);
    }
    return dctDay(c, 0);
  }

  static Resolution clock(Resolution day, int hour, int minute) {
    String t = String.format("T%02d:%02d", hour, minute);
    Granularity g = minute == 0 ? Granularity.HOUR : Granularity.MINUTE;
    if (day.stretch().isEmpty()) {
      return Resolution.bare(Type.TIME, day.value() + t, day.anchor());
    }
    return new Resolution(Type.TIME, day.value() + t, day.mod(), day.anchor(), day.interval(), Optional.of(g),
        day.stretch());
  }

  static Resolution partOfDay(Resolution day, String code) {
    Granularity g = Granularity.PART_OF_DAY;
    if (day.stretch().isEmpty()) {
      return Resolution.bare(Type.TIME, day.value() + "T" + code, day.anchor());
    }
    return new Resolution(Type.TIME, day.value() + "T" + code, day.mod(), day.anchor(), day.interval(),
        Optional.of(g), day.stretch());
  }

  static Resolution sameAsDiscourse(Context c) {
    if (c.discourse().isPresent()) {
      return Resolution.date(c.discourse().get(), Anchor.DISCOURSE);
    }
    return ref("PAST_REF");
  }

  /** Western Easter Sunday (the anonymous Gregorian algorithm). */
  static LocalDate easter(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(y, month, day);
  }

  /**
   * "early 2024", "late November", "the mid-1990s": the mod, and on the timeline the first,
   * last or middle third of the stretch (the value keeps the whole unit, as TimeML does).
   */
  static Resolution narrow(Resolution r, String mod) {
    Resolution m = r.withMod(mod);
    if (r.interval().isEmpty() || r.type() != Type.DATE) {
      return m;
    }
    Interval i = r.interval().get();
    long days = java.time.temporal.ChronoUnit.DAYS.between(i.first(), i.last()) + 1;
    if (days < 3) {
      return m;
    }
    long third = days / 3;
    LocalDate first = i.first();
    LocalDate last = i.last();
    switch (mod) {
      case "START" -> last = first.plusDays(third - 1);
      case "END" -> first = last.minusDays(third - 1);
      default -> {
        first = first.plusDays(third);
        last = last.minusDays(third);
      }
    }
    return m.withInterval(new Interval(first, last));
  }
}
