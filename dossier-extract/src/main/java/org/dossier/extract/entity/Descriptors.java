package org.dossier.extract.entity;

import static org.dossier.extract.entity.Reading.lower;
import static org.dossier.extract.entity.Reading.lemma;
import static org.dossier.extract.entity.Reading.key;
import static org.dossier.extract.entity.Reading.leftmost;
import static org.dossier.extract.entity.Reading.rightmost;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.analysis.Descriptor;
import org.dossier.analysis.EntityType;
import org.dossier.annotation.Dependency;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.dossier.extract.entity.Reading.Described;

/**
 * Reads what the article says a person is — premodifiers and appositives or copulas with a role.
 */
final class Descriptors {

  /** Dependents of a role noun that end its appositive or predicate: a clause, a list, the subject. */
  private static final Set<String> OUTSIDE_ROLE = Set.of("acl:relcl", "punct", "appos", "conj", "cc", "parataxis",
      "advcl", "acl", "nsubj", "cop", "aux", "mark", "ccomp", "dep");

  private final Reading r;

  Descriptors(Reading r) {
    this.r = r;
  }

  /** "former prime minister and jailed PTI founder-chairman Imran Khan". */
  void premodifiers(Mention m) {
    if (m.type() != EntityType.PERSON) {
      return;
    }
    Sentence s = r.sentences.get(m.sentence());
    int j = m.first() - 1;
    if (j < 0 || !endsRole(s, j)) {
      return;
    }
    int k = j;
    while (k - 1 >= 0 && allowedInPremodifier(s, k - 1)) {
      k--;
    }
    while (k <= j && (s.token(k).pos().equals("CC") || s.token(k).pos().equals("HYPH"))) {
      k++;
    }
    int start = k;
    for (int c = k + 1; c < j; c++) {
      if (s.token(c).pos().equals("CC") && endsRole(s, c - 1)) {
        addPremodifier(m, s, start, c - 1);
        start = c + 1;
      }
    }
    addPremodifier(m, s, start, j);
    for (int c = k; c <= j; c++) {
      r.covered.add(key(s.index(), c));
    }
  }

  private void addPremodifier(Mention target, Sentence s, int a, int b) {
    if (a > b) {
      return;
    }
    r.described.add(new Described(target, descriptor(s, a, b), r.namesIn(s.index(), a, b)));
  }

  private Descriptor descriptor(Sentence s, int a, int b) {
    String role = roleEndingAt(s, a, b);
    List<String> qualifiers = new ArrayList<>();
    for (int k = a; k <= b; k++) {
      String w = lower(s.token(k));
      if (r.lex.isQualifier(w) && !role.contains(w)) {
        qualifiers.add(w);
      }
    }
    return new Descriptor(s.span(a, b), role, qualifiers);
  }

  /**
   * The longest role the tokens a..b end with: "prime minister", "founder-chairman", "businessman".
   */
  private String roleEndingAt(Sentence s, int a, int b) {
    if (b - 2 >= a && s.token(b - 1).word().equals("-") && r.lex.isRole(lemma(s.token(b - 2)))
        && r.lex.isRole(lemma(s.token(b)))) {
      return lemma(s.token(b - 2)) + "-" + lemma(s.token(b));
    }
    for (int len = Math.min(3, b - a + 1); len >= 1; len--) {
      StringBuilder sb = new StringBuilder();
      for (int k = b - len + 1; k <= b; k++) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(lemma(s.token(k)));
      }
      if (r.lex.isRole(sb.toString())) {
        return sb.toString();
      }
    }
    return lemma(s.token(b));
  }

  private boolean endsRole(Sentence s, int j) {
    Token t = s.token(j);
    if (!t.isNoun() || r.inName(s.index(), j, EntityType.PERSON)) {
      return false;
    }
    String l = lemma(t);
    if (r.lex.isRole(l)) {
      return true;
    }
    for (String part : l.split("-")) {
      if (r.lex.isRole(part)) {
        return true;
      }
    }
    return false;
  }

  private boolean allowedInPremodifier(Sentence s, int k) {
    Token t = s.token(k);
    if (r.inName(s.index(), k, EntityType.PERSON)) {
      return false;
    }
    if (r.inAnyName(s.index(), k)) {
      return true;
    }
    String p = t.pos();
    if (p.equals("CC")) {
      return t.word().equalsIgnoreCase("and") || t.word().equals("&");
    }
    return p.startsWith("JJ") || p.equals("NN") || p.equals("NNS") || p.startsWith("NNP") || p.equals("VBN")
        || p.equals("HYPH");
  }

  /** "X, the chairman of Y," and "X is the chairman of Y". */
  void appositivesAndCopulas() {
    for (Sentence s : r.sentences) {
      for (Dependency d : s.dependencies()) {
        int target;
        int nominal;
        if (d.relation().equals("appos")) {
          target = d.governor();
          nominal = d.dependent();
        } else if (d.relation().startsWith("nsubj") && s.dependentsOf(d.governor()).stream().anyMatch(x -> x.relation().equals("cop"))) {
          target = d.dependent();
          nominal = d.governor();
        } else {
          continue;
        }
        if (nominal < 0 || target < 0 || r.inAnyName(s.index(), nominal) || !endsRole(s, nominal)) {
          continue;
        }
        Optional<Mention> m = r.mentionHeadedBy(s.index(), target);
        if (m.isEmpty() || (m.get().type() != EntityType.PERSON)) {
          continue;
        }
        int a = nominal;
        for (Dependency x : s.dependentsOf(nominal)) {
          if (x.dependent() < nominal && !OUTSIDE_ROLE.contains(x.relation()) && !x.relation().equals("det")) {
            a = Math.min(a, leftmost(s, x.dependent()));
          }
        }
        int b = rightmost(s, nominal, OUTSIDE_ROLE);
        while (b > a && s.token(b).pos().equals(",")) {
          b--;
        }
        Descriptor base = descriptor(s, a, nominal);
        Descriptor full = new Descriptor(s.span(a, b), base.role(), base.qualifiers());
        r.described.add(new Described(m.get(), full, r.namesIn(s.index(), a, b)));
      }
    }
  }
}
