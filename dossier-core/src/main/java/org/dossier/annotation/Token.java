package org.dossier.annotation;

import java.util.Objects;
import org.dossier.text.Span;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param span where it is in the article body
 * @param word the token's text as the tokenizer normalised it (quotes, brackets)
 * @param pos Penn Treebank part-of-speech tag
 * @param lemma dictionary form
 * @param ner CoNLL named-entity class: PERSON, ORGANIZATION, LOCATION, MISC, or {@code O}
 */
public record Token(int index, Span span, String word, String pos, String lemma, String ner) {

  public static final String NO_ENTITY = "O";

  public Token {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0: " + index);
    }
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(ner, "ner");
  }

  public boolean isEntity() {
    return !NO_ENTITY.equals(ner);
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  public boolean isCapitalized() {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }
}
