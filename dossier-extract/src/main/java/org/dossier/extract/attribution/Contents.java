package org.dossier.extract.attribution;

import java.util.Arrays;
import java.util.Optional;
import org.dossier.annotation.DependencyTree;
import org.dossier.text.Span;

/** The content of a cue: which words it covers, and the span they make. */
final class Contents {

  private Contents() {}

  /** The tokens of the clause under {@code clause}, or the whole sentence when there is none ({@code -1}). */
  static boolean[] clauseOrAll(DependencyTree p, int clause) {
    boolean[] content = new boolean[p.size()];
    if (clause >= 0) {
      p.mark(clause, content);
    } else {
      Arrays.fill(content, true);
    }
    return content;
  }

  /** What a participle or an unsourced verb says: its clause, its predicate or its object. */
  static Optional<Integer> complement(DependencyTree p, int v) {
    return p.child(v, "ccomp").or(() -> p.child(v, "parataxis")).or(() -> p.child(v, "xcomp"))
        .or(() -> p.child(v, "obj"));
  }

  static int wordsIn(DependencyTree p, boolean[] marked) {
    int n = 0;
    for (int j = 0; j < marked.length; j++) {
      n += marked[j] && !p.isPunct(j) ? 1 : 0;
    }
    return n;
  }

  /**
   * The longest run of marked tokens (punctuation between marked tokens does not break a run), so
   * that a cue in the middle of a sentence does not glue the two halves into one content.
   */
  static Optional<Span> longestRun(DependencyTree p, boolean[] marked) {
    int bestFrom = -1;
    int bestTo = -1;
    int bestLen = 0;
    int from = -1;
    int words = 0;
    for (int i = 0; i <= marked.length; i++) {
      boolean in = i < marked.length && (marked[i] || from >= 0 && p.isPunct(i));
      if (in) {
        if (from < 0) {
          from = i;
          words = 0;
        }
        words += marked[i] && !p.isPunct(i) ? 1 : 0;
      }
      if (!in && from >= 0) {
        if (words > bestLen) {
          bestLen = words;
          bestFrom = from;
          bestTo = i;
        }
        from = -1;
      }
    }
    if (bestFrom < 0) {
      return Optional.empty();
    }
    boolean[] run = new boolean[marked.length];
    for (int i = bestFrom; i < bestTo; i++) {
      run[i] = marked[i];
    }
    return p.span(run);
  }

  /** The span of the words between two offsets, without punctuation or a conjunction at its edges. */
  static Span trimmed(DependencyTree p, int from, int to) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < p.size(); i++) {
      Span t = p.token(i).span();
      if (t.start() >= from && t.end() <= to) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    while (first >= 0 && first <= last && (p.isPunct(first) || p.token(first).pos().equals("CC"))) {
      first++;
    }
    while (last >= first && first >= 0 && (p.isPunct(last) || p.token(last).pos().equals("CC"))) {
      last--;
    }
    if (first < 0 || first > last) {
      return new Span(from, from);
    }
    return p.sentence().span(first, last);
  }
}
