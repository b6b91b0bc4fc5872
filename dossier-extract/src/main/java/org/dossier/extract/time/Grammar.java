package org.dossier.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import static org.dossier.extract.time.DateRules.*;
import static org.dossier.extract.time.DeicticRules.*;
import static org.dossier.extract.time.DurationRules.*;
import static org.dossier.extract.time.ClockRules.*;

/**
 * The rules that find time expressions in a sentence's words and say what they mean. Each rule
 * is a small hand-written matcher over hashed word lists (no regular expressions over the text,
 * no backtracking): at every word the rules propose matches and the longest wins.
 *
 * <p>Extents follow TimeML: a leading preposition ("in", "for", "since") is left out, a
 * determiner and a modifier ("the", "late", "over") are kept.
 *
 * <p>This class chooses among the matches and holds what the rule families share (word lists,
 * modifiers); the families live apart: {@link DateRules} (calendar dates, weekdays, quarters,
 * decades, holidays, seasons), {@link DeicticRules} ("today", "last week", "the year", "at that
 * time"), {@link DurationRules} (durations, offsets, sets) and {@link ClockRules} (clock times).
 */
final class Grammar {

  static final Set<String> MONTH_CONTEXT = Set.of(
      "in", "on", "since", "until", "till", "til", "by", "last", "next", "this", "early", "late", "mid", "of",
      "from", "to", "through", "thru", "during", "before", "after", "between", "and", "or", "every", "each",
      "end", "beginning", "start", "middle", "that", "past", "coming", "around", "throughout",
      "within", "for", "late-", "early-", "as", "than", "into", "onwards", "following", "previous", "-");
  static final Set<String> NOT_AFTER_YEAR = Set.of(
      "%", "percent", "per", "people", "persons", "votes", "tons", "tonnes", "shares", "dollars", "yen", "euros",
      "points", "barrels", "soldiers", "troops", "men", "women", "feet", "meters", "metres", "miles",
      "kilometers", "km", "words", "pages", "acres", "units", "cars", "jobs", "members", "times", "pounds",
      "hours", "minutes", "days", "weeks", "months", "years", "and", "x", "cases", "deaths", "to");
  static final Set<String> NOT_BEFORE_YEAR = Set.of(
      "$", "#", "no", "number", "flight", "route", "room", "page", "pages", "model", "version", "interstate",
      "article", "section", "chapter", "highway", "about", "some", "nearly", "almost", "approximately",
      "the", "over", "than", "of", "at", "us$", "c$", "a$", "hk$", "rs", "rs.", "£", "€", "¥", "to");
  static final Set<String> TIME_ZONES = Set.of(
      "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "ist", "pkt", "jst");
  static final Set<String> NAME_AFTER_WEEKDAY = Set.of(
      "times", "telegraph", "mirror", "express", "post", "herald", "independent", "tribune", "star",
      "school", "service", "bloody", "people", "sport", "mail", "world", "review", "edition", "magazine");
  static final Set<String> NAME_BEFORE_WEEKDAY = Set.of(
      "bloody", "super", "black", "good", "ash", "palm", "holy", "shrove", "cyber", "mad", "blue", "low", "whit",
      "maundy", "easter", "fat", "giving");
  static final Set<String> BEFORE_SPELLED_YEAR = Set.of("in", "since", "until", "by", "of", "from", "to");
  static final Set<String> BEFORE_OLD_YEAR = Set.of("in", "since", "of", "until", "by");
  static final Set<String> AMOUNTS = Set.of("dollars", "percent", "cents");
  static final Set<String> NARROWING = Set.of("early", "late", "mid");
  static final Set<String> BEFORE_VAGUE_UNITS = Set.of("for", "over", "within", "after");
  static final Set<String> PREPOSITIONS = Set.of(
      "on", "in", "for", "from", "since", "after", "before", "at", "throughout", "within", "through", "over");
  static final Set<String> FILM = Set.of("film", "movie", "sequel", "starring", "box", "cinema", "premiere", "actor");
  static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  static final Pattern SLASH = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
  static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})");
  static final Pattern CLOCK_AMPM = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?([ap])\\.?m\\.?");
  static final Pattern DECADE = Pattern.compile("(?:(\\d{2})|')?(\\d)0'?s");
  static final Pattern QUARTER_CODE = Pattern.compile("q([1-4])|([1-4])q");
  static final Pattern FISCAL_CODE = Pattern.compile("fy'?(\\d{2}|\\d{4})");
  static final Pattern HALF_CODE = Pattern.compile("h([12])");

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
    explicitDates(w, i, out);
    weekdays(w, i, out);
    deictic(w, i, out);
    thisLastNext(w, i, out);
    quantities(w, i, out);
    quarters(w, i, out);
    samePeriodAYearBack(w, i, out);
    monthQuarter(w, i, out);
    decades(w, i, out);
    clockTimes(w, i, out);
    sets(w, i, out);
    holidays(w, i, out);
    anaphora(w, i, out);
    seasons(w, i, out);
    weekOf(w, i, out);
    theUnit(w, i, out);
  }

  // ---------------------------------------------------------------- modifiers

  static int dateModifier(Words w, int i) {
    String a = w.w(i);
    String b = w.w(i + 1);
    String c = w.w(i + 2);
    if (a.equals("early") || a.equals("late") || a.equals("mid") || a.equals("middle")) {
      return quantityStart(b) ? 0 : 1;
    }
    if (a.equals("the") && (b.equals("early") || b.equals("late") || b.equals("mid"))) {
      return quantityStart(c) ? 0 : 2;
    }
    if (a.equals("the") && (b.equals("end") || b.equals("beginning") || b.equals("start") || b.equals("middle")
        || b.equals("turn") || b.equals("close")) && c.equals("of")) {
      return 3;
    }
    if ((a.equals("end") || a.equals("beginning") || a.equals("start")) && b.equals("of")) {
      return 2;
    }
    return 0;
  }

  /** Words that start a set or a quantity, which "early" and "late" do not narrow. */
  static boolean quantityStart(String n) {
    return n.equals("every") || n.equals("each") || Lexicon.SETS.containsKey(n) || Lexicon.number(n) >= 0
        && Lexicon.yearLike(n) < 0;
  }

  static String dateMod(Words w, int i) {
    String a = w.w(i).equals("the") ? w.w(i + 1) : w.w(i);
    return switch (a) {
      case "early", "beginning", "start", "turn" -> "START";
      case "late", "end", "close" -> "END";
      default -> "MID";
    };
  }

  static int quantityModifier(Words w, int i) {
    String a = w.w(i);
    String b = w.w(i + 1);
    String c = w.w(i + 2);
    if ((a.equals("more") || a.equals("less") || a.equals("fewer")) && b.equals("than")) {
      return 2;
    }
    if ((a.equals("at") && (b.equals("least") || b.equals("most"))) || (a.equals("up") && b.equals("to"))) {
      return 2;
    }
    if ((a.equals("just") || a.equals("well") || a.equals("a") && b.equals("little")) && (b.equals("over") || b.equals("under") || c.equals("over"))) {
      return a.equals("a") ? 3 : 2;
    }
    if ((a.equals("no") && b.equals("more") && c.equals("than"))) {
      return 3;
    }
    return switch (a) {
      case "over", "under", "about", "around", "approximately", "roughly", "nearly", "almost", "some",
          "only", "just", "barely", "merely", "fully", "at", "within" -> a.equals("at") || a.equals("within") ? 0 : 1;
      default -> 0;
    };
  }

  static boolean modifierInExtent(String first) {
    return first.equals("more") || first.equals("less") || first.equals("fewer") || first.equals("nearly")
        || first.equals("almost") || first.equals("no") || first.equals("up");
  }

  static String quantityMod(Words w, int i) {
    String a = w.w(i);
    String b = w.w(i + 1);
    if (a.equals("more") || a.equals("over") || a.equals("well") || a.equals("just") && b.equals("over")
        || a.equals("a") && w.w(i + 2).equals("over")) {
      return "MORE_THAN";
    }
    if (a.equals("less") || a.equals("fewer") || a.equals("under") || a.equals("nearly") || a.equals("almost")
        || a.equals("barely") || a.equals("just") && b.equals("under")) {
      return "LESS_THAN";
    }
    if (a.equals("at") && b.equals("least")) {
      return "EQUAL_OR_MORE";
    }
    if (a.equals("at") && b.equals("most") || a.equals("up") || a.equals("no")) {
      return "EQUAL_OR_LESS";
    }
    if (a.equals("only") || a.equals("just") || a.equals("merely") || a.equals("fully")) {
      return null;
    }
    return "APPROX";
  }

  // ---------------------------------------------------------------- small helpers

  static int num(String s) {
    return Integer.parseInt(s);
  }

  static boolean validDay(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1) {
      return false;
    }
    return d <= java.time.YearMonth.of(y, m).lengthOfMonth();
  }
}
