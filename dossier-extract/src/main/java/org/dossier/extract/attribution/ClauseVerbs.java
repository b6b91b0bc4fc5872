package org.dossier.extract.attribution;

import java.util.Locale;
import java.util.Optional;
import org.dossier.annotation.DependencyTree;
import org.dossier.annotation.Token;

/** Which verb tokens the verb families may take as cues: verbs that head a clause of their own and assert it. */
final class ClauseVerbs {

  private ClauseVerbs() {}

  /**
   * True for a verb that is no auxiliary or copula, not the second half of a hyphenated compound,
   * not a modifier inside a noun phrase and not asked about.
   */
  static boolean heads(DependencyTree p, int i) {
    Token t = p.token(i);
    return t.isVerb() && !p.relation(i).startsWith("aux") && !p.relation(i).equals("cop") && !glued(p, i)
        && !modifier(p, i) && !question(p, i);
  }

  /**
   * True when the verb form modifies a noun rather than heads a clause ("pledged delegates") or
   * carries a particle that changes its sense ("showed up", "added up").
   */
  private static boolean modifier(DependencyTree p, int i) {
    int h = p.head(i);
    if (h > i && p.token(h).isNoun()) {
      boolean inPhrase = true;
      for (int j = i + 1; j < h; j++) {
        inPhrase &= p.token(j).isNoun() || p.token(j).pos().startsWith("JJ");
      }
      if (inPhrase) {
        return true; // the verb form sits inside the noun phrase, before its noun
      }
    }
    return CueLexicon.PARTICLE_CHANGES_SENSE.contains(p.token(i).lemma().toLowerCase(Locale.ROOT))
        && p.child(i, "compound:prt").isPresent();
  }

  /** True when the verb is asked about, not asserted: "Do you support Donald Trump?". */
  private static boolean question(DependencyTree p, int i) {
    if (!p.token(p.size() - 1).word().equals("?")) {
      return false;
    }
    Optional<Integer> subject = p.child(i, "nsubj");
    for (int c : p.children(i)) {
      if (p.relation(c).equals("aux") && subject.isPresent() && c < subject.get()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the word is the second half of a hyphenated compound ("communist-ruled",
   * "value-added"): a modifier, not a verb that reports.
   */
  private static boolean glued(DependencyTree p, int i) {
    return i > 0 && p.token(i - 1).word().equals("-") && p.token(i - 1).span().end() == p.token(i).span().start();
  }
}
