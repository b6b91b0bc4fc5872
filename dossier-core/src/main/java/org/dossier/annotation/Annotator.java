package org.dossier.annotation;

import org.dossier.text.Article;
import org.dossier.text.Deadline;

/**
 * Turns an article into its linguistic layer. Implementations are thread-safe and loaded once:
 * loading models is the expensive part.
 */
public interface Annotator {

  /** As {@link #annotate(Article, Deadline)} with no deadline. */
  default AnnotatedArticle annotate(Article article) {
    return annotate(article, Deadline.NONE);
  }

  /**
   * The linguistic layer of {@code article}.
   *
   * @throws Deadline.Exceeded when the work runs past {@code deadline}; implementations check it
   *     between bounded steps
   */
  AnnotatedArticle annotate(Article article, Deadline deadline);
}
