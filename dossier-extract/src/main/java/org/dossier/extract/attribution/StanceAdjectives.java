package org.dossier.extract.attribution;

import java.util.Optional;

/**
 * In the broad reading, a stance adjective with its copula: "Khan was confident that ...", "voters
 * are worried about ...". Read like a verb, with the copula's subject as the source.
 */
final class StanceAdjectives implements CueFamily {

  @Override
  public boolean claims(CueSentence s, int i) {
    return s.tree().token(i).pos().startsWith("JJ") && s.tree().child(i, "cop").isPresent()
        && CueLexicon.isStance(s.word(i));
  }

  @Override
  public Optional<Found> read(CueSentence s, int i) {
    return VerbCue.read(s, i, false);
  }
}
