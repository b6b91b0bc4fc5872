package org.dossier.extract.time;

import static org.dossier.extract.time.DateRules.explicitDates;
import static org.dossier.extract.time.Numerals.dayNumber;
import static org.dossier.extract.time.Numerals.validDay;
import static org.dossier.extract.time.Numerals.yearNumber;
import static org.dossier.extract.time.WeekdayRules.weekdays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.analysis.TimeExpression.Anchor;
import org.dossier.analysis.TimeExpression.Granularity;
import org.dossier.analysis.TimeExpression.Type;

/**
 * The rules for expressions that point from the article's date or the narrative's time: "today",
 * "now", "recently", "this/last/next" units, "the year", "the weekend" (the anaphora such as "at
 * that time" or "the same day" are in {@link AnaphoraRules}).
 * Part of the {@link Grammar}; see it for how matches are chosen. Uses the lowest layer
 * ({@link Lexicon}, {@link Numerals}), the meanings ({@link Resolve}) and the dates
 * ({@link DateRules}, {@link WeekdayRules}).
 */
final class DeicticRules {

  private DeicticRules() {}

  // ---------------------------------------------------------------- "for the year", "over the weekend", "year-earlier"

  static final Set<String> BEFORE_THE_UNIT = Set.of(
      "for", "of", "in", "during", "through", "throughout", "over", "since", "until", "ahead", "by", "into");

  static void theUnit(Words w, int i, List<Match> out) {
    String a = w.w(i);
    // "by year-end", "by year's end", "around year end": the end of the narrative's year
    if (a.equals("year") && (w.w(i + 1).equals("end") || w.w(i + 1).equals("'s") && w.w(i + 2).equals("end"))
        && !w.w(i - 1).equals("the") && !w.w(i - 1).equals("a")) {
      int end = w.w(i + 1).equals("end") ? i + 2 : i + 3;
      int year = yearNumber(w, end);
      if (year > 0) {
        // "year-end 1986 reserves", "at year end 1985"
        out.add(new Match(i, end + 1, c -> Resolution.date(Stretch.year(year), Anchor.NONE).withMod("END"),
            true, year));
        return;
      }
      // "since year-end", "had year-end assets of": the year-end already passed is last year's
      boolean since = w.w(i - 1).equals("since");
      out.add(new Match(i, end, c -> {
        boolean past = c.tense() == Tense.PAST || c.tense() == Tense.PERFECT || c.tense() == Tense.COMPLETED;
        return Resolve.dctUnit(c, Granularity.YEAR, since || past ? -1 : 0).withMod("END");
      }));
      return;
    }
    if (a.equals("year") && (w.w(i + 1).equals("earlier") || w.w(i + 1).equals("ago")) && w.hyphenated(i + 1)) {
      out.add(new Match(i, i + 2, c -> {
        if (Resolve.reportingPeriod(c)) {
          return Resolution.date(c.discourse().get().shift(-1, Granularity.YEAR), Anchor.DISCOURSE).asAside();
        }
        return Resolve.dctUnit(c, Granularity.YEAR, -1).asAside();
      }));
      return;
    }
    if (!a.equals("the")) {
      return;
    }
    int k = i + 1;
    int shift = 0;
    if (w.w(k).equals("full") || w.w(k).equals("whole") || w.w(k).equals("entire") || w.w(k).equals("current")) {
      k++;
    } else if (w.w(k).equals("latest") || w.w(k).equals("previous") || w.w(k).equals("prior")) {
      shift = -1;
      k++;
    }
    boolean fiscal = w.w(k).equals("fiscal");
    if (fiscal) {
      k++;
    }
    String n = w.w(k);
    String next = w.w(k + 1);
    if (n.equals("year") && (next.equals("ended") || next.equals("ending"))) {
      out.add(new Match(i, k + 1, c -> Resolution.bare(Type.DURATION, "P1Y", Anchor.NONE)));
      return; // "the fiscal year ended Jan. 31": a year's length, the date follows
    }
    if (k > i + 1 && n.equals("year") && !next.equals("earlier") && !next.equals("ago")) {
      int fs = shift;
      out.add(new Match(i, k + 1, c -> Resolve.dctUnit(c, Granularity.YEAR, fs)));
      return;
    }
    if (n.equals("weekend") && !next.equals("of") && !fiscal) {
      out.add(new Match(i, k + 1, c -> {
        Tense t = c.tense();
        int dir = t == Tense.FUTURE ? 1 : 0;
        return Resolve.weekend(c, dir, false);
      }));
      return;
    }
    boolean context = BEFORE_THE_UNIT.contains(w.w(i - 1)) || next.equals("'s");
    if (!context || next.equals("earlier") || next.equals("ago") || next.equals("before") || next.equals("after")) {
      return;
    }
    if (n.equals("year")) {
      if (next.equals("ended") || next.equals("ending") || next.equals("to") || next.equals("through")
          || next.equals("that")) {
        out.add(new Match(i, k + 1, c -> Resolution.bare(Type.DURATION, "P1Y", Anchor.NONE)));
      } else {
        out.add(new Match(i, k + 1, c -> c.discourse().isPresent()
            ? Resolution.date(Stretch.containing(c.discourse().get().first(), Granularity.YEAR), Anchor.DISCOURSE)
            : Resolve.dctUnit(c, Granularity.YEAR, 0)));
      }
    } else if (n.equals("week") && !fiscal && !next.equals("of")) {
      Match endDay = next.equals("ended") || next.equals("ending") ? dayAt(w, k + 2) : null;
      if (endDay != null) {
        // "the week ended Feb. 28": the week that day closes
        out.add(new Match(i, k + 1, c -> {
          Resolution d = endDay.reading().resolve(c);
          return d.stretch().isPresent()
              ? Resolution.date(Stretch.containing(d.stretch().get().first(), Granularity.WEEK), d.anchor())
              : Resolve.dctUnit(c, Granularity.WEEK, 0);
        }));
        return;
      }
      out.add(new Match(i, k + 1, c -> Resolve.dctUnit(c, Granularity.WEEK, 0)));
    } else if (n.equals("month") && !fiscal && !next.equals("of")) {
      out.add(new Match(i, k + 1, c -> c.discourse().isPresent() && c.discourse().get().finerOrEqual(Granularity.MONTH)
          ? Resolution.date(Stretch.containing(c.discourse().get().first(), Granularity.MONTH), Anchor.DISCOURSE)
          : Resolve.dctUnit(c, Granularity.MONTH, 0)));
    }
  }

  /** The longest date or weekday starting at word {@code k}, or null. */
  private static Match dayAt(Words w, int k) {
    List<Match> found = new ArrayList<>();
    explicitDates(w, k, found);
    weekdays(w, k, found);
    Match best = null;
    for (Match m : found) {
      if (m.from() == k && (best == null || m.to() > best.to())) {
        best = m;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- today, now, recently

  static void deictic(Words w, int i, List<Match> out) {
    String a = w.w(i);
    String b = w.w(i + 1);
    switch (a) {
      case "today", "tonight", "yesterday", "tomorrow" -> {
        int shift = a.equals("yesterday") ? -1 : a.equals("tomorrow") ? 1 : 0;
        Reading day = c -> Resolve.dctDay(c, shift);
        String part = Lexicon.PARTS_OF_DAY.get(b);
        if (a.equals("tonight")) {
          out.add(new Match(i, i + 1, c -> Resolve.partOfDay(day.resolve(c), "NI")));
        } else if (part != null && !b.equals("overnight")) {
          out.add(new Match(i, i + 2, c -> Resolve.partOfDay(day.resolve(c), part)));
          out.add(new Match(i, i + 1, day));
        } else {
          out.add(new Match(i, i + 1, day));
        }
      }
      case "now" -> out.add(new Match(i, i + 1, Resolve::present));
      case "right" -> {
        if (b.equals("now")) {
          out.add(new Match(i, i + 2, Resolve::present));
        }
      }
      case "currently", "presently", "nowadays" -> out.add(new Match(i, i + 1, Resolve::present));
      case "recently", "lately" -> out.add(new Match(i, i + 1, c -> Resolve.ref("PAST_REF")));
      case "these" -> {
        if (b.equals("days")) {
          out.add(new Match(i, i + 2, Resolve::present));
        }
      }
      case "at" -> {
        if (b.equals("present") && !w.pos(i + 2).startsWith("NN")) {
          out.add(new Match(i, i + 2, Resolve::present));
        }
      }
      case "the" -> {
        if (b.equals("future") && !w.w(i + 2).equals("of")) {
          out.add(new Match(i, i + 2, c -> Resolve.ref("FUTURE_REF")));
        } else if ((b.equals("near") || b.equals("distant") || b.equals("foreseeable")) && w.w(i + 2).equals("future")) {
          out.add(new Match(i, i + 3, c -> Resolve.ref("FUTURE_REF")));
        } else if (b.equals("past") && Lexicon.UNITS.get(w.w(i + 2)) == null && Lexicon.number(w.w(i + 2)) < 0
            && !w.w(i + 2).equals("few") && !w.w(i + 2).equals("several") && !w.pos(i + 2).startsWith("NN")
            && !w.pos(i + 2).startsWith("JJ") && !w.w(i + 2).equals("weekend")) {
          out.add(new Match(i, i + 2, c -> Resolve.ref("PAST_REF")));
        } else if (b.equals("present") && !w.pos(i + 2).startsWith("NN") && !w.w(i + 2).equals("day")) {
          out.add(new Match(i, i + 2, Resolve::present));
        }
      }
      case "current" -> {
        String p = w.w(i - 1);
        if (w.pos(i + 1).startsWith("NN") && !Lexicon.UNITS.containsKey(b) && !b.equals("account")
            && !b.equals("affairs") && !b.equals("events") && !p.equals("then")) {
          out.add(new Match(i, i + 1, Resolve::present));
        }
      }
      case "recent" -> {
        Granularity u = Lexicon.UNITS.get(b);
        if (u != null && b.endsWith("s")) {
          out.add(new Match(i, i + 2, c -> Resolution.bare(Type.DURATION, Lexicon.vagueDuration(u), Anchor.DCT)));
        }
      }
      default -> {
        if (a.equals("future") && (w.w(i - 1).equals("in") || w.w(i - 1).equals("near"))
            && !w.w(i - 1).equals("the")) {
          out.add(new Match(i, i + 1, c -> Resolve.ref("FUTURE_REF")));
        }
      }
    }
  }

  // ---------------------------------------------------------------- this / last / next

  static void thisLastNext(Words w, int i, List<Match> out) {
    int j = i;
    boolean the = false;
    if (w.w(j).equals("the")) {
      the = true;
      j++;
    }
    String d = w.w(j);
    int dirWord;
    switch (d) {
      case "this", "current", "present" -> dirWord = 0;
      case "last", "past", "previous", "preceding" -> dirWord = -1;
      case "next", "coming", "following", "upcoming" -> dirWord = 1;
      case "earlier", "later" -> {
        // "earlier this month", "later that year"
        String t = w.w(j + 1);
        Granularity u = Lexicon.UNITS.get(w.w(j + 2));
        if (!the && (t.equals("this") || t.equals("that")) && u != null && !w.w(j + 2).endsWith("s")) {
          boolean that = t.equals("that");
          out.add(new Match(i, j + 3, c -> that ? Resolve.discourseUnit(c, u, 0) : Resolve.dctUnit(c, u, 0)));
          if (w.w(j + 2).equals("day") || w.w(j + 2).equals("week")) {
            return;
          }
        }
        String part = Lexicon.PARTS_OF_DAY.get(w.w(j + 2));
        if (!the && (t.equals("this") || t.equals("that")) && part != null) {
          out.add(new Match(i, j + 3, c -> Resolve.partOfDay(Resolve.dctDay(c, 0), part)));
        }
        return;
      }
      default -> {
        return;
      }
    }
    if (the && d.equals("this")) {
      return;
    }
    if (d.equals("this") && (w.w(j + 1).equals("coming") || w.w(j + 1).equals("past"))) {
      // "this coming week", "this past weekend": a date, not a stretch up to now
      d = w.w(j + 1).equals("past") ? "last" : "coming";
      j++;
    }
    final int dir = d.equals("coming") ? 1 : d.equals("last") ? -1 : dirWord;
    String n = w.w(j + 1);
    if (n.isEmpty()) {
      return;
    }
    final int k = j + 1;
    boolean anaphoric = the && (d.equals("following") || d.equals("next") || d.equals("previous") || d.equals("preceding"));
    Granularity u = Lexicon.UNITS.get(n);
    if (u != null && w.capitalized(k) && w.capitalized(j) && j > 0) {
      return; // a title: ABC's "This Week"
    }
    if (u != null && !n.endsWith("s") && u != Granularity.HOUR && u != Granularity.MINUTE && !n.equals("fortnight")) {
      if (d.equals("past") || the && d.equals("last")) {
        // "the past week", "the last year": a stretch ending now
        out.add(new Match(i, k + 1, c -> {
          Resolution r = Resolution.bare(Type.DURATION, Lexicon.duration(1, u), Anchor.DCT);
          return c.dct().isPresent() ? Resolve.endingAtDct(r, c, 1, u) : r;
        }));
        return;
      }
      if (n.equals("day") && !anaphoric) {
        return;
      }
      if (d.equals("present") || d.equals("current") && u != Granularity.QUARTER && u != Granularity.YEAR
          && u != Granularity.MONTH && u != Granularity.WEEK) {
        return;
      }
      if (anaphoric) {
        out.add(new Match(i, k + 1, c -> Resolve.discourseUnit(c, u, dir)));
      } else {
        out.add(new Match(i, k + 1, c -> Resolve.dctUnit(c, u, dir)));
      }
      // "this week's", "last year's" stay as they are; "last year's third quarter" is a quarter
      return;
    }
    if (n.equals("weekend")) {
      out.add(new Match(i, k + 1, c -> Resolve.weekend(c, dir, anaphoric)));
      return;
    }
    Integer dow = Lexicon.WEEKDAYS.get(n);
    if (dow != null && w.capitalized(k) && the && anaphoric) {
      // "the previous Friday", "the following Monday": counted from the narrative's day
      out.add(new Match(i, k + 1, c -> {
        if (c.discourse().isEmpty() || !c.discourse().get().finerOrEqual(Granularity.WEEK)) {
          return Resolve.relativeWeekday(c, dow, dir);
        }
        LocalDate base = c.discourse().get().first();
        LocalDate day = base.with(dir < 0 ? TemporalAdjusters.previous(DayOfWeek.of(dow)) : TemporalAdjusters.next(DayOfWeek.of(dow)));
        return Resolution.date(Stretch.day(day), Anchor.DISCOURSE);
      }));
      return;
    }
    if (dow != null && w.capitalized(k) && !the && !(d.equals("this") && w.capitalized(j) && j > 0 && w.capitalized(k)
        && !Lexicon.WEEKDAYS.containsKey(n))) {
      String part = Lexicon.PARTS_OF_DAY.get(w.w(k + 1));
      Reading r = c -> Resolve.relativeWeekday(c, dow, dir);
      if (part != null) {
        out.add(new Match(i, k + 2, c -> Resolve.partOfDay(r.resolve(c), part)));
      }
      out.add(new Match(i, k + 1, r));
      return;
    }
    Integer month = Lexicon.MONTHS.get(n);
    int day = month == null ? -1 : dayNumber(w, k + 1);
    if (month != null && day > 0 && w.capitalized(k) && !the && validDay(2000, month, day)) {
      // "last Oct. 23": the last such day before the article's date
      out.add(new Match(i, k + 2, c -> Resolve.relativeDay(c, month, day, dir)));
      return;
    }
    if (month != null && w.capitalized(k) && !the && (n.length() > 3 || n.equals("may") || w.raw(k).endsWith("."))) {
      out.add(new Match(i, k + 1, c -> Resolve.relativeMonth(c, month, dir)));
      return;
    }
    Stretch.Season season = Lexicon.SEASONS.get(n);
    if (season != null && !the) {
      out.add(new Match(i, k + 1, c -> Resolve.relativeSeason(c, season, dir)));
      return;
    }
    String part = Lexicon.PARTS_OF_DAY.get(n);
    if (part != null && !the && (d.equals("this") || d.equals("last"))) {
      int shift = d.equals("last") && part.equals("NI") ? -1 : 0;
      out.add(new Match(i, k + 1, c -> Resolve.partOfDay(Resolve.dctDay(c, shift), part)));
    }
  }
}
