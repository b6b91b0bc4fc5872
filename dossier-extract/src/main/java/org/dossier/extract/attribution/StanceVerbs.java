package org.dossier.extract.attribution;

import java.util.Locale;
import java.util.Optional;
import org.dossier.annotation.DependencyTree;

/**
 * In the broad reading, verbs of stance, belief and intention: "Economists believe this provides
 * incentives", "he vowed to fight", "she praised the plan". PolNeAR's annotators count them as
 * attribution; a sourcing profile does not.
 */
final class StanceVerbs implements CueFamily {

  @Override
  public boolean claims(CueSentence s, int i) {
    DependencyTree p = s.tree();
    return ClauseVerbs.heads(p, i) && (CueLexicon.isStance(s.word(i)) || takesStance(p, i));
  }

  @Override
  public Optional<Found> read(CueSentence s, int i) {
    return VerbCue.read(s, i, false);
  }

  /**
   * A verb of cognition, intention or evaluation with the complement that makes it attribute
   * something: a clause or a predicate for cognition ("believe this provides", "see X as Y"), an
   * infinitive, clause or object for intention ("want to lose", "want East Jerusalem"), an object
   * or a clause for evaluation ("support Clinton").
   */
  static boolean takesStance(DependencyTree p, int v) {
    String lemma = p.token(v).lemma().toLowerCase(Locale.ROOT);
    if (p.hasChildLemma(v, "to") || p.token(v).pos().equals("VBG") && !p.relation(v).equals("root")) {
      return false; // "free to support anyone", "hard to see how": a purpose or a possibility, no one's stance
    }
    boolean clause = p.child(v, "ccomp").isPresent() || p.child(v, "xcomp").isPresent();
    boolean object = p.child(v, "obj").isPresent();
    if (CueLexicon.COGNITION.contains(lemma)) {
      // "believe that ...", "his advisers believe, would lead ...", "know this"
      clause = p.child(v, "ccomp").isPresent() || InvertedReports.inverted(p, v)
          || p.child(v, "obj").filter(o -> p.token(o).pos().equals("DT") || p.token(o).pos().startsWith("W")).isPresent();
      boolean as = false;
      for (int c : p.children(v)) {
        // "see X as Y", parsed with "as" on an oblique or on a predicate ("as most unfair")
        as |= (p.relation(c).startsWith("obl") || p.relation(c).equals("xcomp") || p.relation(c).equals("advcl"))
            && p.hasChildLemma(c, "as");
      }
      if (clause || object && as) {
        return true;
      }
    }
    if (CueLexicon.INTENTION.contains(lemma) && (clause || object)) {
      return true;
    }
    if (CueLexicon.COMMUNICATION.contains(lemma)) {
      boolean about = false;
      for (int c : p.children(v)) {
        about |= p.relation(c).startsWith("obl") && p.hasChildLemma(c, "about", "as", "to", "on", "for");
      }
      if (clause || object || about || InvertedReports.inverted(p, v)) {
        return true;
      }
    }
    return CueLexicon.EVALUATION.contains(lemma) && (object || clause);
  }
}
