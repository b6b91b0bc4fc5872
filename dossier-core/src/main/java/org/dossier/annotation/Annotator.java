package org.dossier.annotation;

import org.dossier.text.Article;

/**
 * Turns an article into its linguistic layer. Implementations are thread-safe and loaded once:
 * loading models is the expensive part.
 */
public interface Annotator {

  AnnotatedArticle annotate(Article article);
}
