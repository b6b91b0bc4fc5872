package org.dossier.ingest;

import java.util.List;
import java.util.Objects;
import org.dossier.text.Article;
import org.dossier.text.Problem;

/**
 * One article as read, with the problems found while reading it. When a problem is fatal the
 * article carries only its id (the file name, or file:line) and an empty body.
 */
public record Input(Article article, List<Problem> problems) {

  public Input {
    Objects.requireNonNull(article, "article");
    problems = List.copyOf(problems);
  }

  /** Whether the article can be analysed. */
  public boolean isReadable() {
    return problems.stream().noneMatch(Problem::isFatal);
  }
}
