package org.dossier.extract.attribution;

import java.util.Optional;
import org.dossier.annotation.DependencyTree;

/**
 * Verbs that report speech, writing or information: "Sources confirmed that talks resumed", "...,
 * officials said", "said Joe Biden". Some read as reports only with a clause after them
 * ("acknowledged that"); "continued to ..." and "battleground states" are none.
 */
final class ReportVerbs implements CueFamily {

  @Override
  public boolean claims(CueSentence s, int i) {
    return ClauseVerbs.heads(s.tree(), i) && CueLexicon.REPORT.contains(s.lemma(i));
  }

  @Override
  public Optional<Found> read(CueSentence s, int i) {
    DependencyTree p = s.tree();
    String lemma = s.lemma(i);
    if (lemma.equals("continue") && !InvertedReports.inverted(p, i)
        && !(p.child(i, "xcomp").isEmpty() && p.child(i, "obj").isEmpty()
        && (p.child(i, "ccomp").isPresent() || p.child(i, "parataxis").isPresent() || InvertedReports.quoteFollows(p, i)))) {
      // "continued to ..." and "continued his attacks" are no reports; "..., he continued." and
      // "He continued, “...”" are
      return Optional.empty();
    }
    if (CueLexicon.CLAUSE_ALWAYS.contains(lemma) && p.child(i, "ccomp").isEmpty()) {
      return Optional.empty(); // "battleground states", a noun
    }
    return VerbCue.read(s, i, CueLexicon.NEEDS_CLAUSE.contains(lemma));
  }
}
