package org.dossier.extract.time;

import static org.dossier.extract.time.DateRules.isMonth;
import static org.dossier.extract.time.DateRules.monthPhrase;
import static org.dossier.extract.time.Numerals.dayNumber;
import static org.dossier.extract.time.Numerals.num;
import static org.dossier.extract.time.Numerals.startsWithDigit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules for clock times: "9 a.m.", "14:30 GMT", "noon Saturday", "midnight".
 * Part of the {@link Grammar}; see it for how matches are chosen. Uses the lowest layer
 * ({@link Lexicon}, {@link Numerals}), the meanings ({@link Resolve}, {@link Choose}) and the
 * dates ({@link DateRules}).
 */
final class ClockRules {

  private ClockRules() {}

  static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})");
  static final Pattern CLOCK_AMPM = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?([ap])\\.?m\\.?");
  static final Set<String> TIME_ZONES = Set.of(
      "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "ist", "pkt", "jst");

  // ---------------------------------------------------------------- clock times

  static void clockTimes(Words w, int i, List<Match> out) {
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
}
