package org.dossier.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Objects;
import org.dossier.analysis.TimeExpression.Granularity;
import org.dossier.analysis.TimeExpression.Interval;

/**
 * One unit of the calendar: a day, an ISO week, a month, a quarter, a season, a half year, a
 * year, a decade or a century, held as its granularity and its first day. Knowing both is what
 * lets a time expression become a TIMEX3 value and an interval on the timeline at once, and what
 * lets "a year earlier" shift a quarter by a year and stay a quarter.
 */
record Stretch(Granularity granularity, LocalDate first) {

  Stretch {
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(first, "first");
  }

  static Stretch day(LocalDate d) {
    return new Stretch(Granularity.DAY, d);
  }

  static Stretch week(LocalDate anyDay) {
    return new Stretch(Granularity.WEEK, anyDay.with(DayOfWeek.MONDAY));
  }

  static Stretch month(int year, int month) {
    return new Stretch(Granularity.MONTH, LocalDate.of(year, month, 1));
  }

  static Stretch quarter(int year, int quarter) {
    return new Stretch(Granularity.QUARTER, LocalDate.of(year, 3 * (quarter - 1) + 1, 1));
  }

  static Stretch half(int year, int half) {
    return new Stretch(Granularity.HALF_YEAR, LocalDate.of(year, half == 1 ? 1 : 7, 1));
  }

  /** Seasons by meteorological months; the winter of year Y starts in December of Y. */
  static Stretch season(int year, Season s) {
    return new Stretch(Granularity.SEASON, LocalDate.of(year, s.firstMonth, 1));
  }

  static Stretch year(int year) {
    return new Stretch(Granularity.YEAR, LocalDate.of(year, 1, 1));
  }

  static Stretch decade(int anyYear) {
    return new Stretch(Granularity.DECADE, LocalDate.of(Math.floorDiv(anyYear, 10) * 10, 1, 1));
  }

  static Stretch century(int anyYear) {
    return new Stretch(Granularity.CENTURY, LocalDate.of(Math.floorDiv(anyYear, 100) * 100, 1, 1));
  }

  /** The unit of granularity {@code g} that contains day {@code d}. */
  static Stretch containing(LocalDate d, Granularity g) {
    return switch (g) {
      case DAY, PART_OF_DAY, HOUR, MINUTE -> day(d);
      case WEEK -> week(d);
      case MONTH -> month(d.getYear(), d.getMonthValue());
      case QUARTER -> quarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
      case HALF_YEAR -> half(d.getYear(), d.getMonthValue() <= 6 ? 1 : 2);
      case SEASON -> seasonOf(d);
      case YEAR -> year(d.getYear());
      case DECADE -> decade(d.getYear());
      case CENTURY -> century(d.getYear());
    };
  }

  private static Stretch seasonOf(LocalDate d) {
    int m = d.getMonthValue();
    if (m == 12) {
      return season(d.getYear(), Season.WINTER);
    }
    if (m <= 2) {
      return season(d.getYear() - 1, Season.WINTER);
    }
    return season(d.getYear(), m <= 5 ? Season.SPRING : m <= 8 ? Season.SUMMER : Season.FALL);
  }

  /** The last day, inclusive. */
  LocalDate last() {
    return plus(1).first.minusDays(1);
  }

  Interval interval() {
    return new Interval(first, last());
  }

  boolean contains(LocalDate d) {
    return !d.isBefore(first) && !d.isAfter(last());
  }

  /** The unit {@code n} of its own kind later (earlier when negative). */
  Stretch plus(long n) {
    return switch (granularity) {
      case DAY, PART_OF_DAY, HOUR, MINUTE -> new Stretch(granularity, first.plusDays(n));
      case WEEK -> new Stretch(granularity, first.plusWeeks(n));
      case MONTH -> new Stretch(granularity, first.plusMonths(n));
      case QUARTER, SEASON -> new Stretch(granularity, first.plusMonths(3 * n));
      case HALF_YEAR -> new Stretch(granularity, first.plusMonths(6 * n));
      case YEAR -> new Stretch(granularity, first.plusYears(n));
      case DECADE -> new Stretch(granularity, first.plusYears(10 * n));
      case CENTURY -> new Stretch(granularity, first.plusYears(100 * n));
    };
  }

  /** The same unit moved by {@code n} units of {@code unit}: a quarter a year earlier. */
  Stretch shift(long n, Granularity unit) {
    LocalDate d =
        switch (unit) {
          case DAY, PART_OF_DAY, HOUR, MINUTE -> first.plusDays(n);
          case WEEK -> first.plusWeeks(n);
          case MONTH -> first.plusMonths(n);
          case QUARTER, SEASON -> first.plusMonths(3 * n);
          case HALF_YEAR -> first.plusMonths(6 * n);
          case YEAR -> first.plusYears(n);
          case DECADE -> first.plusYears(10 * n);
          case CENTURY -> first.plusYears(100 * n);
        };
    return containing(d, granularity);
  }

  /** Whether this unit is finer than (or as fine as) {@code g}. */
  boolean finerOrEqual(Granularity g) {
    return rank(granularity) <= rank(g);
  }

  static int rank(Granularity g) {
    return switch (g) {
      case MINUTE -> 0;
      case HOUR -> 1;
      case PART_OF_DAY -> 2;
      case DAY -> 3;
      case WEEK -> 4;
      case MONTH -> 5;
      case QUARTER, SEASON -> 6;
      case HALF_YEAR -> 7;
      case YEAR -> 8;
      case DECADE -> 9;
      case CENTURY -> 10;
    };
  }

  /** The TIMEX3 value: {@code 2024-11}, {@code 2025-W12}, {@code 1989-Q3}, {@code 199} (the 1990s), {@code 19} (the 1900s). */
  String value() {
    int y = first.getYear();
    return switch (granularity) {
      case DAY, PART_OF_DAY, HOUR, MINUTE -> first.toString();
      case WEEK -> String.format("%04d-W%02d", first.get(IsoFields.WEEK_BASED_YEAR), first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format("%04d-%02d", y, first.getMonthValue());
      case QUARTER -> String.format("%04d-Q%d", y, (first.getMonthValue() - 1) / 3 + 1);
      case HALF_YEAR -> String.format("%04d-H%d", y, first.getMonthValue() <= 6 ? 1 : 2);
      case SEASON -> String.format("%04d-%s", y, Season.starting(first.getMonthValue()).code);
      case YEAR -> String.format("%04d", y);
      case DECADE -> String.format("%03d", y / 10);
      case CENTURY -> String.format("%02d", y / 100);
    };
  }

  /** Days from {@code d} to the nearest day of this unit; 0 when it contains {@code d}. */
  long distanceTo(LocalDate d) {
    if (contains(d)) {
      return 0;
    }
    return d.isBefore(first) ? ChronoUnit.DAYS.between(d, first) : ChronoUnit.DAYS.between(last(), d);
  }

  /** The four seasons with their TIMEX3 codes. */
  enum Season {
    SPRING(3, "SP"),
    SUMMER(6, "SU"),
    FALL(9, "FA"),
    WINTER(12, "WI");

    final int firstMonth;
    final String code;

    Season(int firstMonth, String code) {
      this.firstMonth = firstMonth;
      this.code = code;
    }

    static Season starting(int month) {
      for (Season s : values()) {
        if (s.firstMonth == month) {
          return s;
        }
      }
      throw new IllegalArgumentException("no season starts in month " + month);
    }
  }
}
