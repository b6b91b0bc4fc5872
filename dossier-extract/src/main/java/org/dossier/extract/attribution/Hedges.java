package org.dossier.extract.attribution;

import java.util.Optional;
import org.dossier.analysis.Attribution.Kind;
import org.dossier.annotation.DependencyTree;

/** "Reportedly, leaders met": a hedging adverb puts the claim at one remove, from no one named. */
final class Hedges implements CueFamily {

  @Override
  public boolean claims(CueSentence s, int i) {
    return CueLexicon.HEDGES.contains(s.word(i));
  }

  @Override
  public Optional<Found> read(CueSentence s, int i) {
    DependencyTree p = s.tree();
    boolean[] content = Contents.clauseOrAll(p, p.head(i));
    content[i] = false;
    return Contents.longestRun(p, content).map(c -> Sources.unsourced(s, Kind.HEDGE, p.token(i).span(), c));
  }
}
