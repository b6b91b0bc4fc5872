package org.dossier.extract.attribution;

import java.util.Optional;
import org.dossier.analysis.Attribution.Kind;
import org.dossier.annotation.DependencyTree;
import org.dossier.text.Span;

/**
 * "It is understood that talks resumed": an impersonal passive attributes a claim to no one, a
 * hedge. Comes before the report verbs, some of which take this shape too ("it is said that").
 */
final class ImpersonalReports implements CueFamily {

  @Override
  public boolean claims(CueSentence s, int i) {
    DependencyTree p = s.tree();
    return ClauseVerbs.heads(p, i) && CueLexicon.IMPERSONAL.contains(s.lemma(i)) && impersonal(p, i);
  }

  @Override
  public Optional<Found> read(CueSentence s, int i) {
    return VerbCue.read(s, i, true);
  }

  /** The hedge of an impersonal passive: from "it" to the verb is the cue, the clause its content. */
  static Optional<Found> unowned(CueSentence s, int v, int expletive, int clause) {
    DependencyTree p = s.tree();
    boolean[] content = p.subtree(clause);
    Span cue = p.sentence().span(Math.min(expletive, v), v);
    return p.span(content).map(c -> Sources.unsourced(s, Kind.HEDGE, cue, c));
  }

  private static boolean impersonal(DependencyTree p, int v) {
    Optional<Integer> it = p.child(v, "expl").or(() -> p.child(v, "nsubj:pass"))
        .filter(s -> p.token(s).lemma().equalsIgnoreCase("it"));
    return it.isPresent() && p.child(v, "ccomp").isPresent();
  }
}
