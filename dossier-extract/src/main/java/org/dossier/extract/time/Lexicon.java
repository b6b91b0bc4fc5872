package org.dossier.extract.time;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.dossier.analysis.TimeExpression.Granularity;

/** The English words of the calendar: months, weekdays, seasons, units, numbers, ordinals. */
final class Lexicon {

  private Lexicon() {}

  static final Map<String, Integer> MONTHS = new HashMap<>();
  static final Map<String, Integer> WEEKDAYS = new HashMap<>();
  static final Map<String, Integer> WEEKDAYS_PLURAL = new HashMap<>();
  static final Map<String, Stretch.Season> SEASONS = new HashMap<>();
  static final Map<String, String> PARTS_OF_DAY = new HashMap<>();
  static final Map<String, Granularity> UNITS = new HashMap<>();
  static final Map<String, Integer> NUMBERS = new HashMap<>();
  static final Map<String, Integer> ORDINALS = new HashMap<>();
  static final Map<String, String> SETS = new HashMap<>();

  /** Month names that are also common words or names: they need a calendar context. */
  static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "jan", "june", "august", "april", "sun", "mar", "jun", "sep");

  static {
    String[][] months = {
      {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"}, {"june", "jun"},
      {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"}, {"october", "oct"},
      {"november", "nov"}, {"december", "dec"}
    };
    for (int m = 0; m < 12; m++) {
      for (String name : months[m]) {
        MONTHS.put(name, m + 1);
      }
    }
    String[][] days = {
      {"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"}, {"thursday", "thu", "thur", "thurs"},
      {"friday", "fri"}, {"saturday", "sat"}, {"sunday", "sun"}
    };
    for (int d = 0; d < 7; d++) {
      for (String name : days[d]) {
        WEEKDAYS.put(name, d + 1);
      }
      WEEKDAYS_PLURAL.put(days[d][0] + "s", d + 1);
    }
    SEASONS.put("spring", Stretch.Season.SPRING);
    SEASONS.put("summer", Stretch.Season.SUMMER);
    SEASONS.put("fall", Stretch.Season.FALL);
    SEASONS.put("autumn", Stretch.Season.FALL);
    SEASONS.put("winter", Stretch.Season.WINTER);
    PARTS_OF_DAY.put("morning", "MO");
    PARTS_OF_DAY.put("afternoon", "AF");
    PARTS_OF_DAY.put("evening", "EV");
    PARTS_OF_DAY.put("night", "NI");
    PARTS_OF_DAY.put("overnight", "NI");
    String[][] units = {
      {"day", "days", "DAY"}, {"week", "weeks", "WEEK"}, {"month", "months", "MONTH"},
      {"quarter", "quarters", "QUARTER"}, {"year", "years", "YEAR"}, {"decade", "decades", "DECADE"},
      {"century", "centuries", "CENTURY"}, {"hour", "hours", "HOUR"}, {"minute", "minutes", "MINUTE"},
      {"fortnight", "fortnights", "WEEK"}, {"yr", "yrs", "YEAR"},
      {"hr", "hrs", "HOUR"}, {"min", "mins", "MINUTE"}
    };
    for (String[] u : units) {
      UNITS.put(u[0], Granularity.valueOf(u[2]));
      UNITS.put(u[1], Granularity.valueOf(u[2]));
    }
    String[] small = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"
    };
    for (int n = 0; n < small.length; n++) {
      NUMBERS.put(small[n], n);
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int t = 0; t < tens.length; t++) {
      NUMBERS.put(tens[t], 20 + 10 * t);
      for (int u = 1; u < 10; u++) {
        NUMBERS.put(tens[t] + "-" + small[u], 20 + 10 * t + u);
      }
    }
    NUMBERS.put("a", 1);
    NUMBERS.put("an", 1);
    NUMBERS.put("hundred", 100);
    NUMBERS.put("dozen", 12);
    String[] ord = {
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
      "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
      "eighteenth", "nineteenth", "twentieth"
    };
    for (int n = 0; n < ord.length; n++) {
      ORDINALS.put(ord[n], n + 1);
    }
    ORDINALS.put("twenty-first", 21);
    ORDINALS.put("twenty-second", 22);
    ORDINALS.put("twenty-third", 23);
    ORDINALS.put("thirtieth", 30);
    ORDINALS.put("thirty-first", 31);
    SETS.put("daily", "P1D");
    SETS.put("nightly", "P1D");
    SETS.put("weekly", "P1W");
    SETS.put("biweekly", "P2W");
    SETS.put("monthly", "P1M");
    SETS.put("quarterly", "P3M");
    SETS.put("annually", "P1Y");
    SETS.put("yearly", "P1Y");
    SETS.put("annual", "P1Y");
    SETS.put("hourly", "PT1H");
  }

  /** A month, a weekday, "day" or "eve": a capitalised neighbour that does not make a month's name a name. */
  static boolean isCalendarWord(String n) {
    return MONTHS.containsKey(n) || WEEKDAYS.containsKey(n) || n.equals("day") || n.equals("eve");
  }

  /** A number written in digits or words, or -1. */
  static int number(String w) {
    Integer n = NUMBERS.get(w);
    if (n != null) {
      return n;
    }
    if (w.isEmpty() || !Character.isDigit(w.charAt(0)) || w.length() > 7) {
      return -1;
    }
    int v = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isDigit(c)) {
        v = 10 * v + (c - '0');
      } else if (c != ',') {
        return -1;
      }
    }
    return v;
  }

  /** A whole number and a half written as one token ("5 1/2", "2\u00a01/2", "5½"), or -1. */
  static double mixedFraction(String w) {
    String t = w.replace('\u00a0', ' ');
    String whole;
    if (t.endsWith(" 1/2")) {
      whole = t.substring(0, t.length() - 4);
    } else if (t.endsWith("\u00bd")) {
      whole = t.substring(0, t.length() - 1).strip();
    } else {
      return -1;
    }
    int n = number(whole);
    return n < 0 ? -1 : n + 0.5;
  }

  /** A four-digit number that could be a year (1000-2199), or -1. */
  static int yearLike(String w) {
    if (w.length() == 4 && w.chars().allMatch(Character::isDigit)) {
      int y = Integer.parseInt(w);
      return y >= 1000 && y <= 2199 ? y : -1;
    }
    return -1;
  }

  /** An ordinal ("third", "3rd", "3"), or -1. */
  static int ordinal(String w) {
    Integer n = ORDINALS.get(w);
    if (n != null) {
      return n;
    }
    String d = w;
    if (d.length() > 2 && (d.endsWith("st") || d.endsWith("nd") || d.endsWith("rd") || d.endsWith("th"))) {
      d = d.substring(0, d.length() - 2);
    }
    if (!d.isEmpty() && d.length() <= 2 && d.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(d);
    }
    return -1;
  }

  /** The TIMEX3 duration letter(s) of a unit and the multiplier it needs. */
  static String duration(double n, Granularity unit) {
    if (n != Math.rint(n)) {
      // "half an hour" is PT30M, "5 1/2 hours" PT5H30M, "2 1/2 years" P2Y6M, "a day and a half" P1DT12H
      long whole = (long) Math.floor(n);
      double rest = n - whole;
      switch (unit) {
        case HOUR -> {
          return "PT" + (whole > 0 ? whole + "H" : "") + Math.round(rest * 60) + "M";
        }
        case MINUTE -> {
          return "PT" + (whole > 0 ? whole + "M" : "") + Math.round(rest * 60) + "S";
        }
        case DAY -> {
          return "P" + (whole > 0 ? whole + "D" : "") + "T" + Math.round(rest * 24) + "H";
        }
        case YEAR -> {
          return "P" + (whole > 0 ? whole + "Y" : "") + Math.round(rest * 12) + "M";
        }
        case WEEK -> {
          return "P" + Math.round(n * 7) + "D";
        }
        default -> {
          // keep the fraction
        }
      }
    }
    String num = n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
    return switch (unit) {
      case MINUTE -> "PT" + num + "M";
      case HOUR -> "PT" + num + "H";
      case PART_OF_DAY, DAY -> "P" + num + "D";
      case WEEK -> "P" + num + "W";
      case MONTH -> "P" + num + "M";
      case QUARTER -> n == Math.rint(n) ? "P" + (long) (3 * n) + "M" : "P" + num + "Q";
      case SEASON -> "P" + num + "S";
      case HALF_YEAR -> "P" + (long) (6 * n) + "M";
      case YEAR -> "P" + num + "Y";
      case DECADE -> n == Math.rint(n) ? "P" + (long) (10 * n) + "Y" : "P" + num + "DE";
      case CENTURY -> n == Math.rint(n) ? "P" + (long) (100 * n) + "Y" : "P" + num + "CE";
    };
  }

  /** A duration of unknown count: PXY, PXM, PTXH. */
  static String vagueDuration(Granularity unit) {
    return switch (unit) {
      case MINUTE -> "PTXM";
      case HOUR -> "PTXH";
      case PART_OF_DAY, DAY -> "PXD";
      case WEEK -> "PXW";
      case MONTH, QUARTER -> "PXM";
      case SEASON -> "PXS";
      case HALF_YEAR, YEAR, DECADE, CENTURY -> "PXY";
    };
  }
}
