package org.dossier.extract.time;

import static org.dossier.extract.time.Numerals.num;
import static org.dossier.extract.time.Numerals.yearNumber;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.analysis.TimeExpression.Anchor;
import org.dossier.analysis.TimeExpression.Granularity;
import org.dossier.analysis.TimeExpression.Type;

/**
 * The rules for the periods of financial and historical writing: quarters, halves and fiscal
 * years ("the third quarter of 1989", "Q3", "FY'90", "the year-ago period"), decades and
 * centuries ("the 1990s", "the twenties", "the 20th century").
 * Part of the {@link Grammar}; see it for how matches are chosen. Uses only the lowest layer
 * ({@link Lexicon}, {@link Numerals}) and the meanings ({@link Resolve}, {@link Choose}).
 */
final class PeriodRules {

  private PeriodRules() {}

  static final Pattern DECADE = Pattern.compile("(?:(\\d{2})|')?(\\d)0'?s");
  static final Pattern QUARTER_CODE = Pattern.compile("q([1-4])|([1-4])q");
  static final Pattern FISCAL_CODE = Pattern.compile("fy'?(\\d{2}|\\d{4})");
  static final Pattern HALF_CODE = Pattern.compile("h([12])");

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
}
