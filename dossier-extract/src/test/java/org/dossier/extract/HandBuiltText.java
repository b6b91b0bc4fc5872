package org.dossier.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Dependency;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.dossier.text.Article;
import org.dossier.text.Span;

/**
 * Hand-built annotated articles for extractor tests, so that they need no models. Each sentence
 * is a line of tokens written {@code word/POS/lemma/head/relation}, as a parser would give them
 * (heads count from 1, head 0 is the root); a line starting with "¶ " begins a new paragraph.
 */
public final class HandBuiltText {

  private HandBuiltText() {}

  public static AnnotatedArticle article(String... lines) {
    StringBuilder body = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (String line : lines) {
      boolean paragraph = line.startsWith("¶ ");
      line = paragraph ? line.substring(2) : line;
      if (body.length() > 0) {
        body.append(paragraph ? "\n\n" : " ");
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
    return new AnnotatedArticle(Article.of("hand-built", LocalDate.of(2025, 4, 14), body.toString()), sentences);
  }
}
