package org.dossier.extract.time;

import static org.dossier.extract.time.Modifiers.quantityModifier;

import java.util.List;
import java.util.Set;
import org.dossier.analysis.TimeExpression.Anchor;
import org.dossier.analysis.TimeExpression.Granularity;
import org.dossier.analysis.TimeExpression.Type;

/**
 * The rules for quantities of time: durations ("two years"), offsets ("three weeks ago", "a year
 * later") and sets ("every Monday", "twice a week", "daily").
 * Part of the {@link Grammar}; see it for how matches are chosen. Uses only the lowest layer
 * ({@link Lexicon}, {@link Modifiers}) and the meanings ({@link Resolve}).
 */
final class DurationRules {

  private DurationRules() {}

  static final Set<String> AMOUNTS = Set.of("dollars", "percent", "cents");
  static final Set<String> BEFORE_VAGUE_UNITS = Set.of("for", "over", "within", "after");

  // ---------------------------------------------------------------- quantities: durations, ago, later

  static final Set<String> OFFSET_WORDS = Set.of("ago", "earlier", "later", "before", "after", "hence", "back");

  static void quantities(Words w, int i, List<Match> out) {
    int j = i;
    String a = w.w(i);
    boolean the = a.equals("the");
    if (the) {
      j++;
    }
    String lead = w.w(j);
    int direction = 0; // the past / last (-1), the next / coming (+1), the first (2)
    if (lead.equals("past") || lead.equals("last") || lead.equals("previous") || lead.equals("preceding")) {
      direction = -1;
      j++;
    } else if (lead.equals("next") || lead.equals("coming") || lead.equals("following")) {
      direction = 1;
      j++;
    } else if (the && (lead.equals("first") || lead.equals("latest") || lead.equals("final") || lead.equals("same")
        || lead.equals("initial"))) {
      direction = 2;
      j++;
    } else if (the && lead.equals("year") && w.w(j + 1).equals("earlier")) {
      return;
    }
    // the number
    double count;
    int k = j;
    String nw = w.w(k);
    boolean vague = false;
    if (nw.equals("a") && (w.w(k + 1).equals("few") || w.w(k + 1).equals("couple"))) {
      count = -1;
      vague = !w.w(k + 1).equals("couple");
      if (!vague) {
        count = 2;
      }
      k += 2;
      if (w.w(k).equals("of")) {
        k++;
      }
    } else if (nw.equals("couple") && direction != 0 && w.w(k + 1).equals("of")) {
      count = 2;
      k += 2;
    } else if (nw.equals("several") || nw.equals("few") || nw.equals("many") || nw.equals("some")
        && Lexicon.UNITS.containsKey(w.w(k + 1)) && w.w(k + 1).endsWith("s")) {
      count = -1;
      vague = true;
      k++;
    } else if (nw.equals("half") && (w.w(k + 1).equals("a") || w.w(k + 1).equals("an"))) {
      count = 0.5;
      k += 2;
    } else if (Lexicon.mixedFraction(nw) > 0) {
      count = Lexicon.mixedFraction(nw);
      k++;
    } else {
      int n = Lexicon.number(nw);
      if (n < 0 || nw.equals("a") && (the || direction != 0)) {
        // bare plural units in a context: "for years", "in recent months", "the past months"
        Granularity u = Lexicon.UNITS.get(nw);
        if (u != null && nw.endsWith("s") && (direction == -1 || direction == 1)) {
          out.add(new Match(i, k + 1, c -> Resolution.bare(Type.DURATION, Lexicon.vagueDuration(u), Anchor.DCT)));
        } else if (u != null && nw.endsWith("s") && !the && direction == 0 && i == j
            && (BEFORE_VAGUE_UNITS.contains(w.w(i - 1)) || w.w(i - 1).equals("in") && w.endsClause(i + 1))
            && !w.w(i + 1).equals("of") && !w.w(i + 1).equals("ago")) {
          out.add(new Match(i, k + 1, c -> Resolution.bare(Type.DURATION, Lexicon.vagueDuration(u), Anchor.NONE)));
        } else if (u != null && nw.endsWith("s") && !the && direction == 0 && i == j && w.w(i + 1).equals("ago")) {
          out.add(new Match(i, k + 2, c -> Resolve.ref("PAST_REF")));
        } else if (u != null && nw.endsWith("s") && !the && direction == 0 && w.w(i + 1).equals("long")
            && w.hyphenated(i + 1)) {
          out.add(new Match(i, k + 2, c -> Resolution.bare(Type.DURATION, Lexicon.vagueDuration(u), Anchor.NONE)));
        }
        return;
      }
      if (Lexicon.yearLike(nw) > 0 && Lexicon.UNITS.containsKey(w.w(k + 1)) && !w.w(k + 1).endsWith("s")) {
        return; // "the 1988 quarter" is a quarter of 1988
      }
      count = n;
      k++;
      // "twenty four", "one hundred", "two and a half"; words only: "225,000 one year earlier" is
      // a quantity and then a time
      int n2 = Lexicon.number(w.w(k));
      if (n >= 20 && n <= 90 && n % 10 == 0 && isWord(nw) && n2 > 0 && n2 < 10 && isWord(w.w(k)) && !w.w(k).equals("a")) {
        count = n + n2;
        k++;
      } else if (w.w(k).equals("hundred") && n < 10 && isWord(nw)) {
        count = n * 100;
        k++;
      }
      if (w.w(k).equals("and") && w.w(k + 1).equals("a") && w.w(k + 2).equals("half")) {
        count += 0.5;
        k += 3;
      } else if (w.w(k).equals("1/2") || w.w(k).equals("\u00bd")) {
        count += 0.5;
        k++;
      } else if (w.w(k).equals("-") || w.w(k).equals("to") || w.w(k).equals("or")) {
        // "12 to 18 months", "two or three years": a vague count
        int n3 = Lexicon.number(w.w(k + 1));
        if (n3 > 0 && Lexicon.UNITS.containsKey(w.w(k + 2))) {
          vague = true;
          count = -1;
          k += 2;
        }
      }
    }
    // "two more weeks", "an additional year"
    if (w.w(k).equals("more") || w.w(k).equals("additional") || w.w(k).equals("extra") || w.w(k).equals("further")) {
      k++;
    }
    String unitWord = w.w(k);
    Granularity unit = Lexicon.UNITS.get(unitWord);
    boolean weekend = false;
    if (unit == null) {
      if (unitWord.equals("weekend") || unitWord.equals("weekends")) {
        unit = Granularity.DAY;
        weekend = true;
      } else {
        return;
      }
    }
    if (unitWord.equals("fortnight") || unitWord.equals("fortnights")) {
      count = count < 0 ? count : count * 2;
    }
    // "a minute and a half", "a day and a half": the half comes after the unit
    boolean halfAfter = count == 1 && w.w(k + 1).equals("and") && w.w(k + 2).equals("a") && w.w(k + 3).equals("half");
    if (halfAfter) {
      count = 1.5;
    }
    final Granularity u = unit;
    final double cnt = count;
    final boolean isVague = vague;
    int end = halfAfter ? k + 4 : k + 1;
    if (u == Granularity.QUARTER && direction == 2 && w.w(j - 1).equals("first") && cnt < 0) {
      return;
    }
    // an age or a size: "a two-year-old", "a 30-year veteran" stays, but "-old" is not a time
    if (w.w(end).equals("old") || w.w(end).equals("older") || w.w(end).equals("younger")) {
      return; // an age: "37 years old", "a 6-year-old"
    }
    if (u == Granularity.QUARTER && (w.w(end).equals("of") || w.hyphenated(k)) && direction == 0 && !the) {
      return; // a fraction: "three-quarters of its food"
    }
    if (w.capitalized(k) && i > 0 && !w.raw(j).isEmpty() && Character.isDigit(w.raw(j).charAt(0))) {
      return; // a title: "60 Minutes", "24 Hours of Le Mans"
    }
    if (w.w(end).equals("long") && w.hyphenated(end)) {
      end++;
    }
    // "a week or so ago", "a decade or more earlier": the hedge stays inside the expression
    int plain = end;
    if (w.w(end).equals("or") && (w.w(end + 1).equals("so") || w.w(end + 1).equals("more"))
        && OFFSET_WORDS.contains(w.w(end + 2))) {
      end += 2;
    }
    String after = w.w(end);
    String duration = isVague ? Lexicon.vagueDuration(u) : Lexicon.duration(cnt, u);
    if (weekend) {
      duration = isVague ? "PXD" : Lexicon.duration(cnt * 2, Granularity.DAY);
    }
    final String dur = duration;
    if (direction == 0 && !the) {
      if (after.equals("ago") || after.equals("earlier") && !w.w(end + 1).equals("than") || after.equals("later")
          || after.equals("before") && w.endsClause(end + 1) || after.equals("after") && w.endsClause(end + 1)
          || after.equals("hence") || after.equals("from") && w.w(end + 1).equals("now")
          || after.equals("back") && w.endsClause(end + 1)) {
        boolean fromNow = after.equals("from");
        long sign = after.equals("ago") || after.equals("earlier") || after.equals("before") || after.equals("back") ? -1 : 1;
        boolean discourse = after.equals("earlier") || after.equals("later") || after.equals("before")
            || after.equals("after");
        int stop = fromNow ? end + 2 : end + 1;
        out.add(new Match(i, stop, c -> Resolve.offset(c, cnt, u, sign, discourse)));
        return;
      }
      end = plain;
      after = w.w(end);
      // "a year" after a number or an amount is a rate: "$5 a year", "twice a week"
      if ((nw.equals("a") || nw.equals("an") || nw.equals("per")) && i > 0
          && (w.pos(i - 1).equals("CD") || w.pos(i - 1).equals("$") || w.w(i - 1).startsWith("$") || w.w(i - 1).equals("twice") || w.w(i - 1).equals("once")
          || w.w(i - 1).equals("times") || w.w(i - 1).equals("$") || w.pos(i - 1).equals("NNS")
          && AMOUNTS.contains(w.w(i - 1)))) {
        // the frequency belongs to the set: "twice a week", "three times a year"
        int from = w.w(i - 1).equals("twice") || w.w(i - 1).equals("once") || w.w(i - 1).equals("thrice") ? i - 1
            : w.w(i - 1).equals("times") && Lexicon.number(w.w(i - 2)) > 0 ? i - 2 : i;
        out.add(new Match(from, end, c -> Resolution.bare(Type.SET, Lexicon.duration(1, u), Anchor.NONE)));
        return;
      }
      if (nw.equals("a") && !u.equals(Granularity.YEAR) && !u.equals(Granularity.DECADE) && !u.equals(Granularity.MONTH)
          && !u.equals(Granularity.WEEK) && !u.equals(Granularity.DAY) && !u.equals(Granularity.HOUR)
          && !u.equals(Granularity.MINUTE) && !u.equals(Granularity.CENTURY)) {
        return;
      }
      boolean forClause = w.w(i - 1).equals("for") || w.w(i - 2).equals("for") && quantityModifier(w, i - 1) > 0;
      out.add(new Match(i, end, c -> {
        Resolution r = Resolution.bare(Type.DURATION, dur, Anchor.NONE);
        if (forClause && !isVague && c.dct().isPresent() && (c.tense() == Tense.PERFECT || c.tense() == Tense.PRESENT)) {
          return Resolve.endingAtDct(r, c, cnt, u);
        }
        return r;
      }));
      return;
    }
    if (direction == -1 || direction == 1) {
      int dir = direction;
      out.add(new Match(i, end, c -> {
        Resolution r = Resolution.bare(Type.DURATION, dur, Anchor.DCT);
        return dir < 0 && !isVague && c.dct().isPresent() ? Resolve.endingAtDct(r, c, cnt, u) : r;
      }));
      return;
    }
    if (direction == 2 || the) {
      out.add(new Match(i, end, c -> Resolution.bare(Type.DURATION, dur, Anchor.NONE)));
    }
  }

  // ---------------------------------------------------------------- sets

  static void sets(Words w, int i, List<Match> out) {
    String a = w.w(i);
    String v = Lexicon.SETS.get(a);
    if (v != null) {
      // "a quarterly dividend", "the annual meeting", "a daily newspaper" describe things, not times
      boolean frequent = a.equals("daily") || a.equals("weekly") || a.equals("nightly") || a.equals("hourly");
      if (a.equals("annual") || !frequent && (w.pos(i + 1).startsWith("NN") || w.pos(i + 1).startsWith("JJ"))
          || frequent && w.capitalized(i) && w.capitalized(i + 1)) {
        return;
      }
      out.add(new Match(i, i + 1, c -> Resolution.bare(Type.SET, v, Anchor.NONE)));
      return;
    }
    if (a.equals("every") || a.equals("each")) {
      int k = i + 1;
      int n = 1;
      boolean other = false;
      if (w.w(k).equals("other")) {
        n = 2;
        other = true;
        k++;
      } else if (Lexicon.number(w.w(k)) > 1) {
        n = Lexicon.number(w.w(k));
        k++;
      }
      String unit = w.w(k);
      Granularity u = Lexicon.UNITS.get(unit);
      int fn = n;
      if (u != null && (n == 1 || other ? !unit.endsWith("s") : unit.endsWith("s"))) {
        if (a.equals("each") && !(w.w(i - 1).equals("for") || w.w(i - 1).equals("in") || w.endsClause(k + 1))) {
          return;
        }
        out.add(new Match(i, k + 1, c -> Resolution.bare(Type.SET, Lexicon.duration(fn, u), Anchor.NONE)));
        return;
      }
      Integer dow = Lexicon.WEEKDAYS.get(unit);
      if (dow != null) {
        out.add(new Match(i, k + 1, c -> Resolution.bare(Type.SET, "XXXX-WXX-" + dow, Anchor.NONE)));
        return;
      }
      String part = Lexicon.PARTS_OF_DAY.get(unit);
      if (part != null) {
        out.add(new Match(i, k + 1, c -> Resolution.bare(Type.SET, "XXXX-XX-XXT" + part, Anchor.NONE)));
        return;
      }
      Integer month = Lexicon.MONTHS.get(unit);
      if (month != null && w.capitalized(k)) {
        out.add(new Match(i, k + 1, c -> Resolution.bare(Type.SET, String.format("XXXX-%02d", month), Anchor.NONE)));
        return;
      }
      if (unit.equals("weekend")) {
        out.add(new Match(i, k + 1, c -> Resolution.bare(Type.SET, "XXXX-WXX-WE", Anchor.NONE)));
      }
      return;
    }
    Integer dows = Lexicon.WEEKDAYS_PLURAL.get(a);
    if (dows != null && w.capitalized(i) && (w.w(i - 1).equals("on") || w.w(i - 1).equals("every"))) {
      out.add(new Match(i, i + 1, c -> Resolution.bare(Type.SET, "XXXX-WXX-" + dows, Anchor.NONE)));
    }
  }

  /** A number written in letters ("twenty"), not digits ("20", "225,000"). */
  private static boolean isWord(String w) {
    return !w.isEmpty() && Character.isLetter(w.charAt(0));
  }
}
