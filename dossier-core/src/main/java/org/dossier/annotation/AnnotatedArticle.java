package org.dossier.annotation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.text.Article;
import org.dossier.text.Span;

/** An article with its linguistic layer; the input of every extractor. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {

  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
  }

  public String body() {
    return article.body();
  }

  /** The words a span covers. */
  public String text(Span span) {
    return span.of(article.body());
  }

  /** The sentence containing {@code offset}, if any. */
  public Optional<Sentence> sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
