package org.dossier.extract.time;

import static org.dossier.extract.time.Modifiers.dateMod;
import static org.dossier.extract.time.Modifiers.dateModifier;
import static org.dossier.extract.time.Modifiers.modifierInExtent;
import static org.dossier.extract.time.Modifiers.quantityMod;
import static org.dossier.extract.time.Modifiers.quantityModifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules that find time expressions in a sentence's words and say what they mean. Each rule
 * is a small hand-written matcher over hashed word lists (no regular expressions over the text,
 * no backtracking): at every word the rules propose matches and the longest wins.
 *
 * <p>Extents follow TimeML: a leading preposition ("in", "for", "since") is left out, a
 * determiner and a modifier ("the", "late", "over") are kept.
 *
 * <p>This class chooses among the matches and applies the {@link Modifiers} that narrow a date or
 * hedge a quantity; the rule families live apart, each in one class: {@link DateRules} (calendar
 * dates), {@link WeekdayRules}, {@link PeriodRules} (quarters, halves, fiscal years, decades,
 * centuries), {@link HolidayRules} (holidays, seasons), {@link ClockRules} (clock times),
 * {@link DurationRules} (durations, offsets, sets), {@link DeicticRules} ("today", "last week",
 * "the year") and {@link AnaphoraRules} ("at that time", "the same day"). Grammar is the top of
 * the rules: it calls every family, and no family calls it (see the package's description for
 * the order of the layers).
 */
final class Grammar {

  List<Match> find(Words w) {
    List<Match> out = new ArrayList<>();
    List<Match> candidates = new ArrayList<>();
    int i = 0;
    while (i < w.size()) {
      if (!mayStart(w.w(i))) {
        i++;
        continue;
      }
      candidates.clear();
      at(w, i, candidates);
      Match best = null;
      for (Match m : candidates) {
        if (best == null || m.to() > best.to()) {
          best = m;
        }
      }
      if (best != null && wholeTokens(w, best)) {
        best = withoutArticleOfCompound(w, best);
        out.add(best);
        i = best.to();
      } else {
        i++;
      }
    }
    return out;
  }

  /** Words no rule starts with are skipped at once: most words of a sentence. */
  static final Set<String> STARTS = new java.util.HashSet<>(java.util.List.of(
      "the", "a", "an", "this", "that", "these", "last", "next", "past", "previous", "preceding", "coming",
      "following", "upcoming", "current", "present", "earlier", "later", "early", "late", "mid", "middle", "end",
      "beginning", "start", "more", "less", "fewer", "at", "up", "just", "well", "no", "over", "under", "about",
      "around", "approximately", "roughly", "nearly", "almost", "some", "only", "barely", "merely", "fully",
      "today", "tonight", "yesterday", "tomorrow", "now", "right", "currently", "presently", "nowadays",
      "recently", "lately", "recent", "future", "several", "few", "many", "couple", "half", "year", "fiscal",
      "fy", "latest", "most", "final", "noon", "midday", "midnight", "every", "each", "christmas", "new",
      "thanksgiving", "easter", "independence", "labor", "labour", "memorial", "veterans", "armistice",
      "halloween", "valentine", "election", "nineteen", "eighteen", "weekend", "weekends"));

  static {
    STARTS.addAll(Lexicon.MONTHS.keySet());
    STARTS.addAll(Lexicon.WEEKDAYS.keySet());
    STARTS.addAll(Lexicon.WEEKDAYS_PLURAL.keySet());
    STARTS.addAll(Lexicon.SEASONS.keySet());
    STARTS.addAll(Lexicon.PARTS_OF_DAY.keySet());
    STARTS.addAll(Lexicon.UNITS.keySet());
    STARTS.addAll(Lexicon.NUMBERS.keySet());
    STARTS.addAll(Lexicon.ORDINALS.keySet());
    STARTS.addAll(Lexicon.SETS.keySet());
  }

  static boolean mayStart(String n) {
    if (n.isEmpty()) {
      return false;
    }
    char c = n.charAt(0);
    return Character.isDigit(c) || c == '\'' || STARTS.contains(n) || n.endsWith("ties")
        || n.length() == 2 && (c == 'q' || c == 'h') || n.startsWith("fy")
        || n.length() > 2 && Character.isDigit(n.charAt(n.length() - 1));
  }

  /**
   * "the third-quarter loss", "a 6-year term": the article belongs to the noun the compound
   * modifies, not to the time expression.
   */
  static Match withoutArticleOfCompound(Words w, Match m) {
    String first = w.w(m.from());
    if (m.length() > 1 && (first.equals("the") || first.equals("a") || first.equals("an"))
        && w.hyphenated(m.to() - 1) && w.pos(m.to()).startsWith("NN") && !Lexicon.UNITS.containsKey(w.w(m.to()))) {
      return new Match(m.from() + 1, m.to(), m.reading(), m.yearKnown(), m.year());
    }
    return m;
  }

  /** A match must not cut a hyphenated token, except for a trailing "-long"/"-old" it rejects. */
  static boolean wholeTokens(Words w, Match m) {
    if (w.sameToken(m.from()) || w.hyphenated(m.from())) {
      return false; // "post-1959", "pre-war"
    }
    if (w.hyphenated(m.to())) {
      return false; // "quarter-to-quarter", "day-to-day"
    }
    if (m.to() < w.size() && w.sameToken(m.to())) {
      return false;
    }
    return true;
  }

  private void at(Words w, int i, List<Match> out) {
    cores(w, i, out);
    // modifiers that narrow a date: "late November", "the end of March", "mid-1990s"
    int k = dateModifier(w, i);
    if (k > 0) {
      String mod = dateMod(w, i);
      List<Match> inner = new ArrayList<>();
      cores(w, i + k, inner);
      for (Match m : inner) {
        out.add(new Match(i, m.to(), c -> Resolve.narrow(m.reading().resolve(c), mod), m.yearKnown(), m.year()));
      }
    }
    // modifiers of a quantity: "over two decades", "more than four decades ago"
    int q = quantityModifier(w, i);
    if (q > 0 && (Lexicon.number(w.w(i + q)) >= 0 || w.w(i + q).equals("several") || w.w(i + q).equals("a"))) {
      String mod = quantityMod(w, i);
      List<Match> inner = new ArrayList<>();
      cores(w, i + q, inner);
      for (Match m : inner) {
        // TimeBank keeps "more than", "less than", "nearly", "up to" in the extent, and leaves out
        // "about", "over", "at least", "only"
        int from = modifierInExtent(w.w(i)) ? i : i + q;
        out.add(new Match(from, m.to(), c -> m.reading().resolve(c).withMod(mod)));
      }
    }
  }

  private void cores(Words w, int i, List<Match> out) {
    if (i >= w.size()) {
      return;
    }
    DateRules.explicitDates(w, i, out);
    WeekdayRules.weekdays(w, i, out);
    DeicticRules.deictic(w, i, out);
    DeicticRules.thisLastNext(w, i, out);
    DurationRules.quantities(w, i, out);
    PeriodRules.quarters(w, i, out);
    PeriodRules.samePeriodAYearBack(w, i, out);
    PeriodRules.monthQuarter(w, i, out);
    PeriodRules.decades(w, i, out);
    ClockRules.clockTimes(w, i, out);
    DurationRules.sets(w, i, out);
    HolidayRules.holidays(w, i, out);
    AnaphoraRules.anaphora(w, i, out);
    HolidayRules.seasons(w, i, out);
    DateRules.weekOf(w, i, out);
    DeicticRules.theUnit(w, i, out);
  }
}
