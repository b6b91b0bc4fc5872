package org.dossier.app.eval;

/** The two sums every score of the evaluations ends in: a ratio that is 0 of nothing, and F1. */
final class Measures {

  private Measures() {}

  /** {@code part / whole}, or 0 when there is nothing to divide. */
  static double ratio(int part, int whole) {
    return whole == 0 ? 0 : part / (double) whole;
  }

  /** The harmonic mean of precision and recall, 0 when both are. */
  static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
