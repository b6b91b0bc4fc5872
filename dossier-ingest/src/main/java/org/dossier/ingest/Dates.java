package org.dossier.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article dates as written in headers and JSON: {@code YYYY-MM-DD} (one-digit month and day
 * tolerated), perhaps with a time as in {@code 2025-04-14T09:30:00Z}, which is ignored; the year is
 * 0001 to 9999 (0000 is what systems write for a missing date). Anything else is a {@code BAD_DATE} with a reason a person can act on.
 */
final class Dates {

  /** A time after the date, as in feeds' timestamps; the date as written is the article's date. */
  static final String TIME = "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?";

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})" + TIME);

  private Dates() {}

  /** The date {@code text} names, if it is a real one. */
  static Optional<LocalDate> parse(String text) {
    return problem(text).isPresent() ? Optional.empty() : Optional.of(toDate(ISO.matcher(text.strip())));
  }

  /** Why {@code text} is not a date, e.g. "there is no month 13"; empty when it is one. */
  static Optional<String> problem(String text) {
    Matcher m = ISO.matcher(text.strip());
    if (!m.matches()) {
      return Optional.of("is not a date of the form YYYY-MM-DD");
    }
    if (Integer.parseInt(m.group(1)) == 0) {
      // the calendar goes from 1 BC to AD 1: a year 0000 is a placeholder for a missing date
      return Optional.of("is not a real date: there is no year 0 (a placeholder for a missing date?)");
    }
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      return Optional.of("is not a real date: there is no month " + month);
    }
    YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
    int day = Integer.parseInt(m.group(3));
    if (day < 1 || day > ym.lengthOfMonth()) {
      return Optional.of("is not a real date: " + ym + " has no day " + day);
    }
    return Optional.empty();
  }

  private static LocalDate toDate(Matcher m) {
    m.matches();
    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }
}
