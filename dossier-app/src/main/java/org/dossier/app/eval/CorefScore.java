package org.dossier.app.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The coreference measures of CoNLL-2012 over two clusterings of mentions: MUC (links),
 * B³ (mentions), CEAF-e (entities aligned one to one by φ4 similarity) and their mean, the CoNLL
 * F1. Mentions of one clustering that the other lacks count as singletons missing there, as in the
 * reference scorer.
 *
 * @param muc precision, recall, F1
 * @param bCubed precision, recall, F1
 * @param ceafE precision, recall, F1
 */
record CorefScore(double[] muc, double[] bCubed, double[] ceafE) {

  /** Scores {@code response} against {@code key}; each is a list of clusters of mentions. */
  static <M> CorefScore of(Collection<? extends Set<M>> key, Collection<? extends Set<M>> response) {
    List<Set<M>> k = nonEmpty(key);
    List<Set<M>> r = nonEmpty(response);
    return new CorefScore(muc(k, r), bCubed(k, r), ceafE(k, r));
  }

  /** The CoNLL F1: the mean of the three F1s. */
  double conll() {
    return (muc[2] + bCubed[2] + ceafE[2]) / 3;
  }

  /** "MUC P R F1  B3 P R F1  CEAF-e P R F1  CoNLL F1" */
  String line() {
    return String.format(Locale.ROOT, "MUC %.3f %.3f %.3f   B3 %.3f %.3f %.3f   CEAF-e %.3f %.3f %.3f   CoNLL %.3f",
        muc[0], muc[1], muc[2], bCubed[0], bCubed[1], bCubed[2], ceafE[0], ceafE[1], ceafE[2], conll());
  }

  private static <M> List<Set<M>> nonEmpty(Collection<? extends Set<M>> clusters) {
    List<Set<M>> out = new ArrayList<>();
    for (Set<M> c : clusters) {
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  private static <M> Map<M, Integer> index(List<Set<M>> clusters) {
    Map<M, Integer> out = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      for (M m : clusters.get(i)) {
        if (out.put(m, i) != null) {
          throw new IllegalArgumentException("a mention in two clusters: " + m);
        }
      }
    }
    return out;
  }

  private static double[] prf(double pNum, double pDen, double rNum, double rDen) {
    double p = pDen == 0 ? 0 : pNum / pDen;
    double r = rDen == 0 ? 0 : rNum / rDen;
    return new double[] {p, r, Measures.f1(p, r)};
  }

  /** Vilain et al. 1995: the links a clustering needs, and how many of them the other keeps. */
  static <M> double[] muc(List<Set<M>> key, List<Set<M>> response) {
    double[] recall = mucSide(key, index(response));
    double[] precision = mucSide(response, index(key));
    return prf(precision[0], precision[1], recall[0], recall[1]);
  }

  private static <M> double[] mucSide(List<Set<M>> clusters, Map<M, Integer> other) {
    double num = 0;
    double den = 0;
    for (Set<M> c : clusters) {
      Set<Integer> parts = new HashSet<>();
      int alone = 0; // mentions the other clustering lacks are each a part of their own
      for (M m : c) {
        Integer o = other.get(m);
        if (o == null) {
          alone++;
        } else {
          parts.add(o);
        }
      }
      num += c.size() - parts.size() - alone;
      den += c.size() - 1;
    }
    return new double[] {num, den};
  }

  /** Bagga and Baldwin 1998: per mention, the share of its cluster the other clustering agrees on. */
  static <M> double[] bCubed(List<Set<M>> key, List<Set<M>> response) {
    double[] recall = bCubedSide(key, response);
    double[] precision = bCubedSide(response, key);
    return prf(precision[0], precision[1], recall[0], recall[1]);
  }

  private static <M> double[] bCubedSide(List<Set<M>> clusters, List<Set<M>> other) {
    Map<M, Integer> otherIndex = index(other);
    double num = 0;
    double den = 0;
    for (Set<M> c : clusters) {
      Map<Integer, Integer> overlap = new HashMap<>();
      for (M m : c) {
        Integer o = otherIndex.get(m);
        if (o != null) {
          overlap.merge(o, 1, Integer::sum);
        }
      }
      for (int n : overlap.values()) {
        num += (double) n * n / c.size();
      }
      den += c.size();
    }
    return new double[] {num, den};
  }

  /** Luo 2005, entity-based: the best one-to-one alignment of clusters by φ4 = 2|K∩R| / (|K|+|R|). */
  static <M> double[] ceafE(List<Set<M>> key, List<Set<M>> response) {
    Map<M, Integer> responseIndex = index(response);
    double[][] phi = new double[key.size()][response.size()];
    for (int i = 0; i < key.size(); i++) {
      Map<Integer, Integer> overlap = new HashMap<>();
      for (M m : key.get(i)) {
        Integer o = responseIndex.get(m);
        if (o != null) {
          overlap.merge(o, 1, Integer::sum);
        }
      }
      for (Map.Entry<Integer, Integer> e : overlap.entrySet()) {
        phi[i][e.getKey()] = 2.0 * e.getValue() / (key.get(i).size() + response.get(e.getKey()).size());
      }
    }
    double best = Assignment.maximum(phi);
    return prf(best, response.size(), best, key.size());
  }
}
