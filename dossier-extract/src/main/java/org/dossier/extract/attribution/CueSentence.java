package org.dossier.extract.attribution;

import java.util.Locale;
import java.util.Optional;
import org.dossier.annotation.DependencyTree;
import org.dossier.annotation.Token;
import org.dossier.extract.entity.EntityLayer;
import org.dossier.text.Span;

/**
 * One sentence as the cue families read it: its dependency tree (built once by the facade), its
 * index in the article, the article's entities, the sentence before it (in any paragraph, and in
 * the same paragraph only), and whether the reading is broad (stance verbs and nouns as cues).
 */
record CueSentence(DependencyTree tree, int index, EntityLayer entities, Optional<Span> before,
    Optional<Span> beforeInParagraph, boolean broad) {

  /** The word of token {@code i} in lower case. */
  String word(int i) {
    return tree.token(i).word().toLowerCase(Locale.ROOT);
  }

  /** The lemma of token {@code i} in lower case. */
  String lemma(int i) {
    return tree.token(i).lemma().toLowerCase(Locale.ROOT);
  }

  /**
   * True when the token is itself a cue verb: a clause under it is what that cue reports ("X said
   * his band wrote songs"), never a claim that a later verb reports back ("..., officials said").
   */
  boolean isCue(int i) {
    Token t = tree.token(i);
    return t.isVerb() && (CueLexicon.REPORT.contains(t.lemma().toLowerCase(Locale.ROOT))
        || broad && (CueLexicon.isStance(t.word()) || StanceVerbs.takesStance(tree, i)));
  }
}
