package org.dossier.app.eval;

import java.util.Arrays;

/** The assignment problem (Kuhn-Munkres, in the O(n³) potentials form): the best one-to-one matching of rows to columns. */
final class Assignment {

  private Assignment() {}

  /** The largest sum of {@code weight[i][j]} over a matching of rows to columns (each used at most once). */
  static double maximum(double[][] weight) {
    int rows = weight.length;
    int cols = rows == 0 ? 0 : weight[0].length;
    if (rows == 0 || cols == 0) {
      return 0;
    }
    int n = Math.max(rows, cols);
    double max = 0;
    for (double[] r : weight) {
      for (double w : r) {
        max = Math.max(max, w);
      }
    }
    // minimise cost = max - weight on a square matrix padded with zero weights
    double[][] cost = new double[n + 1][n + 1];
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= n; j++) {
        double w = i <= rows && j <= cols ? weight[i - 1][j - 1] : 0;
        cost[i][j] = max - w;
      }
    }
    double[] u = new double[n + 1];
    double[] v = new double[n + 1];
    int[] p = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      double[] minv = new double[n + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            double cur = cost[i0][j] - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    double total = 0;
    for (int j = 1; j <= n; j++) {
      int i = p[j];
      if (i >= 1 && i <= rows && j <= cols) {
        total += weight[i - 1][j - 1];
      }
    }
    return total;
  }
}
