package org.dossier.app.eval;

import static org.dossier.app.eval.Measures.ratio;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision, recall and F1 over sets of items (entity chunks, coreference decisions), in total and
 * per type, counted as conlleval counts chunks: an item is right only if it matches exactly.
 */
public final class Score {

  private final Map<String, int[]> byType = new TreeMap<>();

  /** Counts one unit (a sentence, a document) of gold and predicted items, each {@code type|...}. */
  public void add(Set<String> gold, Set<String> predicted) {
    for (String p : predicted) {
      int[] c = counts(type(p));
      if (gold.contains(p)) {
        c[0]++;
      } else {
        c[1]++;
      }
    }
    for (String g : gold) {
      if (!predicted.contains(g)) {
        counts(type(g))[2]++;
      }
    }
  }

  /** Counts single decisions: true positive, false positive, false negative. */
  public void add(String type, boolean gold, boolean predicted) {
    int[] c = counts(type);
    if (gold && predicted) {
      c[0]++;
    } else if (predicted) {
      c[1]++;
    } else if (gold) {
      c[2]++;
    }
  }

  public double f1() {
    int[] t = total();
    return f1(t);
  }

  public double precision() {
    int[] t = total();
    return ratio(t[0], t[0] + t[1]);
  }

  public double recall() {
    int[] t = total();
    return ratio(t[0], t[0] + t[2]);
  }

  public double f1(String type) {
    return f1(byType.getOrDefault(type, new int[3]));
  }

  public Set<String> types() {
    return byType.keySet();
  }

  /** One line: P, R, F1 and the counts. */
  public String line() {
    int[] t = total();
    return String.format(java.util.Locale.ROOT, "P %.4f  R %.4f  F1 %.4f  (tp %d, fp %d, fn %d)",
        precision(), recall(), f1(), t[0], t[1], t[2]);
  }

  private int[] total() {
    int[] t = new int[3];
    for (int[] c : byType.values()) {
      for (int i = 0; i < 3; i++) {
        t[i] += c[i];
      }
    }
    return t;
  }

  private static double f1(int[] c) {
    return Measures.f1(ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]));
  }

  private int[] counts(String type) {
    return byType.computeIfAbsent(type, k -> new int[3]);
  }

  private static String type(String item) {
    int bar = item.indexOf('|');
    return bar < 0 ? item : item.substring(0, bar);
  }
}
