package org.dossier.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.dossier.analysis.TimeExpression.Anchor;
import org.dossier.analysis.TimeExpression.Granularity;
import org.dossier.analysis.TimeExpression.Type;
import static org.dossier.extract.time.Grammar.*;
import static org.dossier.extract.time.DeicticRules.*;
import static org.dossier.extract.time.DurationRules.*;
import static org.dossier.extract.time.ClockRules.*;

/**
 * The rules for calendar dates: names and numbers of days, months and years, weeks of a month,
 * weekdays and parts of day, quarters and halves, decades and centuries, holidays and seasons.
 * Part of the {@link Grammar}; see it for how matches are chosen.
 */
final class DateRules {

  private DateRules() {}

  // ---------------------------------------------------------------- "the third week of March"

  static void weekOf(Words w, int i, List<Match> out) {
    if (!w.w(i).equals("the")) {
      return;
    }
    String o = w.w(i + 1);
    int nth = o.equals("last") || o.equals("final") ? -1 : Lexicon.ordinal(o);
    if (nth == 0 || nth > 5 || !w.w(i + 2).equals("week") || !w.w(i + 3).equals("of")) {
      if (o.equals("week") && w.w(i + 2).equals("of")) {
        // "the week of March 6"
        List<Match> dates = new ArrayList<>();
        explicitDates(w, i + 3, dates);
        for (Match m : dates) {
          out.add(new Match(i, m.to(), c -> {
            Resolution r = m.reading().resolve(c);
            return r.stretch().isPresent()
                ? Resolution.date(Stretch.week(r.stretch().get().first()), r.anchor()) : r;
          }, m.yearKnown(), m.year()));
        }
      }
      return;
    }
    List<Match> months = new ArrayList<>();
    if (isMonth(w, i + 4, true)) {
      explicitDates(w, i + 4, months);
    }
    for (Match m : months) {
      out.add(new Match(i, m.to(), c -> {
        Resolution r = m.reading().resolve(c);
        if (r.stretch().isEmpty() || r.stretch().get().granularity() != Granularity.MONTH) {
          return r;
        }
        Stretch month = r.stretch().get();
        LocalDate firstMonday = month.first().with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        Stretch week = nth > 0
            ? Stretch.week(firstMonday.plusWeeks(nth - 1L))
            : Stretch.week(month.last().with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        return Resolution.date(week, r.anchor());
      }, m.yearKnown(), m.year()));
    }
  }

  // ---------------------------------------------------------------- dates with names and numbers

  static void explicitDates(Words w, int i, List<Match> out) {
    String a = w.w(i);
    if (startsWithDigit(a)) {
      numericDates(a, i, out);
    }
    // "the 3rd of March", "3 March 2024"
    int from = i;
    int j = i;
    if (a.equals("the")) {
      j++;
    }
    int dayNum = Lexicon.ordinal(w.w(j));
    if (dayNum >= 1 && dayNum <= 31 && (j > i || !w.w(j).isEmpty())) {
      int k = j + 1;
      if (w.w(k).equals("of")) {
        k++;
      }
      if (isMonth(w, k, true)) {
        monthPhrase(w, from, k, dayNum, out);
      }
    }
    if (isMonth(w, i, false)) {
      monthPhrase(w, i, i, -1, out);
    }
    secondDay(w, i, out);
    year(w, i, out);
    spelledYear(w, i, out);
  }

  private static final Set<String> DAY_LINKS = Set.of("and", "or", "to", "through", "thru", "-", "\u2013");

  /**
   * The second day of "April 24 and 25", "May 3 to 5": a day number right after a day of a named
   * month is a day of that month, in the year the clause gives.
   */
  static void secondDay(Words w, int i, List<Match> out) {
    if (i < 3 || !DAY_LINKS.contains(w.w(i - 1)) || w.sameToken(i - 1)) {
      return;
    }
    String n = w.w(i);
    int day = n.chars().allMatch(Character::isDigit) && n.length() <= 2 ? Integer.parseInt(n) : -1;
    int first = dayNumber(w, i - 2);
    if (day < 1 || day > 31 || first < 1 || day <= first || !isMonth(w, i - 3, false) || dayNumber(w, i) < 0) {
      return;
    }
    int month = Lexicon.MONTHS.get(w.w(i - 3));
    int year = w.w(i + 1).equals(",") ? yearNumber(w, i + 2) : -1;
    if (!validDay(year > 0 ? year : 2000, month, day)) {
      return;
    }
    int end = year > 0 ? i + 3 : i + 1;
    out.add(new Match(i, end, c -> monthReading(c, month, day, year), year > 0, year));
  }

  /** ISO dates and slashed dates written as one token: 2024-11-05, 2024-11, 11/05/2024. */
  static void numericDates(String a, int i, List<Match> out) {
    Matcher m = ISO_DAY.matcher(a);
    if (m.matches() && validDay(num(m.group(1)), num(m.group(2)), num(m.group(3)))) {
      LocalDate d = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
      out.add(new Match(i, i + 1, c -> Resolution.date(Stretch.day(d), Anchor.NONE), true, d.getYear()));
    }
    m = ISO_MONTH.matcher(a);
    if (m.matches() && num(m.group(2)) >= 1 && num(m.group(2)) <= 12 && num(m.group(1)) >= 1000) {
      Stretch s = Stretch.month(num(m.group(1)), num(m.group(2)));
      out.add(new Match(i, i + 1, c -> Resolution.date(s, Anchor.NONE), true, num(m.group(1))));
    }
    m = SLASH.matcher(a);
    if (m.matches()) {
      int y = num(m.group(3));
      y = y < 100 ? (y < 50 ? 2000 + y : 1900 + y) : y;
      int mo = num(m.group(1));
      int d = num(m.group(2));
      if (validDay(y, mo, d)) {
        LocalDate day = LocalDate.of(y, mo, d);
        out.add(new Match(i, i + 1, c -> Resolution.date(Stretch.day(day), Anchor.NONE), true, y));
      }
    }
  }

  static boolean startsWithDigit(String a) {
    return !a.isEmpty() && Character.isDigit(a.charAt(0));
  }

  /** Month at {@code k}, optionally with a day before it ({@code day} > 0) or after it, and a year. */
  static void monthPhrase(Words w, int from, int k, int dayBefore, List<Match> out) {
    int month = Lexicon.MONTHS.get(w.w(k));
    int end = k + 1;
    int day = dayBefore;
    if (day < 0) {
      int d = dayNumber(w, end);
      if (d > 0) {
        day = d;
        end++;
      }
    }
    int year = -1;
    int yEnd = end;
    if (w.w(yEnd).equals(",")) {
      yEnd++;
    }
    if (w.w(yEnd).equals("of") && day < 0) {
      yEnd++;
    }
    int y = yearNumber(w, yEnd);
    if (y > 0) {
      year = y;
      end = yEnd + 1;
    } else {
      List<Match> spelled = new ArrayList<>();
      spelledYear(w, yEnd, spelled);
      if (!spelled.isEmpty() && spelled.get(0).from() == yEnd) {
        year = spelled.get(0).year();
        end = spelled.get(0).to();
      }
    }
    int yearShift = Integer.MIN_VALUE;
    if (year < 0) {
      int s = end;
      if (w.w(s).equals("of") || w.w(s).equals(",")) {
        s++;
      }
      String d = w.w(s);
      if ((d.equals("last") || d.equals("this") || d.equals("next")) && w.w(s + 1).equals("year")) {
        yearShift = d.equals("last") ? -1 : d.equals("this") ? 0 : 1;
        end = s + 2;
      }
    }
    if (yearShift != Integer.MIN_VALUE) {
      int shift = yearShift;
      int fd = day;
      out.add(new Match(from, end, c -> {
        if (c.dct().isEmpty()) {
          return monthReading(c, month, fd, -1);
        }
        int yy = c.dct().get().getYear() + shift;
        Resolution r = monthReading(c, month, fd, yy);
        return Resolution.date(r.stretch().get(), Anchor.DCT);
      }));
      return;
    }
    if (day > 0 && !validDay(year > 0 ? year : 2000, month, day)) {
      return;
    }
    final int fDay = day;
    final int fYear = year;
    if (year < 0 && w.w(end).equals("'s")) {
      // "after January's sharp rise", "November's election": a month known to both, the nearest
      out.add(new Match(from, end, c -> monthReading(c.withTense(Tense.PRESENT), month, fDay, fYear)));
      return;
    }
    out.add(new Match(from, end, c -> monthReading(c, month, fDay, fYear), year > 0, year));
  }

  static Resolution monthReading(Context c, int month, int day, int year) {
    if (year > 0) {
      return day > 0
          ? Resolution.date(Stretch.day(LocalDate.of(year, month, day)), Anchor.NONE)
          : Resolution.date(Stretch.month(year, month), Anchor.NONE);
    }
    if (day > 0) {
      return Choose.yearlyFar(c, y -> validDay(y, month, day) ? Stretch.day(LocalDate.of(y, month, day)) : null,
          String.format("XXXX-%02d-%02d", month, day), 180);
    }
    // in a past-tense clause, last year's month just after the DCT's (ten months and more back)
    // loses to the coming one: "orders for November delivery" in late October
    return Choose.yearlyFar(c, y -> Stretch.month(y, month), String.format("XXXX-%02d", month), 300);
  }

  /** Whether word {@code k} is a month name used as a month, not a verb, a name or a march. */
  static boolean isMonth(Words w, int k, boolean afterDay) {
    String n = w.w(k);
    Integer month = Lexicon.MONTHS.get(n);
    if (month == null) {
      return false;
    }
    String raw = w.raw(k);
    boolean abbreviation = n.length() <= 4 && !n.equals("may") && !n.equals("june") && !n.equals("july");
    if (abbreviation && !raw.endsWith(".") && !afterDay && dayNumber(w, k + 1) < 0 && yearNumber(w, k + 1) < 0) {
      return false;
    }
    if (!w.capitalized(k) || "PERSON".equals(w.token(k).ner()) || w.pos(k).equals("MD")) {
      return false;
    }
    if (afterDay) {
      return true;
    }
    boolean dated = dayNumber(w, k + 1) > 0 || yearNumber(w, k + 1) > 0;
    // a capitalised word before it makes it part of a name: "Long March", "Theresa May"
    if (!dated && k > 0 && w.capitalized(k - 1) && w.pos(k - 1).startsWith("NNP") && !isCalendarWord(w.w(k - 1))
        && !(k == 1 && w.w(0).equals("the"))) {
      return false;
    }
    // a capitalised noun after it makes it a name too: "March Madness", "May Day"
    if (k + 1 < w.size() && w.capitalized(k + 1) && w.pos(k + 1).startsWith("NNP") && dayNumber(w, k + 1) < 0
        && !isCalendarWord(w.w(k + 1)) && !w.sameToken(k + 1)) {
      return false;
    }
    if (Lexicon.AMBIGUOUS_MONTHS.contains(n)) {
      return dayNumber(w, k + 1) > 0 || yearNumber(w, k + 1) > 0
          || (w.w(k + 1).equals(",") && yearNumber(w, k + 2) > 0)
          || MONTH_CONTEXT.contains(w.w(k - 1)) || w.w(k + 1).equals("last") || w.w(k + 1).equals("this")
          || w.w(k + 1).equals("next");
    }
    return true;
  }

  static boolean isCalendarWord(String n) {
    return Lexicon.MONTHS.containsKey(n) || Lexicon.WEEKDAYS.containsKey(n) || n.equals("day") || n.equals("eve");
  }

  /** A day of the month written after a month: "12", "12th", "12," — or -1. */
  static int dayNumber(Words w, int k) {
    String n = w.w(k);
    if (n.isEmpty() || !Character.isDigit(n.charAt(0))) {
      return -1;
    }
    int d = Lexicon.ordinal(n);
    if (d < 1 || d > 31) {
      return -1;
    }
    // "March 1998" is a year, "May 5 people" is not a date
    String next = w.w(k + 1);
    if (NOT_AFTER_YEAR.contains(next) && !next.equals("and") && !next.equals("to")) {
      return -1;
    }
    return d;
  }

  /** A year written as four digits (1000-2199) or as '98, or -1. */
  static int yearNumber(Words w, int k) {
    String n = w.w(k);
    if (n.length() == 4 && n.chars().allMatch(Character::isDigit)) {
      int y = Integer.parseInt(n);
      return y >= 1000 && y <= 2199 ? y : -1;
    }
    if (n.length() == 3 && (n.charAt(0) == '\'' || n.charAt(0) == '\u2019') && Character.isDigit(n.charAt(1))
        && Character.isDigit(n.charAt(2))) {
      int y = Integer.parseInt(n.substring(1));
      return y < 50 ? 2000 + y : 1900 + y;
    }
    return -1;
  }

  /** A year in words, as broadcast transcripts write it: "nineteen ninety-seven", "two thousand". */
  static void spelledYear(Words w, int i, List<Match> out) {
    int start = i;
    if (w.w(i).equals("the") && w.w(i + 1).equals("year")) {
      i += 2;
    }
    String a = w.w(i);
    int year;
    int end;
    if ((a.equals("nineteen") || a.equals("eighteen")) && Lexicon.NUMBERS.containsKey(w.w(i + 1))) {
      int tens = Lexicon.NUMBERS.get(w.w(i + 1));
      if (tens < 10 || tens % 10 != 0 && tens > 19) {
        return;
      }
      end = i + 2;
      int units = 0;
      if (tens >= 20 && Lexicon.NUMBERS.containsKey(w.w(end)) && Lexicon.NUMBERS.get(w.w(end)) < 10
          && Lexicon.NUMBERS.get(w.w(end)) > 0 && !w.w(end).equals("a") && !w.w(end).equals("an")) {
        units = Lexicon.NUMBERS.get(w.w(end));
        end++;
      }
      year = (a.equals("nineteen") ? 1900 : 1800) + tens + units;
    } else if (a.equals("two") && w.w(i + 1).equals("thousand")) {
      end = i + 2;
      year = 2000;
      int k = w.w(end).equals("and") ? end + 1 : end;
      int n = Lexicon.number(w.w(k));
      if (n > 0 && n < 100 && !w.w(k).equals("a") && !w.w(k).equals("an") && Lexicon.UNITS.get(w.w(k + 1)) == null) {
        year += n;
        end = k + 1;
      }
      if (start == i && !BEFORE_SPELLED_YEAR.contains(w.w(i - 1))) {
        return;
      }
    } else {
      return;
    }
    if (Lexicon.UNITS.containsKey(w.w(end)) || NOT_AFTER_YEAR.contains(w.w(end)) && !w.w(end).equals("and")) {
      return;
    }
    int y = year;
    out.add(new Match(start, end, c -> Resolution.date(Stretch.year(y), Anchor.NONE), true, y));
  }

  /** A year on its own: "in 1998", "1998's", "the 2024 elections"; not "$1998" or "1998 people". */
  static void year(Words w, int i, List<Match> out) {
    if (w.w(i).equals("the") && w.w(i + 1).equals("year") && yearNumber(w, i + 2) > 0) {
      int y = yearNumber(w, i + 2);
      out.add(new Match(i, i + 3, c -> Resolution.date(Stretch.year(y), Anchor.NONE), true, y));
      return;
    }
    String n = w.w(i);
    int y = yearNumber(w, i);
    if (y < 0 || n.startsWith("'") || !w.pos(i).equals("CD") && !w.pos(i).isEmpty() && !w.pos(i).startsWith("NN")
        && !w.pos(i).equals("JJ")) {
      return;
    }
    if (y < 1600 && !BEFORE_OLD_YEAR.contains(w.w(i - 1))) {
      return;
    }
    String prev = w.w(i - 1);
    String next = w.w(i + 1);
    if (NOT_BEFORE_YEAR.contains(prev) && !(prev.equals("the") && !NOT_AFTER_YEAR.contains(next))
        && !(prev.equals("of") || prev.equals("to"))) {
      return;
    }
    if (NOT_AFTER_YEAR.contains(next) && !(next.equals("and") || next.equals("to"))) {
      return;
    }
    if (prev.equals("to") && Lexicon.number(w.w(i - 2)) >= 0 && yearNumber(w, i - 2) < 0) {
      return;
    }
    out.add(new Match(i, i + 1, c -> Resolution.date(Stretch.year(y), Anchor.NONE), true, y));
  }

  // ---------------------------------------------------------------- weekdays and parts of day

  static void weekdays(Words w, int i, List<Match> out) {
    Integer dow = Lexicon.WEEKDAYS.get(w.w(i));
    if (dow == null || !weekdayHere(w, i)) {
      return;
    }
    int end = i + 1;
    // "Friday, March 3, 2024": the date decides
    int k = w.w(end).equals(",") ? end + 1 : end;
    List<Match> dates = new ArrayList<>();
    if (isMonth(w, k, true) || Lexicon.ordinal(w.w(k)) > 0 && isMonth(w, k + 1, true)) {
      explicitDates(w, k, dates);
      for (Match m : dates) {
        out.add(new Match(i, m.to(), m.reading(), m.yearKnown(), m.year()));
      }
    }
    String part = Lexicon.PARTS_OF_DAY.get(w.w(end));
    if (part != null && !w.w(end).equals("overnight")) {
      out.add(new Match(i, end + 1, c -> Resolve.partOfDay(Choose.weekday(c, dow), part)));
    }
    boolean possessive = w.w(end).equals("'s");
    out.add(new Match(i, end, c -> Choose.weekday(possessive ? c.withTense(Tense.PAST) : c, dow)));
  }

  static boolean weekdayHere(Words w, int i) {
    String n = w.w(i);
    if (!w.capitalized(i) || "PERSON".equals(w.token(i).ner()) && !n.endsWith("day")) {
      return false;
    }
    if (!n.endsWith("day") && !w.raw(i).endsWith(".")) {
      return false;
    }
    String next = w.w(i + 1);
    if (NAME_AFTER_WEEKDAY.contains(next) && w.capitalized(i + 1)) {
      return false;
    }
    if (NAME_BEFORE_WEEKDAY.contains(w.w(i - 1)) && w.capitalized(i - 1)) {
      return false; // "Bloody Sunday", "Super Tuesday", "Black Monday"
    }
    if (i + 1 < w.size() && w.capitalized(i + 1) && w.pos(i + 1).startsWith("NNP") && !isCalendarWord(next)
        && Lexicon.MONTHS.get(next) == null && !w.sameToken(i + 1)) {
      return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- quarters, halves, fiscal years

  private static final Set<String> SAME = Set.of("same", "corresponding", "comparable", "like", "equivalent");

  /**
   * "the quarter a year ago", "the corresponding period last year", "last year's quarter": the
   * period the report is about, a year back (the comparison financial news makes).
   */
  static void samePeriodAYearBack(Words w, int i, List<Match> out) {
    int k;
    int end;
    if (w.w(i).equals("last") && w.w(i + 1).equals("year") && w.w(i + 2).equals("'s")) {
      k = SAME.contains(w.w(i + 3)) ? i + 4 : i + 3;
      if (!w.w(k).equals("quarter") && !w.w(k).equals("period")) {
        return;
      }
      end = k + 1;
    } else if (w.w(i).equals("the")) {
      k = SAME.contains(w.w(i + 1)) ? i + 2 : i + 1;
      if (!w.w(k).equals("quarter") && !w.w(k).equals("period")) {
        return;
      }
      int b = k + 1;
      if (w.w(b).equals("of")) {
        b++;
      }
      if (w.w(b).equals("last") && w.w(b + 1).equals("year")) {
        end = b + 2;
      } else if (w.w(b).equals("a") && w.w(b + 1).equals("year")
          && (w.w(b + 2).equals("ago") || w.w(b + 2).equals("earlier") || w.w(b + 2).equals("before"))) {
        end = b + 3;
      } else if (w.w(b).equals("the") && (w.w(b + 1).equals("previous") || w.w(b + 1).equals("prior"))
          && w.w(b + 2).equals("year")) {
        end = b + 3;
      } else {
        return;
      }
    } else {
      return;
    }
    boolean quarter = w.w(k).equals("quarter");
    out.add(new Match(i, end, c -> {
      Resolution now;
      if (Resolve.reportingPeriod(c)) {
        now = Resolution.date(c.discourse().get(), Anchor.DISCOURSE);
      } else if (quarter) {
        now = Resolve.quarterOf(c, 0);
      } else {
        // a period of the story's own making ("the four weeks ended Feb. 21"): last year
        return Resolve.dctUnit(c, Granularity.YEAR, -1).asAside();
      }
      if (now.stretch().isEmpty()) {
        return Resolution.bare(Type.DATE, "XXXX-QX", Anchor.NONE);
      }
      return Resolution.date(now.stretch().get().shift(-1, Granularity.YEAR), Anchor.DISCOURSE).asAside();
    }));
  }

  /**
   * "the September quarter", "the 1985 December quarter": a quarter named by the month it ends
   * in (Australian, New Zealand and British usage).
   */
  static void monthQuarter(Words w, int i, List<Match> out) {
    int k = w.w(i).equals("the") ? i + 1 : i;
    int year = yearNumber(w, k);
    if (year > 0) {
      k++;
    }
    Integer month = Lexicon.MONTHS.get(w.w(k));
    int after = k + 1;
    if (year < 0 && yearNumber(w, after) > 0) {
      year = yearNumber(w, after); // "the December 1986 quarter"
      after++;
    }
    if (k == i || month == null || month % 3 != 0 || !w.capitalized(k) || !w.w(after).equals("quarter")) {
      return;
    }
    int q = month / 3;
    int y = year;
    out.add(new Match(i, after + 1,
        c -> y > 0 ? Resolution.date(Stretch.quarter(y, q), Anchor.NONE) : Choose.quarter(c, q), y > 0, y));
  }

  static void quarters(Words w, int i, List<Match> out) {
    int j = i;
    boolean the = w.w(j).equals("the");
    if (the) {
      j++;
    }
    String a = w.w(j);
    Matcher qm = a.length() == 2 ? QUARTER_CODE.matcher(a) : null;
    if (qm != null && qm.matches()) {
      int q = num(qm.group(1) != null ? qm.group(1) : qm.group(2));
      int y = yearNumber(w, j + 1);
      if (y > 0) {
        out.add(new Match(i, j + 2, c -> Resolution.date(Stretch.quarter(y, q), Anchor.NONE), true, y));
      } else if (w.raw(j).toUpperCase().equals(w.raw(j))) {
        out.add(new Match(i, j + 1, c -> Resolve.quarterOf(c, q)));
      }
      return;
    }
    Matcher hm = a.length() == 2 ? HALF_CODE.matcher(a) : null;
    if (hm != null && hm.matches() && yearNumber(w, j + 1) > 0 && w.raw(j).startsWith("H")) {
      int h = num(hm.group(1));
      int y = yearNumber(w, j + 1);
      out.add(new Match(i, j + 2, c -> Resolution.date(Stretch.half(y, h), Anchor.NONE), true, y));
      return;
    }
    boolean fyCode = a.startsWith("fy") && FISCAL_CODE.matcher(a).matches();
    if (fyCode || a.equals("fy") && yearNumber(w, j + 1) > 0) {
      String ys = fyCode ? a.substring(a.charAt(2) == '\'' ? 3 : 2) : w.w(j + 1);
      int y = ys.length() == 2 ? (num(ys) < 50 ? 2000 + num(ys) : 1900 + num(ys)) : num(ys);
      int end = fyCode ? j + 1 : j + 2;
      out.add(new Match(i, end, c -> Resolution.date(Stretch.year(y), Anchor.NONE), true, y));
      return;
    }
    // "fiscal 1989", "fiscal year 1990", "the 1990 fiscal year"
    if (a.equals("fiscal")) {
      int k = j + 1;
      if (w.w(k).equals("year")) {
        k++;
      }
      int y = yearNumber(w, k);
      if (y > 0) {
        out.add(new Match(i, k + 1, c -> Resolution.date(Stretch.year(y), Anchor.NONE), true, y));
        return;
      }
    }
    // [this year's | last year's] [fiscal] first quarter [of 1989 | of last year | of fiscal 1990]
    int k = j;
    int yearShift = Integer.MIN_VALUE;
    if ((a.equals("this") || a.equals("last") || a.equals("next")) && w.w(j + 1).equals("year") && w.w(j + 2).equals("'s")) {
      yearShift = a.equals("this") ? 0 : a.equals("last") ? -1 : 1;
      k = j + 3;
    }
    int explicitYear = -1;
    if (yearNumber(w, k) > 0 && w.w(k + 1).equals("'s")) {
      explicitYear = yearNumber(w, k);
      k += 2;
    } else if (the && yearNumber(w, k) > 0 && (w.w(k + 1).equals("period") || w.w(k + 1).equals("quarter")
        || Lexicon.ordinal(w.w(k + 1)) > 0 && w.w(k + 2).equals("quarter") || w.w(k + 1).equals("fiscal"))) {
      explicitYear = yearNumber(w, k);
      k += 1;
    }
    boolean yearEarlier = false;
    if ((w.w(k).equals("year") && (w.w(k + 1).equals("earlier") || w.w(k + 1).equals("ago")))) {
      yearEarlier = true;
      k += 2;
    }
    if (w.w(k).equals("fiscal")) {
      k++;
    }
    int q = -1;
    boolean half = false;
    String o = w.w(k);
    if (o.equals("current")) {
      q = -2;
      k++;
    } else if (o.equals("latest") || o.equals("recent") || o.equals("most") && w.w(k + 1).equals("recent")) {
      q = 0;
      k += o.equals("most") ? 2 : 1;
    } else if (o.equals("final") || o.equals("last") && the) {
      q = 4;
      k++;
    } else {
      int ord = Lexicon.ordinal(o);
      if (ord >= 1 && ord <= 4 && (!Character.isDigit(o.charAt(0)) || o.length() == 3)) {
        q = ord;
        k++;
      }
    }
    if (q < 0 && the && o.equals("latter") && w.w(k + 1).equals("half")) {
      q = 2; // "the latter half of 1989"
      k++;
    }
    // "the first two quarters of 1990", "the last two quarters": a half year
    if ((q == 1 || q == 4) && w.w(k).equals("two") && w.w(k + 1).equals("quarters")) {
      q = q == 1 ? 1 : 2;
      half = true;
      k++;
    }
    String unit = w.w(k);
    if (half) {
      // the half year said in quarters
    } else if (unit.equals("half") && (q == 1 || q == 2 || q == 4)) {
      half = true;
      q = q == 4 ? 2 : q; // "the last half of 1989"
    } else if (!unit.equals("quarter") && !unit.equals("period")) {
      return;
    }
    if (unit.equals("period") && !(yearEarlier || q == 0 || explicitYear > 0)) {
      return;
    }
    if (q < 0 && !yearEarlier && !(the && unit.equals("quarter")) && !(explicitYear > 0 && unit.equals("period"))) {
      return;
    }
    if (!the && !yearEarlier && yearShift == Integer.MIN_VALUE && explicitYear < 0 && q <= 0) {
      return;
    }
    int end = k + 1;
    // "of 1989", "of last year", "of fiscal 1990", "of this year", "1990"
    int of = end;
    int year = explicitYear;
    if (w.w(of).equals("of") || w.w(of).equals("in")) {
      of++;
    }
    if (w.w(of).equals("fiscal")) {
      of++;
      if (w.w(of).equals("year")) {
        of++;
      }
    }
    if (yearNumber(w, of) > 0) {
      year = yearNumber(w, of);
      end = of + 1;
    } else if ((w.w(of).equals("this") || w.w(of).equals("last") || w.w(of).equals("next")) && w.w(of + 1).equals("year")
        && of > end) {
      yearShift = w.w(of).equals("this") ? 0 : w.w(of).equals("last") ? -1 : 1;
      end = of + 2;
    } else if (w.w(of).equals("the") && w.w(of + 1).equals("year") && of > end) {
      yearShift = 0;
      end = of + 2;
    }
    if (year < 0 && yearShift == Integer.MIN_VALUE && end == k + 1 && w.w(end).equals("of")
        && w.w(end + 1).equals("the")) {
      return; // "the last half of the '80s", "the first quarter of the game": a part of something else
    }
    final int fq = q;
    final int fy = year;
    final int fShift = yearShift;
    final boolean fHalf = half;
    final boolean fEarlier = yearEarlier;
    final boolean fPeriod = unit.equals("period");
    out.add(new Match(i, end, c -> {
      Resolution r;
      if (fy > 0) {
        r = Resolution.date(fHalf ? Stretch.half(fy, fq) : Stretch.quarter(fy, Math.max(fq, 1)),
            fq <= 0 ? Anchor.DISCOURSE : Anchor.NONE);
        if (fq <= 0) {
          Resolution current = Resolve.quarterOf(c, 0);
          r = current.stretch().isPresent() && current.stretch().get().granularity() == Granularity.QUARTER
              ? Resolution.date(Stretch.quarter(fy, (current.stretch().get().first().getMonthValue() - 1) / 3 + 1), Anchor.DISCOURSE)
              : Resolution.date(Stretch.year(fy), Anchor.NONE);
        }
      } else if (fShift != Integer.MIN_VALUE && c.dct().isPresent()) {
        int y = c.dct().get().getYear() + fShift;
        r = Resolution.date(fHalf ? Stretch.half(y, fq) : Stretch.quarter(y, Math.max(fq, 1)), Anchor.DCT);
      } else if (fHalf) {
        r = c.dct().isPresent()
            ? Resolution.date(Stretch.half(c.dct().get().getYear(), fq), Anchor.DCT)
            : Resolution.bare(Type.DATE, "XXXX-H" + fq, Anchor.NONE);
      } else if (fEarlier && fPeriod && fq < 0 && !Resolve.reportingPeriod(c)) {
        // "the year-ago period" of a stretch the story makes up ("the two months"): last year
        return Resolve.dctUnit(c, Granularity.YEAR, -1).asAside();
      } else {
        r = Resolve.quarterOf(c, fq);
      }
      if (fEarlier) {
        Stretch s = r.stretch().orElse(null);
        if (s != null) {
          r = Resolution.date(s.shift(-1, Granularity.YEAR), r.anchor()).asAside();
        }
      }
      return r;
    }, fy > 0, fy));
  }

  // ---------------------------------------------------------------- decades and centuries

  static void decades(Words w, int i, List<Match> out) {
    int j = w.w(i).equals("the") ? i + 1 : i;
    String a = w.w(j);
    Matcher m = a.endsWith("s") && a.length() >= 3 && a.length() <= 6 ? DECADE.matcher(a) : null;
    if (m != null && m.matches() && (a.length() == 5 || a.startsWith("'") || m.group(1) == null && w.w(j - 1).equals("the")
        || m.group(1) == null && j > i)) {
      int decade;
      if (m.group(1) != null) {
        decade = num(m.group(1)) * 100 + num(m.group(2)) * 10;
      } else {
        int d = num(m.group(2)) * 10;
        decade = d >= 30 ? 1900 + d : 2000 + d;
      }
      if (decade < 1000) {
        return;
      }
      int y = decade;
      out.add(new Match(i, j + 1, c -> Resolution.date(Stretch.decade(y), Anchor.NONE), true, y));
      return;
    }
    // "the twenties", "the nineties"
    if (j > i && a.endsWith("ties") && Lexicon.NUMBERS.containsKey(a.substring(0, a.length() - 3) + "y")) {
      int d = Lexicon.NUMBERS.get(a.substring(0, a.length() - 3) + "y");
      int y = d >= 30 ? 1900 + d : 2000 + d;
      out.add(new Match(i, j + 1, c -> Resolution.date(Stretch.decade(y), Anchor.NONE), true, y));
      return;
    }
    // "the 20th century", "a 20th century democrat"
    if (w.w(j + 1).equals("century")) {
      int n = Lexicon.ordinal(a);
      if (n >= 1 && n <= 22) {
        int y = (n - 1) * 100;
        out.add(new Match(i, j + 2, c -> Resolution.date(Stretch.century(y), Anchor.NONE), true, y));
      }
    }
  }

  // ---------------------------------------------------------------- holidays

  static void holidays(Words w, int i, List<Match> out) {
    String a = w.w(i);
    String b = w.w(i + 1);
    int end;
    java.util.function.IntFunction<LocalDate> day;
    String partial;
    if (!w.capitalized(i)) {
      return;
    }
    if (a.equals("christmas")) {
      boolean eve = b.equals("eve");
      end = b.equals("eve") || b.equals("day") ? i + 2 : i + 1;
      day = y -> LocalDate.of(y, 12, eve ? 24 : 25);
      partial = eve ? "XXXX-12-24" : "XXXX-12-25";
    } else if (a.equals("new") && b.equals("year") && w.w(i + 2).equals("'s")
        && (w.w(i + 3).equals("day") || w.w(i + 3).equals("eve"))) {
      boolean eve = w.w(i + 3).equals("eve");
      end = i + 4;
      day = y -> eve ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
      partial = eve ? "XXXX-12-31" : "XXXX-01-01";
    } else if (a.equals("thanksgiving")) {
      end = b.equals("day") ? i + 2 : i + 1;
      day = y -> LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
      partial = "XXXX-11-XX";
    } else if (a.equals("easter") && !b.equals("island")) {
      end = b.equals("sunday") || b.equals("day") ? i + 2 : i + 1;
      day = Resolve::easter;
      partial = "XXXX-XX-XX";
    } else if (a.equals("independence") && b.equals("day") && w.capitalized(i + 1)) {
      end = i + 2;
      day = y -> LocalDate.of(y, 7, 4);
      partial = "XXXX-07-04";
    } else if ((a.equals("labor") || a.equals("labour")) && b.equals("day") && w.capitalized(i + 1)) {
      end = i + 2;
      day = y -> LocalDate.of(y, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
      partial = "XXXX-09-XX";
    } else if (a.equals("memorial") && b.equals("day") && w.capitalized(i + 1)) {
      end = i + 2;
      day = y -> LocalDate.of(y, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
      partial = "XXXX-05-XX";
    } else if ((a.equals("veterans") || a.equals("armistice")) && b.equals("day")) {
      end = i + 2;
      day = y -> LocalDate.of(y, 11, 11);
      partial = "XXXX-11-11";
    } else if (a.equals("election") && b.equals("day") && w.capitalized(i + 1)) {
      end = i + 2;
      day = y -> LocalDate.of(y, 11, 2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
      partial = "XXXX-11-XX";
    } else if (a.equals("halloween")) {
      end = i + 1;
      day = y -> LocalDate.of(y, 10, 31);
      partial = "XXXX-10-31";
    } else if (a.equals("valentine") && b.equals("'s") && w.w(i + 2).equals("day")) {
      end = i + 3;
      day = y -> LocalDate.of(y, 2, 14);
      partial = "XXXX-02-14";
    } else {
      return;
    }
    // a film, a book or a song with a holiday's name is not a date
    for (int k = Math.max(0, i - 3); k < Math.min(w.size(), end + 2); k++) {
      if (FILM.contains(w.w(k)) || k == i - 1 && (w.w(k).equals("\"") || w.w(k).equals("``"))) {
        return;
      }
    }
    if (end < w.size() && w.capitalized(end) && w.pos(end).startsWith("NNP") && !w.sameToken(end)) {
      return;
    }
    int y = yearNumber(w, end);
    if (y > 0) {
      LocalDate d = day.apply(y);
      out.add(new Match(i, end + 1, c -> Resolution.date(Stretch.day(d), Anchor.NONE), true, y));
    }
    java.util.function.IntFunction<LocalDate> fd = day;
    String fp = partial;
    out.add(new Match(i, end, c -> Choose.yearly(c, yy -> Stretch.day(fd.apply(yy)), fp)));
  }

  // ---------------------------------------------------------------- seasons

  static void seasons(Words w, int i, List<Match> out) {
    int j = w.w(i).equals("the") ? i + 1 : i;
    Stretch.Season s = Lexicon.SEASONS.get(w.w(j));
    if (s == null || w.pos(j).startsWith("VB")) {
      return;
    }
    // "summer 1998", "the summer of 1998"
    int k = j + 1;
    if (w.w(k).equals("of")) {
      k++;
    }
    int y = yearNumber(w, k);
    if (y > 0) {
      out.add(new Match(i, k + 1, c -> Resolution.date(Stretch.season(y, s), Anchor.NONE), true, y));
      return;
    }
    String prev = w.w(i - 1);
    boolean context = (j > i || prev.equals("early") || prev.equals("late") || prev.equals("mid")) && (prev.equals("in") || prev.equals("during") || prev.equals("by") || prev.equals("until")
        || prev.equals("over") || prev.equals("through") || prev.equals("since") || prev.equals("of")
        || prev.equals("early") || prev.equals("late") || prev.equals("mid") || prev.equals("for") || prev.equals("into")
        || prev.equals("the") && NARROWING.contains(w.w(i - 1)));
    if (j == i && (prev.equals("this") || prev.equals("last") || prev.equals("next"))) {
      return;
    }
    if (context && !w.w(j + 1).equals("of") && !w.pos(j + 1).startsWith("NN")) {
      out.add(new Match(i, j + 1, c -> Choose.yearly(c, yy -> Stretch.season(yy, s), "XXXX-" + s.code)));
    }
  }

}
