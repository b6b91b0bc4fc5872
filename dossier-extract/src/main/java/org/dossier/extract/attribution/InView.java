package org.dossier.extract.attribution;

import java.util.Optional;
import org.dossier.annotation.DependencyTree;

/**
 * In the broad reading, "in" with a viewpoint or a document: "In Mr. Connolly's view, ...", "in
 * the eyes of most Americans", "In a CBS News poll, she led ...". A viewpoint needs its owner,
 * who is the source, and the viewpoint noun is the cue; a document is the source itself, with
 * "in" as the cue, and needs a fronted phrase and a clause that no verb of saying governs ("he
 * said in a letter that ..." is the verb's). The clause the phrase modifies is the content.
 */
final class InView implements CueFamily {

  @Override
  public boolean claims(CueSentence s, int i) {
    return s.word(i).equals("in") && s.tree().relation(i).equals("case");
  }

  @Override
  public Optional<Found> read(CueSentence s, int i) {
    DependencyTree p = s.tree();
    int n = p.head(i);
    if (n < 0 || !p.token(n).isNoun() || p.token(n).isProperNoun()) {
      return Optional.empty();
    }
    String lemma = s.lemma(n);
    int clause = p.head(n);
    if (clause < 0 || !p.relation(n).startsWith("obl") && !p.relation(n).startsWith("nmod")) {
      return Optional.empty();
    }
    if (CueLexicon.VIEWPOINTS.contains(lemma)) {
      // the viewpoint noun is the cue and its owner the source: "in [Mr. Connolly's] [view]"
      Optional<Integer> owner = p.child(n, "nmod:poss");
      for (int c : p.children(n)) {
        if (owner.isEmpty() && p.relation(c).startsWith("nmod") && p.hasChildLemma(c, "of")) {
          owner = Optional.of(c);
        }
      }
      if (owner.isEmpty()) {
        return Optional.empty();
      }
      int o = owner.get();
      boolean[] source = p.subtree(o);
      boolean[] content = p.subtree(clause);
      boolean[] phrase = p.subtree(n);
      for (int j = 0; j < p.size(); j++) {
        source[j] &= !(p.token(j).pos().equals("POS") || p.relation(j).equals("case") && p.head(j) == o);
        content[j] &= !phrase[j];
      }
      return phraseCue(s, n, o, source, content);
    } else if (!CueLexicon.FINDINGS.contains(lemma) || s.isCue(clause) || !fronted(p, i, n)) {
      return Optional.empty(); // "she is ahead in the polls" describes a standing, not what a poll says
    }
    boolean[] source = p.subtree(n);
    source[i] = false;
    boolean[] content = p.subtree(clause);
    for (int j = 0; j < p.size(); j++) {
      if (source[j] || j == i) {
        content[j] = false;
      }
    }
    return phraseCue(s, i, n, source, content);
  }

  /**
   * The attribution of a cue read from a phrase rather than a verb: the tokens marked in
   * {@code source} (headed by {@code sourceHead}) say it, the longest run of {@code content} is
   * what they say; none when either is missing or the content is a single word.
   */
  private static Optional<Found> phraseCue(CueSentence s, int cue, int sourceHead, boolean[] source, boolean[] content) {
    DependencyTree p = s.tree();
    if (Contents.wordsIn(p, content) < 2) {
      return Optional.empty();
    }
    return Sources.sourced(s, p.token(cue).span(), sourceHead, source, Contents.longestRun(p, content), false);
  }

  /** True when the phrase opens its sentence and a comma closes it: "In a CBS News poll, ...". */
  private static boolean fronted(DependencyTree p, int i, int n) {
    for (int j = 0; j < i; j++) {
      if (!p.isPunct(j) && !p.token(j).pos().equals("CC") && !p.token(j).pos().equals("RB")) {
        return false;
      }
    }
    boolean[] phrase = p.subtree(n);
    int end = i;
    while (end + 1 < p.size() && phrase[end + 1]) {
      end++;
    }
    return end + 1 < p.size() && p.token(end + 1).word().equals(",");
  }
}
