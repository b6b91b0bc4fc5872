package org.dossier.extract.time;

import static org.dossier.extract.time.DateRules.explicitDates;
import static org.dossier.extract.time.DateRules.isMonth;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules for weekdays: "Friday", "Friday, March 3, 2024" (the date decides), "Monday
 * morning"; not "Bloody Sunday" or "the Sunday Times".
 * Part of the {@link Grammar}; see it for how matches are chosen. Uses the lowest layer
 * ({@link Lexicon}), the meanings ({@link Resolve}, {@link Choose}) and {@link DateRules}.
 */
final class WeekdayRules {

  private WeekdayRules() {}

  static final Set<String> NAME_AFTER_WEEKDAY = Set.of(
      "times", "telegraph", "mirror", "express", "post", "herald", "independent", "tribune", "star",
      "school", "service", "bloody", "people", "sport", "mail", "world", "review", "edition", "magazine");
  static final Set<String> NAME_BEFORE_WEEKDAY = Set.of(
      "bloody", "super", "black", "good", "ash", "palm", "holy", "shrove", "cyber", "mad", "blue", "low", "whit",
      "maundy", "easter", "fat", "giving");

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
    if (i + 1 < w.size() && w.capitalized(i + 1) && w.pos(i + 1).startsWith("NNP") && !Lexicon.isCalendarWord(next)
        && Lexicon.MONTHS.get(next) == null && !w.sameToken(i + 1)) {
      return false;
    }
    return true;
  }
}
