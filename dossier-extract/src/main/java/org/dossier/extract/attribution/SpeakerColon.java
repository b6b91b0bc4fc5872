package org.dossier.extract.attribution;

import java.util.Optional;
import org.dossier.annotation.DependencyTree;
import org.dossier.annotation.Token;

/**
 * "KING: The evidence was ...": a speaker's name, a colon, and what the speaker says. Not a label
 * ("Editor's note: ...") and not a tally ("Clinton: 547.").
 */
final class SpeakerColon implements CueFamily {

  @Override
  public boolean claims(CueSentence s, int i) {
    return s.word(i).equals(":");
  }

  @Override
  public Optional<Found> read(CueSentence s, int colon) {
    DependencyTree p = s.tree();
    int start = 0;
    for (int j = colon - 1; j > 0; j--) {
      String w = p.token(j).word();
      if (w.equals("-") || w.equals("\u2014") || w.equals("\u2013") || w.equals("--")) {
        start = j + 1; // "Iowa polls not wrong, just too early - Mark Blumenthal: “...”"
        break;
      }
    }
    if (colon - start < 1 || colon - start > 6 || colon + 2 >= p.size()) {
      return Optional.empty();
    }
    String label = s.lemma(colon - 1);
    if (CueLexicon.LABELS.contains(label)) {
      return Optional.empty(); // "Editor's note: ...", "Update: ..."
    }
    boolean named = CueLexicon.DOCUMENTS.contains(label) || CueLexicon.OUTLETS.contains(label);
    for (int j = start; j < colon; j++) {
      Token t = p.token(j);
      if (!(t.isProperNoun() || t.pos().startsWith("PRP") || t.pos().equals("DT") || t.pos().startsWith("JJ")
          || t.pos().startsWith("NN") || t.pos().equals("POS") || t.word().equalsIgnoreCase("from") && j > start)) {
        return Optional.empty();
      }
      named |= t.isProperNoun() || t.pos().equals("PRP");
    }
    if (!named) {
      return Optional.empty();
    }
    boolean[] source = new boolean[p.size()];
    boolean[] content = new boolean[p.size()];
    for (int j = 0; j < p.size(); j++) {
      source[j] = j >= start && j < colon;
      content[j] = j > colon;
    }
    boolean saysSomething = false;
    int words = 0;
    for (int j = colon + 1; j < p.size(); j++) {
      saysSomething |= p.token(j).isVerb();
      words += p.isPunct(j) || p.token(j).pos().equals("CD") ? 0 : 1;
    }
    saysSomething |= words >= 4; // "Lynch: No outside influence on FBI probe into Clinton emails."
    if (!saysSomething) {
      return Optional.empty(); // "Clinton: 547.", a tally, not a speaker
    }
    return Sources.sourced(s, p.token(colon).span(), colon - 1, source, p.span(content), false);
  }
}
