package org.dossier.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.analysis.Entity;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Dependency;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.dossier.text.Article;
import org.dossier.text.Span;

/**
 * Hand-built annotated sentences for extractor tests: each token is written
 * {@code word/POS/lemma/head/relation} (head 0 is the root, tokens count from 1), as a parser
 * would give them, so that the tests need no models.
 */
final class Sentences {

  private Sentences() {}

  static AnnotatedArticle article(String... tokensPerSentence) {
    StringBuilder body = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (String line : tokensPerSentence) {
      if (body.length() > 0) {
        body.append(' ');
      }
      List<Token> tokens = new ArrayList<>();
      List<Dependency> deps = new ArrayList<>();
      int first = body.length();
      String[] items = line.split(" ");
      for (int i = 0; i < items.length; i++) {
        String[] f = items[i].split("/");
        if (i > 0 && !f[1].equals(".") && !f[1].equals(",")) {
          body.append(' ');
        }
        int start = body.length();
        body.append(f[0]);
        tokens.add(new Token(i, new Span(start, body.length()), f[0], f[1], f[2], "O"));
        deps.add(new Dependency(Integer.parseInt(f[3]) - 1, i, f[4]));
      }
      sentences.add(new Sentence(sentences.size(), new Span(first, body.length()), tokens, deps));
    }
    return new AnnotatedArticle(Article.of("test", LocalDate.of(2025, 4, 14), body.toString()), sentences);
  }

  /** An entity mentioned by each exact occurrence of {@code words}. */
  static Entity entity(int id, EntityType type, String body, String words) {
    List<Span> mentions = new ArrayList<>();
    for (int at = body.indexOf(words); at >= 0; at = body.indexOf(words, at + 1)) {
      mentions.add(new Span(at, at + words.length()));
    }
    return new Entity(EntityId.of(id), type, Optional.of(words), Optional.empty(), List.of(), mentions, List.of(),
        Optional.empty(), Optional.empty());
  }
}
