package org.dossier.extract.time;

import static org.dossier.extract.time.Modifiers.NARROWING;
import static org.dossier.extract.time.Numerals.yearNumber;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.dossier.analysis.TimeExpression.Anchor;

/**
 * The rules for days and stretches that come back every year under a name: holidays
 * ("Christmas Eve", "Thanksgiving", "Labor Day") and seasons ("the summer of 1998", "in spring";
 * "last summer" is in {@link DeicticRules}).
 * Part of the {@link Grammar}; see it for how matches are chosen. Uses only the lowest layer
 * ({@link Lexicon}, {@link Numerals}, {@link Modifiers}) and the meanings ({@link Resolve},
 * {@link Choose}).
 */
final class HolidayRules {

  private HolidayRules() {}

  /** Words near a holiday's name that make it a title: "the film Christmas Eve". */
  static final Set<String> FILM = Set.of("film", "movie", "sequel", "starring", "box", "cinema", "premiere", "actor");

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
