package org.dossier.extract.time;

import java.util.Set;

/**
 * Numbers as the calendar writes them in a sentence: a year ("1998", "'98"), a day of the month
 * ("12th"), digits to parse, a day that exists. The lowest layer of the rules, with
 * {@link Lexicon} and {@link Modifiers}: it uses only {@link Words} and the lexicon.
 */
final class Numerals {

  private Numerals() {}

  /** Words after a number that make it a count, not a year or a day: "1998 people", "May 5 votes". */
  static final Set<String> NOT_AFTER_YEAR = Set.of(
      "%", "percent", "per", "people", "persons", "votes", "tons", "tonnes", "shares", "dollars", "yen", "euros",
      "points", "barrels", "soldiers", "troops", "men", "women", "feet", "meters", "metres", "miles",
      "kilometers", "km", "words", "pages", "acres", "units", "cars", "jobs", "members", "times", "pounds",
      "hours", "minutes", "days", "weeks", "months", "years", "and", "x", "cases", "deaths", "to");

  /** A day of the month written after a month: "12", "12th", "12," — or -1. */
  static int dayNumber(Words w, int k) {
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
  static int yearNumber(Words w, int k) {
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

  /** Whether the word starts with a digit: the numeric forms' first test. */
  static boolean startsWithDigit(String a) {
    return !a.isEmpty() && Character.isDigit(a.charAt(0));
  }

  /** Digits a pattern has already matched. */
  static int num(String s) {
    return Integer.parseInt(s);
  }

  /** Whether day {@code d} of month {@code m} exists in year {@code y}. */
  static boolean validDay(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1) {
      return false;
    }
    return d <= java.time.YearMonth.of(y, m).lengthOfMonth();
  }
}
