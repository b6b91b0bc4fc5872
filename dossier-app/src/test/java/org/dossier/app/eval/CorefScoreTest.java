package org.dossier.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorefScoreTest {

  /** Pradhan et al. 2014, "Scoring Coreference Partitions of Predicted Mentions", figure 1. */
  private static final List<Set<String>> KEY = List.of(Set.of("a", "b", "c"), Set.of("d", "e", "f", "g"));
  private static final List<Set<String>> RESPONSE = List.of(Set.of("a", "b"), Set.of("c", "d"), Set.of("f", "g", "h", "i"));

  @Test
  void muc_counts_the_links_kept_on_the_textbook_example() {
    CorefScore s = CorefScore.of(KEY, RESPONSE);
    assertThat(s.muc()[0]).isCloseTo(0.40, within(1e-9));
    assertThat(s.muc()[1]).isCloseTo(0.40, within(1e-9));
    assertThat(s.muc()[2]).isCloseTo(0.40, within(1e-9));
  }

  @Test
  void b_cubed_averages_over_mentions_on_the_textbook_example() {
    CorefScore s = CorefScore.of(KEY, RESPONSE);
    assertThat(s.bCubed()[0]).isCloseTo(0.50, within(1e-9));
    assertThat(s.bCubed()[1]).isCloseTo(35.0 / 84, within(1e-9));
    assertThat(s.bCubed()[2]).isCloseTo(0.4545, within(1e-4));
  }

  @Test
  void ceaf_e_aligns_entities_one_to_one_on_the_textbook_example() {
    CorefScore s = CorefScore.of(KEY, RESPONSE);
    assertThat(s.ceafE()[0]).isCloseTo(1.3 / 3, within(1e-9));
    assertThat(s.ceafE()[1]).isCloseTo(0.65, within(1e-9));
    assertThat(s.ceafE()[2]).isCloseTo(0.52, within(1e-9));
  }

  @Test
  void the_conll_score_is_the_mean_of_the_three() {
    CorefScore s = CorefScore.of(KEY, RESPONSE);
    assertThat(s.conll()).isCloseTo((0.40 + 0.4545454545 + 0.52) / 3, within(1e-6));
  }

  @Test
  void a_perfect_response_scores_one_everywhere() {
    CorefScore s = CorefScore.of(KEY, KEY);
    assertThat(new double[] {s.muc()[2], s.bCubed()[2], s.ceafE()[2]}).containsExactly(1.0, 1.0, 1.0);
  }

  @Test
  void all_singletons_have_no_muc_links_and_full_b_cubed_precision() {
    List<Set<String>> singletons = List.of(Set.of("a"), Set.of("b"), Set.of("c"), Set.of("d"), Set.of("e"), Set.of("f"), Set.of("g"));
    CorefScore s = CorefScore.of(KEY, singletons);
    assertThat(s.muc()[2]).isZero();
    assertThat(s.bCubed()[0]).isEqualTo(1.0);
    assertThat(s.bCubed()[1]).isCloseTo((3 * (1.0 / 3) + 4 * (1.0 / 4)) / 7, within(1e-9));
  }

  @Test
  void one_big_cluster_has_full_muc_recall() {
    CorefScore s = CorefScore.of(KEY, List.of(Set.of("a", "b", "c", "d", "e", "f", "g")));
    assertThat(s.muc()[1]).isEqualTo(1.0);
    assertThat(s.muc()[0]).isCloseTo(5.0 / 6, within(1e-9));
    assertThat(s.bCubed()[0]).isCloseTo((9 + 16) / 49.0, within(1e-9));
  }

  @Test
  void the_assignment_finds_the_best_matching_not_the_greedy_one() {
    double[][] w = {{0.9, 0.8}, {0.85, 0.1}};
    assertThat(Assignment.maximum(w)).isCloseTo(0.8 + 0.85, within(1e-9));
    assertThat(Assignment.maximum(new double[][] {{0.5, 0.2, 0.7}})).isCloseTo(0.7, within(1e-9));
    assertThat(Assignment.maximum(new double[][] {{0.5}, {0.6}, {0.1}})).isCloseTo(0.6, within(1e-9));
  }
}
