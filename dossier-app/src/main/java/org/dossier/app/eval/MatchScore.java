package org.dossier.app.eval;

import static org.dossier.app.eval.Measures.ratio;

import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * Precision, recall and F1 from matched counts. Predictions and gold items are matched one to
 * one, greedily in order, by a predicate (span overlap or equality).
 */
final class MatchScore {

  private int predicted;
  private int gold;
  private int matchedPredicted;
  private int matchedGold;

  /** Adds one article's predictions and gold items. */
  <P, G> void add(List<P> predictions, List<G> golds, BiPredicate<P, G> matches) {
    boolean[] used = new boolean[golds.size()];
    predicted += predictions.size();
    gold += golds.size();
    for (P p : predictions) {
      for (int i = 0; i < golds.size(); i++) {
        if (!used[i] && matches.test(p, golds.get(i))) {
          used[i] = true;
          matchedPredicted++;
          matchedGold++;
          break;
        }
      }
    }
  }

  double precision() {
    return ratio(matchedPredicted, predicted);
  }

  double recall() {
    return ratio(matchedGold, gold);
  }

  double f1() {
    return Measures.f1(precision(), recall());
  }

  int predicted() {
    return predicted;
  }

  int gold() {
    return gold;
  }

  /** "P 0.81 R 0.74 F1 0.77" */
  String cell() {
    return String.format(Locale.ROOT, "%.2f %.2f %.2f", precision(), recall(), f1());
  }
}
