package org.dossier.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dossier.text.Article;
import org.dossier.text.Problem;

/** Reads articles from paths: text files, JSON Lines, directories, or {@code -} for standard input. */
public final class Ingest {

  private final Optional<LocalDate> defaultDate;
  private final long maxBytes;

  /**
   * @param defaultDate the date of articles that carry none
   * @param maxBytes the largest article accepted; a larger one is a {@code TOO_LARGE} problem
   */
  public Ingest(Optional<LocalDate> defaultDate, long maxBytes) {
    this.defaultDate = defaultDate;
    this.maxBytes = maxBytes;
  }

  /** Reads every article under {@code paths}, in order, handing each to {@code sink}. */
  public void read(List<String> paths, Consumer<Input> sink) {
    for (String p : paths) {
      try {
        String s = Files.readString(Path.of(p), StandardCharsets.UTF_8);
        String body = s;
        Optional<LocalDate> date = defaultDate;
        String trimmed = s.stripLeading();
        if (trimmed.startsWith("date ")) {
          date = Optional.of(LocalDate.parse(trimmed.substring(5, 15)));
          body = trimmed.substring(15).stripLeading();
        }
        sink.accept(new Input(new Article(p, date, Optional.empty(), Optional.empty(), Optional.empty(), body), List.of()));
      } catch (Exception e) {
        sink.accept(new Input(Article.of(p, null, ""), List.of(Problem.at(p, Problem.Codes.UNREADABLE, e.toString()))));
      }
    }
  }
}
