package org.dossier.extract.event;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotation.DependencyTree;
import org.dossier.text.Span;

/** Walks of a sentence's dependency tree the event stage shares: clauses, phrase heads, case markers. */
final class Clauses {

  /** Relations that make their dependent the head of a clause of its own. */
  static final Set<String> CLAUSES = Set.of("ccomp", "xcomp", "advcl", "acl:relcl", "parataxis", "csubj", "root");

  /** The head of the clause a token belongs to: a clausal dependent, or a predicate with a subject. */
  static int clauseOf(DependencyTree p, int i) {
    int x = i;
    while (p.head(x) >= 0 && !CLAUSES.contains(p.relation(x)) && !(p.relation(x).equals("conj") && p.token(x).isVerb())
        && !(x != i && (p.child(x, "nsubj").isPresent() || p.child(x, "cop").isPresent()))) {
      x = p.head(x);
    }
    return x;
  }

  /** The clause and the clauses it is coordinated with or controlled by ("acknowledged ... and showed"). */
  static Set<Integer> clauseChain(DependencyTree p, int clause) {
    Set<Integer> out = new HashSet<>();
    int x = clause;
    out.add(x);
    while (x >= 0 && p.head(x) >= 0 && (p.relation(x).equals("conj") || p.relation(x).equals("xcomp"))) {
      x = clauseOf(p, p.head(x));
      out.add(x);
    }
    return out;
  }

  /** The token of a span whose head lies outside it: the head of the phrase; -1 for no token. */
  static int headOf(DependencyTree p, Span span) {
    int[] in = p.sentence().tokensIn(span);
    if (in.length == 0) {
      return -1;
    }
    Set<Integer> inside = new HashSet<>();
    for (int i : in) {
      inside.add(i);
    }
    for (int i : in) {
      if (!inside.contains(p.head(i))) {
        return i;
      }
    }
    return in[0];
  }

  /** The word of the case marker of token {@code i} ("with", "in"), lower case; empty for none. */
  static String caseOf(DependencyTree p, int i) {
    for (int c : p.children(i)) {
      if (p.relation(c).equals("case")) {
        return p.token(c).word().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  private Clauses() {}
}
