package org.dossier.extract.time;

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
import org.dossier.analysis.TimeExpression.Type;

/**
 * The rules that find time expressions in a sentence's words and say what they mean. Each rule
 * is a small hand-written matcher over hashed word lists (no regular expressions over the text,
 * no backtracking): at every word the rules propose matches and the longest wins.
 *
 * <p>Extents follow TimeML: a leading preposition ("in", "for", "since") is left out, a
 * determiner and a modifier ("the", "late", "over") are kept.
 */
final class Grammar {

  private static final Set<String> MONTH_CONTEXT = Set.of(
      "in", "on", "since", "until", "till", "til", "by", "last", "next", "this", "early", "late", "mid", "of",
      "from", "to", "through", "thru", "during", "before", "after", "between", "and", "or", "every", "each",
      "end", "beginning", "start", "middle", "that", "past", "coming", "around", "throughout",
      "within", "for", "late-", "early-", "as", "than", "into", "onwards", "following", "previous", "-");
  private static final Set<String> NOT_AFTER_YEAR = Set.of(
      "%", "percent", "per", "people", "persons", "votes", "tons", "tonnes", "shares", "dollars", "yen", "euros",
      "points", "barrels", "soldiers", "troops", "men", "women", "feet", "meters", "metres", "miles",
      "kilometers", "km", "words", "pages", "acres", "units", "cars", "jobs", "members", "times", "pounds",
      "hours", "minutes", "days", "weeks", "months", "years", "and", "x", "cases", "deaths", "to");
  private static final Set<String> NOT_BEFORE_YEAR = Set.of(
      "$", "#", "no", "number", "flight", "route", "room", "page", "pages", "model", "version", "interstate",
      "article", "section", "chapter", "highway", "about", "some", "nearly", "almost", "approximately",
      "the", "over", "than", "of", "at", "us$", "c$", "a$", "hk$", "rs", "rs.", "£", "€", "¥", "to");
  private static final Set<String> TIME_ZONES = Set.of(
      "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "ist", "pkt", "jst");
  private static final Set<String> NAME_AFTER_WEEKDAY = Set.of(
      "times", "telegraph", "mirror", "express", "post", "herald", "independent", "tribune", "star",
      "school", "service", "bloody", "people", "sport", "mail", "world", "review", "edition", "magazine");
  private static final Set<String> NAME_BEFORE_WEEKDAY = Set.of(
      "bloody", "super", "black", "good", "ash", "palm", "holy", "shrove", "cyber", "mad", "blue", "low", "whit",
      "maundy", "easter", "fat", "giving");
  private static final Set<String> BEFORE_SPELLED_YEAR = Set.of("in", "since", "until", "by", "of", "from", "to");
  private static final Set<String> BEFORE_OLD_YEAR = Set.of("in", "since", "of", "until", "by");
  private static final Set<String> AMOUNTS = Set.of("dollars", "percent", "cents");
  private static final Set<String> NARROWING = Set.of("early", "late", "mid");
  private static final Set<String> BEFORE_VAGUE_UNITS = Set.of("for", "over", "within", "after");
  private static final Set<String> PREPOSITIONS = Set.of(
      "on", "in", "for", "from", "since", "after", "before", "at", "throughout", "within", "through", "over");
  private static final Set<String> FILM = Set.of("film", "movie", "sequel", "starring", "box", "cinema", "premiere", "actor");
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern SLASH = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})");
  private static final Pattern CLOCK_AMPM = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?([ap])\\.?m\\.?");
  private static final Pattern DECADE = Pattern.compile("(?:(\\d{2})|')?(\\d)0'?s");
  private static final Pattern QUARTER_CODE = Pattern.compile("q([1-4])|([1-4])q");
  private static final Pattern FISCAL_CODE = Pattern.compile("fy'?(\\d{2}|\\d{4})");
  private static final Pattern HALF_CODE = Pattern.compile("h([12])");

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
  private static final Set<String> STARTS = new java.util.HashSet<>(java.util.List.of(
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

  private static boolean mayStart(String n) {
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
  private static Match withoutArticleOfCompound(Words w, Match m) {
    String first = w.w(m.from());
    if (m.length() > 1 && (first.equals("the") || first.equals("a") || first.equals("an"))
        && w.hyphenated(m.to() - 1) && w.pos(m.to()).startsWith("NN") && !Lexicon.UNITS.containsKey(w.w(m.to()))) {
      return new Match(m.from() + 1, m.to(), m.reading(), m.yearKnown(), m.year());
    }
    return m;
  }

  /** A match must not cut a hyphenated token, except for a trailing "-long"/"-old" it rejects. */
  private static boolean wholeTokens(Words w, Match m) {
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
    decades(w, i, out);
    clockTimes(w, i, out);
    sets(w, i, out);
    holidays(w, i, out);
    anaphora(w, i, out);
    seasons(w, i, out);
    weekOf(w, i, out);
    theUnit(w, i, out);
  }

  // ---------------------------------------------------------------- "for the year", "over the weekend", "year-earlier"

  private static final Set<String> BEFORE_THE_UNIT = Set.of(
      "for", "of", "in", "during", "through", "throughout", "over", "since", "until", "ahead", "by", "into");

  private void theUnit(Words w, int i, List<Match> out) {
    String a = w.w(i);
    // "by year-end", "by year's end", "around year end": the end of the narrative's year
    if (a.equals("year") && (w.w(i + 1).equals("end") || w.w(i + 1).equals("'s") && w.w(i + 2).equals("end"))
        && !w.w(i - 1).equals("the") && !w.w(i - 1).equals("a")) {
      int end = w.w(i + 1).equals("end") ? i + 2 : i + 3;
      out.add(new Match(i, end, c -> Resolve.dctUnit(c, Granularity.YEAR, 0).withMod("END")));
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
      out.add(new Match(i, k + 1, c -> Resolve.dctUnit(c, Granularity.WEEK, 0)));
    } else if (n.equals("month") && !fiscal && !next.equals("of")) {
      out.add(new Match(i, k + 1, c -> c.discourse().isPresent() && c.discourse().get().finerOrEqual(Granularity.MONTH)
          ? Resolution.date(Stretch.containing(c.discourse().get().first(), Granularity.MONTH), Anchor.DISCOURSE)
          : Resolve.dctUnit(c, Granularity.MONTH, 0)));
    }
  }

  // ---------------------------------------------------------------- "the third week of March"

  private void weekOf(Words w, int i, List<Match> out) {
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

  // ---------------------------------------------------------------- modifiers

  private static int dateModifier(Words w, int i) {
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
  private static boolean quantityStart(String n) {
    return n.equals("every") || n.equals("each") || Lexicon.SETS.containsKey(n) || Lexicon.number(n) >= 0
        && Lexicon.yearLike(n) < 0;
  }

  private static String dateMod(Words w, int i) {
    String a = w.w(i).equals("the") ? w.w(i + 1) : w.w(i);
    return switch (a) {
      case "early", "beginning", "start", "turn" -> "START";
      case "late", "end", "close" -> "END";
      default -> "MID";
    };
  }

  private static int quantityModifier(Words w, int i) {
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

  private static boolean modifierInExtent(String first) {
    return first.equals("more") || first.equals("less") || first.equals("fewer") || first.equals("nearly")
        || first.equals("almost") || first.equals("no") || first.equals("up");
  }

  private static String quantityMod(Words w, int i) {
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

  // ---------------------------------------------------------------- dates with names and numbers

  private void explicitDates(Words w, int i, List<Match> out) {
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
    year(w, i, out);
    spelledYear(w, i, out);
  }

  /** ISO dates and slashed dates written as one token: 2024-11-05, 2024-11, 11/05/2024. */
  private static void numericDates(String a, int i, List<Match> out) {
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

  private static boolean startsWithDigit(String a) {
    return !a.isEmpty() && Character.isDigit(a.charAt(0));
  }

  /** Month at {@code k}, optionally with a day before it ({@code day} > 0) or after it, and a year. */
  private void monthPhrase(Words w, int from, int k, int dayBefore, List<Match> out) {
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
    out.add(new Match(from, end, c -> monthReading(c, month, fDay, fYear), year > 0, year));
  }

  private static Resolution monthReading(Context c, int month, int day, int year) {
    if (year > 0) {
      return day > 0
          ? Resolution.date(Stretch.day(LocalDate.of(year, month, day)), Anchor.NONE)
          : Resolution.date(Stretch.month(year, month), Anchor.NONE);
    }
    if (day > 0) {
      return Choose.yearlyFar(c, y -> validDay(y, month, day) ? Stretch.day(LocalDate.of(y, month, day)) : null,
          String.format("XXXX-%02d-%02d", month, day), 180);
    }
    return Choose.yearly(c, y -> Stretch.month(y, month), String.format("XXXX-%02d", month));
  }

  /** Whether word {@code k} is a month name used as a month, not a verb, a name or a march. */
  private static boolean isMonth(Words w, int k, boolean afterDay) {
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

  private static boolean isCalendarWord(String n) {
    return Lexicon.MONTHS.containsKey(n) || Lexicon.WEEKDAYS.containsKey(n) || n.equals("day") || n.equals("eve");
  }

  /** A day of the month written after a month: "12", "12th", "12," — or -1. */
  private static int dayNumber(Words w, int k) {
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
  private static int yearNumber(Words w, int k) {
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
  private void spelledYear(Words w, int i, List<Match> out) {
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
  private void year(Words w, int i, List<Match> out) {
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

  private void weekdays(Words w, int i, List<Match> out) {
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

  private static boolean weekdayHere(Words w, int i) {
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

  // ---------------------------------------------------------------- today, now, recently

  private void deictic(Words w, int i, List<Match> out) {
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

  private void thisLastNext(Words w, int i, List<Match> out) {
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
    if (month != null && day > 0 && w.capitalized(k) && !the && Grammar.validDay(2000, month, day)) {
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

  // ---------------------------------------------------------------- quantities: durations, ago, later

  private void quantities(Words w, int i, List<Match> out) {
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
            && (BEFORE_VAGUE_UNITS.contains(w.w(i - 1)) || w.w(i - 1).equals("in") && endsClause(w, i + 1))
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
      // "twenty four", "one hundred", "two and a half"
      int n2 = Lexicon.number(w.w(k));
      if (n >= 20 && n % 10 == 0 && n2 > 0 && n2 < 10 && !w.w(k).equals("a")) {
        count = n + n2;
        k++;
      } else if (w.w(k).equals("hundred") && n < 10) {
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
    final Granularity u = unit;
    final double cnt = count;
    final boolean isVague = vague;
    int end = k + 1;
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
    String after = w.w(end);
    String duration = isVague ? Lexicon.vagueDuration(u) : Lexicon.duration(cnt, u);
    if (weekend) {
      duration = isVague ? "PXD" : Lexicon.duration(cnt * 2, Granularity.DAY);
    }
    final String dur = duration;
    if (direction == 0 && !the) {
      if (after.equals("ago") || after.equals("earlier") && !w.w(end + 1).equals("than") || after.equals("later")
          || after.equals("before") && endsClause(w, end + 1) || after.equals("after") && endsClause(w, end + 1)
          || after.equals("hence") || after.equals("from") && w.w(end + 1).equals("now")
          || after.equals("back") && endsClause(w, end + 1)) {
        boolean fromNow = after.equals("from");
        long sign = after.equals("ago") || after.equals("earlier") || after.equals("before") || after.equals("back") ? -1 : 1;
        boolean discourse = after.equals("earlier") || after.equals("later") || after.equals("before")
            || after.equals("after");
        int stop = fromNow ? end + 2 : end + 1;
        out.add(new Match(i, stop, c -> Resolve.offset(c, cnt, u, sign, discourse)));
        return;
      }
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

  private static boolean endsClause(Words w, int k) {
    String n = w.w(k);
    return n.isEmpty() || n.equals(",") || n.equals(".") || n.equals(";") || n.equals(":") || n.equals("and")
        || n.equals("''") || n.equals("\"") || n.equals("--") || n.equals(")");
  }

  // ---------------------------------------------------------------- quarters, halves, fiscal years

  private void quarters(Words w, int i, List<Match> out) {
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
    String unit = w.w(k);
    if (unit.equals("half") && (q == 1 || q == 2)) {
      half = true;
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
    final int fq = q;
    final int fy = year;
    final int fShift = yearShift;
    final boolean fHalf = half;
    final boolean fEarlier = yearEarlier;
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

  private void decades(Words w, int i, List<Match> out) {
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

  // ---------------------------------------------------------------- clock times

  private void clockTimes(Words w, int i, List<Match> out) {
    String a = w.w(i);
    int hour = -1;
    int minute = 0;
    int end = i + 1;
    Matcher m = startsWithDigit(a) ? CLOCK_AMPM.matcher(a) : null;
    if (m != null && m.matches()) {
      hour = num(m.group(1));
      minute = m.group(2) == null ? 0 : num(m.group(2));
      if (hour > 12) {
        return;
      }
      hour = hour % 12 + (m.group(3).equals("p") ? 12 : 0);
    } else {
      Matcher cm = startsWithDigit(a) ? CLOCK.matcher(a) : null;
      boolean colon = cm != null && cm.matches();
      int h = -1;
      if (colon) {
        h = num(cm.group(1));
        minute = num(cm.group(2));
      } else if (a.chars().allMatch(Character::isDigit) && !a.isEmpty() && a.length() <= 2) {
        h = num(a);
      } else if ((a.equals("noon") || a.equals("midday")) && !w.w(i - 1).equals("high") && !w.capitalized(i)) {
        hour = 12;
      } else if (a.equals("midnight")) {
        hour = 0;
      } else {
        int n = Lexicon.number(a);
        if (n >= 1 && n <= 12 && !a.equals("a") && !a.equals("an")) {
          h = n;
        }
      }
      if (h >= 0 && hour < 0) {
        String b = w.w(i + 1);
        if (b.equals("a.m.") || b.equals("am") && w.raw(i + 1).equals("a.m") || b.equals("a.m")) {
          hour = h % 12;
          end++;
        } else if (b.equals("p.m.") || b.equals("pm") || b.equals("p.m")) {
          hour = h % 12 + 12;
          end++;
        } else if (b.equals("o'clock")) {
          hour = h;
          end++;
        } else if (colon && h < 24 && minute < 60 && w.w(i - 1).equals("at")) {
          hour = h;
        } else if (b.equals("in") && w.w(i + 2).equals("the") && Lexicon.PARTS_OF_DAY.containsKey(w.w(i + 3))) {
          String p = w.w(i + 3);
          hour = p.equals("morning") ? h % 12 : h % 12 + 12;
          end = i + 4;
        } else {
          return;
        }
      }
    }
    if (hour < 0 || hour > 23 || minute > 59) {
      return;
    }
    if (TIME_ZONES.contains(w.w(end))) {
      end++;
    } else if (w.w(end).equals("local") && w.w(end + 1).equals("time")) {
      end += 2;
    }
    final int fh = hour;
    final int fm = minute;
    // "3 p.m. Friday", "3 p.m. on Friday", "Friday at 3 p.m."
    int k = end;
    if (w.w(k).equals("on")) {
      k++;
    }
    if (w.w(k).equals(",")) {
      k++;
    }
    Integer dow = Lexicon.WEEKDAYS.get(w.w(k));
    if (dow != null && w.capitalized(k)) {
      out.add(new Match(i, k + 1, c -> Resolve.clock(Choose.weekday(c, dow), fh, fm)));
    }
    if (isMonth(w, k, true) && dayNumber(w, k + 1) > 0) {
      List<Match> dates = new ArrayList<>();
      monthPhrase(w, k, k, -1, dates);
      for (Match d : dates) {
        out.add(new Match(i, d.to(), c -> Resolve.clock(d.reading().resolve(c), fh, fm), d.yearKnown(), d.year()));
      }
    }
    if (w.w(k).equals("today") || w.w(k).equals("yesterday") || w.w(k).equals("tomorrow")) {
      int shift = w.w(k).equals("yesterday") ? -1 : w.w(k).equals("tomorrow") ? 1 : 0;
      out.add(new Match(i, k + 1, c -> Resolve.clock(Resolve.dctDay(c, shift), fh, fm)));
    }
    out.add(new Match(i, end, c -> Resolve.clock(Resolve.narrativeDay(c), fh, fm)));
  }

  // ---------------------------------------------------------------- sets

  private void sets(Words w, int i, List<Match> out) {
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
        if (a.equals("each") && !(w.w(i - 1).equals("for") || w.w(i - 1).equals("in") || endsClause(w, k + 1))) {
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

  // ---------------------------------------------------------------- holidays

  private void holidays(Words w, int i, List<Match> out) {
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

  // ---------------------------------------------------------------- anaphora: "at that time", "the same day"

  private void anaphora(Words w, int i, List<Match> out) {
    String a = w.w(i);
    String b = w.w(i + 1);
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
            || w.w(i - 1).equals("by") || w.w(i - 1).equals("until") || w.w(i - 1).equals("of") || endsClause(w, k + 1)
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
        && (w.w(i + 2).equals("before") && w.w(i + 3).equals("last") && !isCalendarWord(w.w(i + 4))
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
        && endsClause(w, i + 3)) {
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

  // ---------------------------------------------------------------- seasons

  private void seasons(Words w, int i, List<Match> out) {
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

  // ---------------------------------------------------------------- small helpers

  private static int num(String s) {
    return Integer.parseInt(s);
  }

  static boolean validDay(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1) {
      return false;
    }
    return d <= java.time.YearMonth.of(y, m).lengthOfMonth();
  }
}
