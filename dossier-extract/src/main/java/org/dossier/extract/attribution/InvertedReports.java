package org.dossier.extract.attribution;

import java.util.Locale;
import java.util.Optional;
import org.dossier.annotation.DependencyTree;

/**
 * Inverted reports, read by {@link VerbCue}: a cue after the clause it reports ("..., officials
 * said") or before its speaker ("“...,” said Joe Biden"), and the quotation marks around them.
 */
final class InvertedReports {

  private InvertedReports() {}

  /** "..., officials said": the cue hangs on the clause it reports, which comes first. */
  static boolean inverted(DependencyTree p, int v) {
    return p.head(v) >= 0 && p.head(v) < v && (p.relation(v).equals("parataxis") || p.relation(v).equals("ccomp"))
        || p.child(v, "ccomp").filter(c -> c < v).isPresent();
  }

  /**
   * The speaker named after an inverted cue whose parse gave it no subject: "“...,” said Joe
   * Biden", "..., added the senator". Not for verbs whose object is the hearer ("told reporters").
   */
  static Optional<Integer> speakerAfter(DependencyTree p, int v) {
    String lemma = p.token(v).lemma().toLowerCase(Locale.ROOT);
    boolean afterQuote = v == 0 || quoteMark(p.token(v - 1).word())
        || p.isPunct(v - 1) && v > 1 && quoteMark(p.token(v - 2).word());
    if (!CueLexicon.REPORT.contains(lemma) || CueLexicon.ADDRESSEE.contains(lemma) && !afterQuote) {
      return Optional.empty(); // "told reporters" names the hearer; "“...?” asked Mr. Manafort" the asker
    }
    int before = v - 1;
    if (before >= 0 && !p.isPunct(before)) {
      return Optional.empty();
    }
    for (int c : p.children(v)) {
      String r = p.relation(c);
      if (c > v && (r.equals("obj") || r.equals("dep") || r.equals("appos") || r.equals("iobj"))
          && (p.token(c).isNoun() || p.token(c).pos().equals("PRP"))) {
        return Optional.of(c);
      }
      if (c == v + 1 && r.equals("xcomp") && (p.token(c).isProperNoun() || p.token(c).pos().equals("PRP") || named(p, c))) {
        return Optional.of(c); // "“...,” said Rendell.", parsed as a predicate of "said"
      }
    }
    // the noun phrase right after the cue, up to a comma or the end, whatever the parse made of it:
    // "“...,” said Virginia delegate Beau Correll, angered that ..."
    int last = -1;
    int j = v + 1;
    while (j < p.size() && p.token(j).pos().matches("DT|JJ.?|NNP?S?|CD|HYPH|POS|PRP")) {
      if (p.token(j).isNoun() || p.token(j).pos().equals("PRP") || named(p, j)) {
        last = j;
      }
      j++;
    }
    if (last >= 0 && (j == p.size() || p.isPunct(j))) {
      return Optional.of(last);
    }
    return Optional.empty();
  }

  /** True when a quotation mark stands between the two tokens: the first is inside the quotation. */
  static boolean quoteBetween(DependencyTree p, int from, int to) {
    for (int j = from + 1; j < to; j++) {
      String w = p.token(j).word();
      if (w.equals("\u201D") || w.equals("\"") || w.equals("''")) {
        return true;
      }
    }
    return false;
  }

  /** True when a quotation or a colon comes right after the verb and its comma: "He continued, “...”". */
  static boolean quoteFollows(DependencyTree p, int v) {
    for (int j = v + 1; j < p.size() && j <= v + 2; j++) {
      String w = p.token(j).word();
      if (w.equals(":") || w.equals("\u201C") || w.equals("\"") || w.equals("``") || w.equals("''")) {
        return true;
      }
      if (!w.equals(",")) {
        return false;
      }
    }
    return false;
  }

  private static boolean quoteMark(String w) {
    return w.equals("\u201D") || w.equals("\u201C") || w.equals("\"") || w.equals("''") || w.equals("``");
  }

  /** A person or organisation name, whatever part of speech the tagger gave it ("said Devine/JJ"). */
  private static boolean named(DependencyTree p, int i) {
    String ner = p.token(i).ner();
    return ner.equals("PERSON") || ner.equals("ORGANIZATION");
  }
}
