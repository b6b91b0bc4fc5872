package org.dossier.extract.attribution;

import java.util.Locale;
import java.util.Optional;
import org.dossier.annotation.DependencyTree;
import org.dossier.annotation.Token;

/**
 * Participles of cue verbs, read by {@link VerbCue}: one that names rather than reports ("the
 * so-called establishment") is no cue; one that modifies a noun ("a report saying ...") makes the
 * noun the source.
 */
final class Participles {

  private Participles() {}

  /**
   * A participle that names rather than reports: "the so-called establishment", "a program called
   * Sandy Hook Promise", "officials, called superdelegates".
   */
  static boolean names(DependencyTree p, int v) {
    Token t = p.token(v);
    if (v > 0 && p.token(v - 1).word().toLowerCase(Locale.ROOT).matches("so-?")
        || v > 1 && p.token(v - 1).word().equals("-") && p.token(v - 2).word().equalsIgnoreCase("so")) {
      return true;
    }
    return t.pos().equals("VBN") && p.relation(v).equals("acl") && p.child(v, "ccomp").isEmpty()
        && p.child(v, "obl:agent").isEmpty() && Speakers.byAgent(p, v).isEmpty();
  }

  /** True for a gerund that modifies the noun before it, with no subject and no comma: "a report saying". */
  static boolean modifiesNoun(DependencyTree p, int v) {
    return p.relation(v).equals("acl") && p.head(v) >= 0 && p.token(v).pos().equals("VBG")
        && p.token(p.head(v)).isNoun() && !p.child(v, "nsubj").isPresent() && !Speakers.afterComma(p, v);
  }

  /** "a report saying ...", "a statement claiming ...": the noun the participle modifies is the source. */
  static Optional<Found> read(CueSentence cs, int v) {
    DependencyTree p = cs.tree();
    int s = p.head(v);
    boolean[] source = Speakers.nounOnly(p, s, v);
    boolean[] content = new boolean[p.size()];
    Optional<Integer> clause = Contents.complement(p, v);
    if (clause.isEmpty()) {
      return Optional.empty();
    }
    p.mark(clause.get(), content);
    return Sources.sourced(cs, VerbCue.cueSpan(p, v), s, source, Contents.longestRun(p, content), false);
  }
}
