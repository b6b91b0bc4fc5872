package org.dossier.extract.entity;

import java.util.Objects;
import org.dossier.analysis.EntityType;
import org.dossier.text.Span;

/**
 * One place where the article refers to an entity: a name ("Imran Khan"), a nominal ("a key
 * individual", "the government") or a pronoun ("he").
 *
 * @param sentence index of the sentence
 * @param first index of the first token in the sentence
 * @param last index of the last token, inclusive
 * @param head index of the token the mention is headed by
 */
public record Mention(Span span, int sentence, int first, int last, int head, Kind kind, EntityType type) {

  /** How a mention refers. */
  public enum Kind {
    NAME,
    NOMINAL,
    PRONOUN
  }

  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    if (sentence < 0 || first < 0 || last < first || head < first || head > last) {
      throw new IllegalArgumentException(
          "bad mention tokens: sentence=" + sentence + " first=" + first + " last=" + last + " head=" + head);
    }
  }

  /** Whether the mention covers token {@code token} of sentence {@code sentence}. */
  public boolean covers(int sentence, int token) {
    return this.sentence == sentence && first <= token && token <= last;
  }

  Mention withType(EntityType newType) {
    return new Mention(span, sentence, first, last, head, kind, newType);
  }
}
