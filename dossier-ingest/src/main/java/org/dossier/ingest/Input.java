package org.dossier.ingest;

import java.util.List;
import java.util.Objects;
import org.dossier.text.Article;
import org.dossier.text.Problem;

/**
 * One article as read, with the problems found while reading it. When a problem is fatal the
 * article carries only its id (the file name, or file:line) and an empty body.
 *
 * @param where the file (and line, for JSON Lines) the article came from, as the user named it:
 *     where problems found later, during the analysis, are reported
 */
public record Input(Article article, List<Problem> problems, String where) {

  public Input {
    Objects.requireNonNull(article, "article");
    problems = List.copyOf(problems);
    Objects.requireNonNull(where, "where");
  }

  /** An input whose origin is named by its article id. */
  public Input(Article article, List<Problem> problems) {
    this(article, problems, article.id());
  }

  /** Whether the article can be analysed. */
  public boolean isReadable() {
    return problems.stream().noneMatch(Problem::isFatal);
  }
}
