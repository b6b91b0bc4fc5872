package org.dossier.app.eval;

import static org.dossier.app.eval.Measures.f1;
import static org.dossier.app.eval.Measures.ratio;

import java.util.List;

/**
 * TempEval-3 time-expression scores, summed over files: strict extent (identical offsets),
 * relaxed extent (overlap), and type and value F1 (the share of relaxed matches whose attribute
 * equals the gold one, times relaxed F1).
 */
final class TimexScore {

  /** A predicted TIMEX3 as the scorer sees it. */
  record Predicted(int start, int end, String type, String value) {}

  private int system;
  private int gold;
  private int strictSystem;
  private int strictGold;
  private int relaxedSystem;
  private int relaxedGold;
  private int pairs;
  private int typeRight;
  private int valueRight;

  void add(List<TimeMlDocument.Gold> golds, List<Predicted> predicted) {
    system += predicted.size();
    gold += golds.size();
    for (Predicted p : predicted) {
      boolean strict = false;
      boolean relaxed = false;
      for (TimeMlDocument.Gold g : golds) {
        strict |= p.start() == g.start() && p.end() == g.end();
        relaxed |= p.start() < g.end() && g.start() < p.end();
      }
      strictSystem += strict ? 1 : 0;
      relaxedSystem += relaxed ? 1 : 0;
    }
    boolean[] used = new boolean[predicted.size()];
    for (TimeMlDocument.Gold g : golds) {
      boolean strict = false;
      int pair = -1;
      for (int k = 0; k < predicted.size(); k++) {
        Predicted p = predicted.get(k);
        strict |= p.start() == g.start() && p.end() == g.end();
        if (p.start() < g.end() && g.start() < p.end() && (pair < 0 || used[pair] && !used[k])) {
          pair = k;
        }
      }
      strictGold += strict ? 1 : 0;
      if (pair >= 0) {
        relaxedGold++;
        if (!used[pair]) {
          used[pair] = true;
          pairs++;
          Predicted p = predicted.get(pair);
          typeRight += p.type().equals(g.type()) ? 1 : 0;
          valueRight += p.value().equals(g.value()) ? 1 : 0;
        }
      }
    }
  }

  double strictP() {
    return ratio(strictSystem, system);
  }

  double strictR() {
    return ratio(strictGold, gold);
  }

  double strictF1() {
    return f1(strictP(), strictR());
  }

  double relaxedP() {
    return ratio(relaxedSystem, system);
  }

  double relaxedR() {
    return ratio(relaxedGold, gold);
  }

  double relaxedF1() {
    return f1(relaxedP(), relaxedR());
  }

  double typeF1() {
    return ratio(typeRight, pairs) * relaxedF1();
  }

  double valueF1() {
    return ratio(valueRight, pairs) * relaxedF1();
  }

  int system() {
    return system;
  }

  int gold() {
    return gold;
  }

  String row(String name) {
    return String.format("%-14s %6.2f %6.2f %6.2f   %6.2f %6.2f %6.2f   %6.2f %6.2f   %5d %5d", name,
        100 * strictP(), 100 * strictR(), 100 * strictF1(), 100 * relaxedP(), 100 * relaxedR(), 100 * relaxedF1(),
        100 * typeF1(), 100 * valueF1(), system, gold);
  }

  static String header() {
    return String.format("%-14s %6s %6s %6s   %6s %6s %6s   %6s %6s   %5s %5s", "", "str.P", "str.R", "str.F1",
        "rel.P", "rel.R", "rel.F1", "typeF1", "valF1", "sys", "gold");
  }
}
