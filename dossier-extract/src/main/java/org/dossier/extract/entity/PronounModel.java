package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The weights of the pronoun resolver's features: a conditional logit over the candidate
 * entities of one pronoun, score = weights · features, the candidates' probabilities the softmax
 * of their scores. The weights live in the resource {@code pronoun-weights.tsv} (name, tab,
 * weight; {@code #} lines say where they came from) and are fitted by {@link #fit} on pronouns
 * whose referent is known (GAP's validation file: {@code dossier eval gap --train}).
 *
 * <p>The features are few and each says one thing a reader of English uses: how recent the
 * candidate's last mention is, its grammatical role there and whether the pronoun has the same
 * one, whether it is the subject of the pronoun's clause or of the clause that governs it ("Ann
 * said she ..."), of the previous sentence, how often and how first it was mentioned, whether
 * other candidates were mentioned in between.
 */
public final class PronounModel {

  /** The features, in the order of the vectors. */
  public static final List<String> FEATURES = List.of(
      "same_sentence", "previous_sentence", "two_sentences_back", "log_distance",
      "last_subject", "last_object", "last_possessor", "parallel", "last_name", "last_pronoun",
      "subject_nearby", "clause_subject", "matrix_subject", "previous_subject",
      "log_mentions", "first_mentioned", "unnamed", "gender_known", "intervening", "cataphoric_subject",
      "unlikely_gender", "embedded", "in_relative_clause", "speaker", "starts_sentence", "both_start_sentences",
      "not_typed_person", "log_name_frequency");

  private static final PronounModel ENGLISH = load();

  private final double[] weights;

  public PronounModel(double[] weights) {
    if (weights.length != FEATURES.size()) {
      throw new IllegalArgumentException("expected " + FEATURES.size() + " weights, got " + weights.length);
    }
    this.weights = weights.clone();
  }

  static PronounModel english() {
    return ENGLISH;
  }

  public double[] weights() {
    return weights.clone();
  }

  public double score(double[] features) {
    double s = 0;
    for (int i = 0; i < weights.length; i++) {
      s += weights[i] * features[i];
    }
    return s;
  }

  /**
   * One pronoun whose referent is known: the feature vectors of its candidates and the index of
   * the right one.
   */
  public record Choice(List<double[]> candidates, int gold) {
    public Choice {
      candidates = List.copyOf(candidates);
      Objects.checkIndex(gold, candidates.size());
    }
  }

  /**
   * Fits the weights by maximising the conditional log-likelihood of the right candidates, with an
   * L2 penalty, by full-batch gradient descent from zero: deterministic, no randomness.
   */
  public static PronounModel fit(List<Choice> choices, double l2, int iterations) {
    int n = FEATURES.size();
    double[] w = new double[n];
    double rate = 0.5;
    for (int it = 0; it < iterations; it++) {
      double[] grad = new double[n];
      for (Choice c : choices) {
        double[] p = probabilities(w, c.candidates());
        for (int k = 0; k < p.length; k++) {
          double[] f = c.candidates().get(k);
          double err = (k == c.gold() ? 1 : 0) - p[k];
          for (int i = 0; i < n; i++) {
            grad[i] += err * f[i];
          }
        }
      }
      for (int i = 0; i < n; i++) {
        w[i] += rate * (grad[i] / choices.size() - l2 * w[i]);
      }
    }
    return new PronounModel(w);
  }

  private static double[] probabilities(double[] w, List<double[]> candidates) {
    double[] s = new double[candidates.size()];
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < s.length; k++) {
      double v = 0;
      for (int i = 0; i < w.length; i++) {
        v += w[i] * candidates.get(k)[i];
      }
      s[k] = v;
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int k = 0; k < s.length; k++) {
      s[k] = Math.exp(s[k] - max);
      sum += s[k];
    }
    for (int k = 0; k < s.length; k++) {
      s[k] /= sum;
    }
    return s;
  }

  /** The candidates' probabilities under these weights, in their order. */
  public double[] probabilities(List<double[]> candidates) {
    return probabilities(weights, candidates);
  }

  /** The resource text: provenance lines, then one feature and its weight a line. */
  public String toTsv(List<String> provenance) {
    StringBuilder b = new StringBuilder();
    for (String p : provenance) {
      b.append("# ").append(p).append('\n');
    }
    for (int i = 0; i < weights.length; i++) {
      b.append(FEATURES.get(i)).append('\t').append(String.format(Locale.ROOT, "%.4f", weights[i])).append('\n');
    }
    return b.toString();
  }

  static PronounModel parse(List<String> lines) {
    Map<String, Double> byName = new java.util.HashMap<>();
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\t");
      byName.put(f[0], Double.parseDouble(f[1]));
    }
    List<String> missing = new ArrayList<>(FEATURES);
    missing.removeAll(byName.keySet());
    if (!missing.isEmpty()) {
      throw new IllegalStateException("pronoun-weights.tsv lacks " + missing);
    }
    double[] w = new double[FEATURES.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = byName.get(FEATURES.get(i));
    }
    return new PronounModel(w);
  }

  private static PronounModel load() {
    return parse(Lexicon.lines("pronoun-weights.tsv"));
  }

  @Override
  public String toString() {
    return "PronounModel" + Arrays.toString(weights);
  }
}
