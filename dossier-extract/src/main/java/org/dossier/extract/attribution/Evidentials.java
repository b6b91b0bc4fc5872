package org.dossier.extract.attribution;

import java.util.Locale;
import org.dossier.annotation.DependencyTree;

/**
 * Evidential verbs, read by {@link VerbCue} in the broad reading: "the idea seems to sit behind
 * obstacles" is the author's own inference, a cue without a source (PolNeAR marks none).
 */
final class Evidentials {

  private Evidentials() {}

  /**
   * True when the verb at {@code v} is "seem" or "appear" marking the author's inference.
   * "seemed to confirm", "appeared pleased" keep their subject: it is the subject's stance that seems.
   */
  static boolean inferred(CueSentence cs, int v) {
    DependencyTree p = cs.tree();
    return CueLexicon.EVIDENTIAL.contains(p.token(v).lemma().toLowerCase(Locale.ROOT))
        && p.child(v, "xcomp").filter(x -> cs.isCue(x) || CueLexicon.isStance(p.token(x).word())).isEmpty();
  }
}
