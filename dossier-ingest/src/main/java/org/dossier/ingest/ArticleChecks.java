package org.dossier.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.text.Article;
import org.dossier.text.Problem;

/**
 * The checks every article goes through once its text is decoded, whatever it was read from:
 * a body at all, no binary data, a real date, English. Readers find the parts; this decides.
 */
final class ArticleChecks {

  private final Optional<LocalDate> defaultDate;

  ArticleChecks(Optional<LocalDate> defaultDate) {
    this.defaultDate = defaultDate;
  }

  /**
   * The input for one article.
   *
   * @param where the file (and line) to name in problems
   * @param date the date as written in the article, if any; {@code --date} fills in when absent
   *     or unreadable
   */
  Input check(String id, String where, Optional<String> date, Optional<String> title, Optional<String> source,
      Optional<String> url, String body) {
    if (TextBytes.isBlank(body)) {
      return failed(id, where, Problem.Codes.EMPTY, body.isEmpty() ? "has no body text" : "has only white space, no body text");
    }
    Optional<String> binary = TextBytes.controlCharacters(body);
    if (binary.isPresent()) {
      return failed(id, where, Problem.Codes.BINARY, binary.get());
    }
    List<Problem> problems = new ArrayList<>();
    Optional<LocalDate> dct = defaultDate;
    if (date.isPresent()) {
      Optional<String> bad = Dates.problem(date.get());
      if (bad.isPresent()) {
        problems.add(Problem.at(where, Problem.Codes.BAD_DATE, "date " + shorten(date.get(), 40) + " " + bad.get() + "; analysed "
            + defaultDate.map(d -> "with --date " + d).orElse("without a date (relative times stay unresolved)")));
      } else {
        dct = Dates.parse(date.get());
      }
    }
    Optional<String> foreign = EnglishCheck.whyNot(body);
    if (foreign.isPresent()) {
      problems.add(Problem.at(where, Problem.Codes.NOT_ENGLISH, foreign.get()));
      return new Input(Article.of(id, dct.orElse(null), ""), problems, where);
    }
    return new Input(new Article(id, dct, title, source, url, body), problems, where);
  }

  /** An input that cannot be analysed: only its id and the one problem. */
  static Input failed(String id, String where, String code, String message) {
    return new Input(Article.of(id, null, ""), List.of(Problem.at(where, code, message)), where);
  }

  /**
   * Why an I/O operation failed, for a message that already names the file: the reason alone
   * ("Permission denied", "No such device or address"), not the path again.
   */
  static String reason(java.io.IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * A value quoted in a message, on one line (line breaks and other control characters become a
   * space: a problem is one line) and cut so that a pasted article never fills the terminal.
   */
  static String shorten(String value, int max) {
    String line = LINE_BREAKS.matcher(value).replaceAll(" ").strip();
    return line.length() <= max ? line : line.substring(0, max - 3) + "...";
  }

  private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029]+");
}
