package org.dossier.extract.attribution;

import java.util.Optional;
import org.dossier.annotation.DependencyTree;
import org.dossier.text.Span;

/**
 * "According to a local newspaper, talks resumed": the source is the object of "to", the clause
 * the phrase modifies is the content; a phrase that stands alone reports the sentence before it.
 */
final class AccordingTo implements CueFamily {

  @Override
  public boolean claims(CueSentence s, int i) {
    DependencyTree p = s.tree();
    return s.word(i).equals("according") && i + 1 < p.size()
        && p.token(i + 1).word().equalsIgnoreCase("to");
  }

  @Override
  public int width() {
    return 2;
  }

  @Override
  public Optional<Found> read(CueSentence s, int i) {
    DependencyTree p = s.tree();
    Span cue = p.sentence().span(i, i + 1);
    int h = p.head(i);
    if (h < 0 || h == i + 1 || !p.token(h).isNoun() && !p.token(h).pos().startsWith("PRP")) {
      // a parse that does not hang "according" on its noun: take the noun phrase after "to"
      h = -1;
      for (int j = i + 2; j < p.size() && !p.isPunct(j); j++) {
        if (p.token(j).isNoun() || p.token(j).pos().startsWith("PRP")) {
          h = j;
        }
      }
      if (h < 0) {
        return Optional.empty();
      }
    }
    boolean[] source = p.subtree(h);
    source[i] = false;
    source[i + 1] = false;
    int clause = p.head(h);
    boolean[] content = Contents.clauseOrAll(p, clause >= 0 && clause != i ? clause : -1);
    for (int j = 0; j < p.size(); j++) {
      if (source[j] || j == i || j == i + 1) {
        content[j] = false;
      }
    }
    Optional<Span> contentSpan = Contents.longestRun(p, content);
    if (contentSpan.isEmpty() || Contents.wordsIn(p, content) < 2) {
      contentSpan = s.before(); // "... are angry. / According to early exit polls." reports the sentence before
    }
    return Sources.sourced(s, cue, h, source, contentSpan, false);
  }
}
