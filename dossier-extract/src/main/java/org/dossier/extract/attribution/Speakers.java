package org.dossier.extract.attribution;

import java.util.Optional;
import java.util.Set;
import org.dossier.annotation.DependencyTree;

/** Who speaks through a cue verb: its subject, or whom the parse hid it behind, and the words that name them. */
final class Speakers {

  /** Relations through which a participle or coordinated cue borrows its governor's subject. */
  private static final Set<String> CLIMB = Set.of(
      "conj", "advcl", "xcomp", "dep", "parataxis", "ccomp", "advcl:relcl", "acl:relcl");

  /** The speaker's head token and the tokens of the source. */
  record Speaker(int head, boolean[] words) {}

  private Speakers() {}

  /**
   * The subject of the cue verb at {@code v}: the agent of a passive ("reported by Politico"), else
   * its own or a borrowed subject, the speaker after an inverted cue, a name right before it, or
   * the subject of the sentence.
   */
  static Optional<Integer> subject(CueSentence s, int v, boolean passive, Optional<Integer> clausalSubject) {
    DependencyTree p = s.tree();
    if (passive) {
      return p.child(v, "obl:agent").or(() -> byAgent(p, v));
    }
    Optional<Integer> subject = p.child(v, "nsubj").or(() -> p.child(v, "nsubj:pass"));
    if (subject.isEmpty()) {
      subject = borrowedSubject(s, v);
    }
    if (subject.isEmpty() && clausalSubject.isPresent()) {
      subject = p.child(clausalSubject.get(), "nsubj"); // a misparse: "[A report released on Monday] claimed"
    }
    return subject
        .or(() -> InvertedReports.speakerAfter(p, v)) // "“...,” said Vice President Joe Biden."
        .or(() -> nameBefore(p, v)) // "..., Cruz praised Pence", with "Cruz" misparsed into the phrase before it
        .or(() -> rootSubject(p, v)); // "He took a heckler in stride, saying ..."
  }

  /** The words of the source headed by the subject {@code s} of the cue verb at {@code v}. */
  static Speaker words(DependencyTree p, int v, int s, boolean passive, Optional<Integer> clausalSubject) {
    int relative = -1;
    if (p.token(s).pos().startsWith("W")) {
      // "officials who said ...": the source is the noun the clause modifies
      relative = s;
      if (p.relation(v).startsWith("acl:relcl") && p.head(v) >= 0) {
        s = p.head(v);
      } else {
        int prev = s - 1;
        while (prev >= 0 && p.isPunct(prev)) {
          prev--;
        }
        if (prev >= 0 && (p.token(prev).isNoun() || p.token(prev).pos().equals("PRP"))) {
          s = prev;
        }
      }
    }
    boolean[] source = s < v && !p.subtree(s)[v] ? p.subtree(s) : nounOnly(p, s, v);
    if (clausalSubject.isPresent() && p.head(s) == clausalSubject.get()) {
      source = p.subtree(clausalSubject.get());
    }
    if (s == p.head(v)) {
      source = nounOnly(p, s, v);
    }
    if (relative >= 0) {
      source = withRelative(p, source, relative);
    }
    if (passive && s > v) {
      for (int c : p.children(s)) {
        source[c] &= !(p.relation(c).equals("case") && p.token(c).lemma().equalsIgnoreCase("by")); // "by Politico"
      }
    }
    return new Speaker(s, source);
  }

  /** The noun and its dependents, without the clause of the cue and without relative clauses. */
  static boolean[] nounOnly(DependencyTree p, int noun, int clause) {
    boolean[] in = new boolean[p.size()];
    in[noun] = true;
    for (int c : p.children(noun)) {
      if (c != clause && !p.relation(c).startsWith("acl")) {
        p.mark(c, in);
      }
    }
    return in;
  }

  static boolean afterComma(DependencyTree p, int v) {
    return v > 0 && p.token(v - 1).word().equals(",");
  }

  /** "... was first reported by Politico": the noun of a "by" phrase on a passive cue. */
  static Optional<Integer> byAgent(DependencyTree p, int v) {
    for (int c : p.children(v)) {
      if (p.relation(c).startsWith("obl") && c > v && p.hasChildLemma(c, "by") && p.token(c).isNoun()) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The name or pronoun right before or right after a cue verb, outside any other phrase. */
  static Optional<Integer> adjacentSpeaker(DependencyTree p, int v) {
    int before = v - 1;
    while (before >= 0 && (p.relation(before).startsWith("aux") || p.relation(before).equals("advmod"))) {
      before--;
    }
    if (before >= 0 && (p.token(before).isProperNoun() || p.token(before).pos().equals("PRP"))
        && p.relation(before).startsWith("nsubj")) {
      return Optional.of(before);
    }
    int after = v + 1;
    if (after < p.size() && (p.token(after).isProperNoun() || p.token(after).pos().equals("PRP"))
        && p.head(after) == v && p.relation(after).startsWith("nsubj")) {
      return Optional.of(after);
    }
    return Optional.empty();
  }

  /** True when nothing but the subject's own words, auxiliaries and adverbs stand between it and the cue. */
  static boolean near(DependencyTree p, int s, int v) {
    boolean[] sub = p.subtree(s);
    for (int i = s + 1; i < v; i++) {
      if (!sub[i] && !p.relation(i).startsWith("aux") && !p.relation(i).equals("advmod") && !p.isPunct(i)) {
        return false;
      }
    }
    return true;
  }

  private static Optional<Integer> rootSubject(DependencyTree p, int v) {
    for (int i = 0; i < p.size(); i++) {
      if (p.head(i) < 0 && i != v) {
        return p.child(i, "nsubj").filter(x -> x < v);
      }
    }
    return Optional.empty();
  }

  /**
   * The subject a participle or a coordinated cue shares with the clause it hangs on ("He arrived
   * and said ...", "Romney went after Trump, calling it ... and asserting ..."). A cue verb on the
   * way up, or beside the cue, is the better owner than a nearer clause: "“...,” Mr. Brown said,
   * recalling ..." is Brown's recollection, whatever the quotation's own subject.
   */
  private static Optional<Integer> borrowedSubject(CueSentence cs, int v) {
    DependencyTree p = cs.tree();
    if (p.relation(v).equals("acl") && afterComma(p, v)) {
      // "Kasich is trumpeting a positive message, refusing to attack": the clause's subject refuses
      for (int x = p.head(v), up = 0; x >= 0 && up < 4; x = p.head(x), up++) {
        Optional<Integer> s = p.child(x, "nsubj").filter(y -> y < v);
        if (s.isPresent() && p.token(x).isVerb() || s.isPresent() && p.child(x, "cop").isPresent()) {
          return s;
        }
      }
    }
    Optional<Integer> first = Optional.empty();
    int g = v;
    for (int up = 0; up < 4 && p.head(g) >= 0 && CLIMB.contains(p.relation(g)); up++) {
      int child = g;
      g = p.head(g);
      Optional<Integer> s = p.child(g, "nsubj");
      if (s.isPresent() && cs.isCue(g) && s.get() < v) {
        return s;
      }
      for (int c : p.children(g)) {
        if (c != child && c < v && c > g && cs.isCue(c) && (p.relation(c).equals("parataxis") || p.relation(c).equals("conj"))) {
          Optional<Integer> cSubject = p.child(c, "nsubj").filter(x -> x < v);
          if (cSubject.isPresent()) {
            return cSubject; // "“...,” Mr. Brown said, recalling ..."
          }
        }
      }
      if (first.isEmpty() && s.isPresent()) {
        first = s;
        if (up == 0 && !p.token(v).pos().equals("VBG")) {
          break; // a finite conjunct shares the subject of the clause it joins
        }
      }
    }
    return first;
  }

  /**
   * The name or personal pronoun right before a finite cue verb (past auxiliaries and adverbs),
   * whatever relation the parse gave it.
   */
  private static Optional<Integer> nameBefore(DependencyTree p, int v) {
    if (!p.token(v).pos().matches("VBD|VBZ|VBP")) {
      return Optional.empty();
    }
    int before = v - 1;
    while (before >= 0 && (p.relation(before).startsWith("aux") || p.token(before).pos().equals("RB"))) {
      before--;
    }
    if (before >= 0 && (p.token(before).isProperNoun() || p.token(before).pos().equals("PRP"))) {
      return Optional.of(before);
    }
    return Optional.empty();
  }

  /**
   * The source of a relative clause's cue: the noun it modifies through the relative pronoun
   * ("voters who say"), one span when they are adjacent, else the pronoun alone, which is what
   * the sentence itself names there (PolNeAR marks the pronoun).
   */
  private static boolean[] withRelative(DependencyTree p, boolean[] antecedent, int relative) {
    int last = -1;
    for (int i = 0; i < antecedent.length; i++) {
      if (antecedent[i]) {
        last = i;
      }
    }
    boolean[] out = new boolean[p.size()];
    if (last >= 0 && last < relative && relative - last <= 2) {
      for (int i = 0; i <= relative; i++) {
        out[i] = antecedent[i] || i > last;
      }
      return out;
    }
    out[relative] = true;
    return out;
  }
}
