package org.dossier.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header lines at the top of a text article and where its body begins.
 *
 * <p>Header lines are {@code date YYYY-MM-DD}, {@code date: ...}, {@code title: ...},
 * {@code source: ...} and {@code url: ...} (keys in any case), in any order, with blank lines
 * between them allowed; a line ends at a line feed or a carriage return. The first line that is none of these starts the body. In the reference
 * article's form the body follows the date on the same line ({@code  date 2025-04-14 Former
 * prime minister ...}). The whitespace before the body is not part of it; the body runs to the end
 * of the file exactly as written.
 *
 * @param date the date as written, still to be checked
 * @param bodyStart the index in the text where the body begins
 */
record Header(Optional<String> date, Optional<String> title, Optional<String> source, Optional<String> url, int bodyStart) {

  /** {@code date 2025-04-14} or {@code date: 2025-04-14}, perhaps followed by the body. */
  private static final Pattern DATE_ISO = Pattern.compile(
      "(?i)date[ \\t]*:?[ \\t]*(\\d{4}-\\d{1,2}-\\d{1,2}" + Dates.TIME + ")(?![\\w:+-])");

  /** {@code date: anything} (an unreadable date is still a header line, and a BAD_DATE). */
  private static final Pattern DATE_OTHER = Pattern.compile("(?i)date[ \\t]*:");

  private static final Pattern FIELD = Pattern.compile("(?i)(title|source|url)[ \\t]*:");

  static Header parse(String text) {
    Optional<String> date = Optional.empty();
    Optional<String> title = Optional.empty();
    Optional<String> source = Optional.empty();
    Optional<String> url = Optional.empty();
    int pos = skipWhitespace(text, 0);
    while (pos < text.length()) {
      int lineEnd = lineEnd(text, pos);
      Matcher iso = DATE_ISO.matcher(text).region(pos, lineEnd);
      if (iso.lookingAt()) {
        date = date.or(() -> Optional.of(iso.group(1)));
        int next = skipWhitespace(text, iso.end());
        if (next < lineEnd) {
          return new Header(date, title, source, url, next); // the body follows on the same line
        }
        pos = skipWhitespace(text, lineEnd);
        continue;
      }
      Matcher other = DATE_OTHER.matcher(text).region(pos, lineEnd);
      Matcher field = FIELD.matcher(text).region(pos, lineEnd);
      if (other.lookingAt()) {
        Optional<String> value = value(text, other.end(), lineEnd);
        date = date.or(() -> value);
      } else if (field.lookingAt()) {
        Optional<String> value = value(text, field.end(), lineEnd);
        switch (field.group(1).toLowerCase(java.util.Locale.ROOT)) {
          case "title" -> title = title.or(() -> value);
          case "source" -> source = source.or(() -> value);
          default -> url = url.or(() -> value);
        }
      } else {
        break;
      }
      pos = skipWhitespace(text, lineEnd);
    }
    return new Header(date, title, source, url, pos);
  }

  /**
   * Where the line starting at {@code from} ends: at its line feed or carriage return, so that a
   * file saved with carriage returns alone (as classic Mac OS did) still has header lines.
   */
  private static int lineEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return text.length();
  }

  private static Optional<String> value(String text, int from, int to) {
    String v = text.substring(from, to).strip();
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  private static int skipWhitespace(String text, int from) {
    int i = from;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
      i++;
    }
    return i;
  }
}
