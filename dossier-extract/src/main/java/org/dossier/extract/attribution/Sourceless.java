package org.dossier.extract.attribution;

import java.util.Optional;
import org.dossier.analysis.Attribution.Kind;
import org.dossier.annotation.DependencyTree;

/**
 * A cue whose speaker the sentence does not name: "..., saying that ...", "when asked about ...",
 * "seems to ...". The broad reading keeps it as an anonymous source.
 */
final class Sourceless {

  private Sourceless() {}

  static Optional<Found> read(CueSentence cs, int v) {
    DependencyTree p = cs.tree();
    Optional<Integer> clause = Contents.complement(p, v);
    boolean[] content = Contents.clauseOrAll(p, clause.orElse(-1));
    if (clause.isEmpty()) {
      content[v] = false;
    }
    return Contents.longestRun(p, content).map(c ->
        Sources.unsourced(cs, Kind.ANONYMOUS_SOURCE, VerbCue.cueSpan(p, v), c));
  }
}
