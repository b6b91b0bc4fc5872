package org.dossier.extract.time;

import static org.dossier.extract.time.Modifiers.NARROWING;

import java.util.List;
import java.util.Set;
import org.dossier.analysis.TimeExpression.Granularity;

/**
 * The rules for expressions that point back at the time the narrative has reached: "at that
 * time", "the same day", "that morning", "the day before", "by late afternoon"; and those two
 * steps from the article's date: "the year before last", "the day after tomorrow".
 * Part of the {@link Grammar}; see it for how matches are chosen. Uses only the lowest layer
 * ({@link Lexicon}, {@link Modifiers}) and the meanings ({@link Resolve}).
 */
final class AnaphoraRules {

  private AnaphoraRules() {}

  /** Prepositions before "that" + unit that make it a time: "on that day", "in that year". */
  private static final Set<String> PREPOSITIONS = Set.of(
      "on", "in", "for", "from", "since", "after", "before", "at", "throughout", "within", "through", "over");

  private static final Set<String> BEFORE_PART_OF_DAY = Set.of(
      "by", "at", "in", "until", "till", "from", "since", "during", "around", "before", "after", "through");

  static void anaphora(Words w, int i, List<Match> out) {
    String a = w.w(i);
    String b = w.w(i + 1);
    // "by late afternoon", "at mid-afternoon", "until early evening": a part of the day the story
    // is at (the day the narrative has reached, else the article's)
    if (NARROWING.contains(a) && Lexicon.PARTS_OF_DAY.containsKey(b) && !b.equals("overnight")
        && BEFORE_PART_OF_DAY.contains(w.w(i - 1))) {
      String part = Lexicon.PARTS_OF_DAY.get(b);
      String day = w.w(i + 2);
      if (day.equals("yesterday") || day.equals("today") || day.equals("tomorrow")) {
        int shift = day.equals("yesterday") ? -1 : day.equals("today") ? 0 : 1;
        out.add(new Match(i, i + 3, c -> Resolve.partOfDay(Resolve.dctDay(c, shift), part)));
      } else if (!Lexicon.WEEKDAYS.containsKey(day)) {
        out.add(new Match(i, i + 2, c -> Resolve.partOfDay(storyDay(c), part)));
      }
      return;
    }
    if (a.equals("that") || a.equals("the") && b.equals("same")) {
      int k = a.equals("that") ? i + 1 : i + 2;
      String n = w.w(k);
      if (n.equals("time") && a.equals("that")) {
        out.add(new Match(i, k + 1, Resolve::sameAsDiscourse));
        return;
      }
      Granularity u = Lexicon.UNITS.get(n);
      if (u != null && !n.endsWith("s") && u != Granularity.HOUR && u != Granularity.MINUTE) {
        if (a.equals("that") && !(PREPOSITIONS.contains(w.w(i - 1)) || w.w(i - 1).equals("during")
            || w.w(i - 1).equals("by") || w.w(i - 1).equals("until") || w.w(i - 1).equals("of") || w.endsClause(k + 1)
            || w.w(i - 1).equals("later") || w.w(i - 1).equals("earlier"))) {
          return;
        }
        out.add(new Match(i, k + 1, c -> Resolve.discourseUnit(c, u, 0)));
        return;
      }
      String part = Lexicon.PARTS_OF_DAY.get(n);
      if (part != null && a.equals("that")) {
        out.add(new Match(i, k + 1, c -> Resolve.partOfDay(Resolve.discourseUnit(c, Granularity.DAY, 0), part)));
      }
      return;
    }
    // "the year before last", "the day before yesterday", "the day after tomorrow": two steps away
    if (a.equals("the") && Lexicon.UNITS.containsKey(b) && !b.endsWith("s")
        && (w.w(i + 2).equals("before") && w.w(i + 3).equals("last") && !Lexicon.isCalendarWord(w.w(i + 4))
        && !Lexicon.UNITS.containsKey(w.w(i + 4)) && !Lexicon.SEASONS.containsKey(w.w(i + 4)) || b.equals("day")
        && (w.w(i + 2).equals("before") && w.w(i + 3).equals("yesterday")
        || w.w(i + 2).equals("after") && w.w(i + 3).equals("tomorrow")))) {
      Granularity u = Lexicon.UNITS.get(b);
      int dir = w.w(i + 2).equals("before") ? -2 : 2;
      out.add(new Match(i, i + 4, c -> Resolve.dctUnit(c, u, dir)));
      return;
    }
    // "the next morning", "the following day" are in thisLastNext; "the day before"
    if (a.equals("the") && b.equals("day") && (w.w(i + 2).equals("before") || w.w(i + 2).equals("after"))
        && w.endsClause(i + 3)) {
      int dir = w.w(i + 2).equals("before") ? -1 : 1;
      out.add(new Match(i, i + 3, c -> Resolve.discourseUnit(c, Granularity.DAY, dir)));
    }
    if (a.equals("the") && (b.equals("next") || b.equals("following") || b.equals("previous"))
        && Lexicon.PARTS_OF_DAY.containsKey(w.w(i + 2))) {
      int dir = b.equals("previous") ? -1 : 1;
      String part = Lexicon.PARTS_OF_DAY.get(w.w(i + 2));
      out.add(new Match(i, i + 3, c -> Resolve.partOfDay(Resolve.discourseUnit(c, Granularity.DAY, dir), part)));
    }
  }

  /** The day the narrative has reached, when it is at a day or an hour; else the article's day. */
  private static Resolution storyDay(Context c) {
    if (c.discourse().isPresent() && c.discourse().get().granularity().compareTo(Granularity.DAY) <= 0) {
      return Resolve.discourseUnit(c, Granularity.DAY, 0);
    }
    return Resolve.dctDay(c, 0);
  }
}
