package org.dossier.extract.time;

import static org.dossier.extract.time.Numerals.NOT_AFTER_YEAR;
import static org.dossier.extract.time.Numerals.dayNumber;
import static org.dossier.extract.time.Numerals.num;
import static org.dossier.extract.time.Numerals.startsWithDigit;
import static org.dossier.extract.time.Numerals.validDay;
import static org.dossier.extract.time.Numerals.yearNumber;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.analysis.TimeExpression.Anchor;
import org.dossier.analysis.TimeExpression.Granularity;

/**
 * The rules for calendar dates: names and numbers of days, months and years ("March 3, 2024",
 * "2024-11-05", "nineteen ninety-seven", "in 1998") and weeks of a month ("the third week of March").
 * Part of the {@link Grammar}; see it for how matches are chosen. Uses only the lowest layer
 * ({@link Lexicon}, {@link Numerals}) and the meanings ({@link Resolve}, {@link Choose}).
 */
final class DateRules {

  private DateRules() {}

  static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  static final Pattern SLASH = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
  static final Set<String> MONTH_CONTEXT = Set.of(
      "in", "on", "since", "until", "till", "til", "by", "last", "next", "this", "early", "late", "mid", "of",
      "from", "to", "through", "thru", "during", "before", "after", "between", "and", "or", "every", "each",
      "end", "beginning", "start", "middle", "that", "past", "coming", "around", "throughout",
      "within", "for", "late-", "early-", "as", "than", "into", "onwards", "following", "previous", "-");
  static final Set<String> NOT_BEFORE_YEAR = Set.of(
      "$", "#", "no", "number", "flight", "route", "room", "page", "pages", "model", "version", "interstate",
      "article", "section", "chapter", "highway", "about", "some", "nearly", "almost", "approximately",
      "the", "over", "than", "of", "at", "us$", "c$", "a$", "hk$", "rs", "rs.", "£", "€", "¥", "to");
  static final Set<String> BEFORE_SPELLED_YEAR = Set.of("in", "since", "until", "by", "of", "from", "to");
  static final Set<String> BEFORE_OLD_YEAR = Set.of("in", "since", "of", "until", "by");

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
    if (!dated && k > 0 && w.capitalized(k - 1) && w.pos(k - 1).startsWith("NNP") && !Lexicon.isCalendarWord(w.w(k - 1))
        && !(k == 1 && w.w(0).equals("the"))) {
      return false;
    }
    // a capitalised noun after it makes it a name too: "March Madness", "May Day"
    if (k + 1 < w.size() && w.capitalized(k + 1) && w.pos(k + 1).startsWith("NNP") && dayNumber(w, k + 1) < 0
        && !Lexicon.isCalendarWord(w.w(k + 1)) && !w.sameToken(k + 1)) {
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
}
