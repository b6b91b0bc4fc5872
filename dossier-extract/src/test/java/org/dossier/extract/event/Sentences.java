package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.analysis.Entity;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.extract.HandBuiltText;
import org.dossier.text.Span;

/**
 * Hand-built annotated sentences for extractor tests: each token is written
 * {@code word/POS/lemma/head/relation} (head 0 is the root, tokens count from 1), as a parser
 * would give them, so that the tests need no models.
 */
final class Sentences {

  private Sentences() {}

  static AnnotatedArticle article(String... tokensPerSentence) {
    return HandBuiltText.article(tokensPerSentence);
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
