package org.dossier.text;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article: its body text and what is known about it.
 *
 * @param id a stable identifier (file name, JSON {@code id}, or a hash of the body)
 * @param date the document creation time (DCT) that relative times are resolved against, if known
 * @param body the text that every {@link Span} of the analysis indexes into
 */
public record Article(
    String id,
    Optional<LocalDate> date,
    Optional<String> title,
    Optional<String> source,
    Optional<String> url,
    String body) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(body, "body");
  }

  /** An article with only an id, a date and a body; handy in tests. */
  public static Article of(String id, LocalDate date, String body) {
    return new Article(id, Optional.ofNullable(date), Optional.empty(), Optional.empty(), Optional.empty(), body);
  }

  public Article withDate(LocalDate newDate) {
    return new Article(id, Optional.of(newDate), title, source, url, body);
  }
}
