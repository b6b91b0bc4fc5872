package org.dossier.extract.attribution;

import java.util.Optional;

/**
 * One family of attribution cues ("according to X", "reportedly", "X said", ...). The facade asks
 * the families in order whether they claim a token; the first that does reads it, and no later
 * family sees that token.
 */
interface CueFamily {

  /** True when the token at {@code i} is this family's cue word, whether or not it attributes anything. */
  boolean claims(CueSentence s, int i);

  /** The attribution of the claimed cue at {@code i}, or none when its shape is not an attribution after all. */
  Optional<Found> read(CueSentence s, int i);

  /** How many tokens the cue word takes ("according to" takes two); the later ones are no cue of their own. */
  default int width() {
    return 1;
  }
}
