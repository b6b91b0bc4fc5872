package org.dossier.extract.attribution;

import java.util.Optional;
import org.dossier.annotation.DependencyTree;
import org.dossier.annotation.Token;

/**
 * A nominal cue with its owner: "Trump's statement that ...", "criticism from Democrats of ...",
 * "an accusation by the campaign". Report nouns always; in the broad reading also nouns of
 * evaluation and commitment ("his attacks on ...", "the senator's pledge to ..."), whose content
 * may be their "of", "on" or "to" phrase. Without an owner in the phrase a noun is no attribution.
 */
final class NounCues implements CueFamily {

  @Override
  public boolean claims(CueSentence s, int i) {
    Token t = s.tree().token(i);
    return t.isNoun() && !t.isProperNoun() && (CueLexicon.REPORT_NOUNS.contains(s.lemma(i))
        || s.broad() && (CueLexicon.isStance(s.word(i)) || CueLexicon.STANCE_NOUNS.contains(s.lemma(i))));
  }

  @Override
  public Optional<Found> read(CueSentence cs, int n) {
    DependencyTree p = cs.tree();
    Optional<Integer> owner = p.child(n, "nmod:poss");
    if (owner.isEmpty()) {
      for (int c : p.children(n)) {
        if (p.relation(c).startsWith("nmod") && p.hasChildLemma(c, "from", "by")
            && (p.token(c).isNoun() || p.token(c).pos().equals("PRP"))) {
          owner = Optional.of(c);
          break;
        }
      }
    }
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    int s = owner.get();
    boolean[] source = p.subtree(s);
    for (int j = 0; j < source.length; j++) {
      source[j] &= !(p.token(j).pos().equals("POS") || p.hasChildLemma(s, "from", "by") && p.head(j) == s
          && p.relation(j).equals("case"));
    }
    boolean[] content = new boolean[p.size()];
    Optional<Integer> clause = p.child(n, "acl").or(() -> p.child(n, "ccomp"));
    if (clause.isPresent()) {
      p.mark(clause.get(), content);
    } else if (cs.broad()) {
      for (int c : p.children(n)) {
        if (c != s && p.relation(c).startsWith("nmod") && p.hasChildLemma(c, "of", "about", "on", "for", "against", "to")) {
          p.mark(c, content);
        }
      }
    }
    content[n] = false;
    return Sources.sourced(cs, p.token(n).span(), s, source, Contents.longestRun(p, content), false);
  }
}
