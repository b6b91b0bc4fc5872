package org.dossier.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.text.Span;
import org.junit.jupiter.api.Test;

class SentenceTest {

  // "Sources shared key insights ." with a second head listed for "key" (an enhanced graph's)
  private static final List<Token> TOKENS = List.of(
      new Token(0, new Span(0, 7), "Sources", "NNS", "source", "O"),
      new Token(1, new Span(8, 14), "shared", "VBD", "share", "O"),
      new Token(2, new Span(15, 18), "key", "JJ", "key", "O"),
      new Token(3, new Span(19, 27), "insights", "NNS", "insight", "O"),
      new Token(4, new Span(28, 29), ".", ".", ".", "O"));
  private static final List<Dependency> DEPENDENCIES = List.of(
      new Dependency(1, 4, "punct"),
      new Dependency(Dependency.ROOT, 1, "root"),
      new Dependency(1, 3, "obj"),
      new Dependency(3, 2, "amod"),
      new Dependency(1, 0, "nsubj"),
      new Dependency(1, 2, "dep"));
  private static final Sentence SENTENCE = new Sentence(0, new Span(0, 29), TOKENS, DEPENDENCIES);

  @Test
  void the_head_of_a_token_is_the_first_dependency_listed_for_it() {
    assertThat(SENTENCE.headOf(2)).contains(new Dependency(3, 2, "amod"));
    assertThat(SENTENCE.headOf(1)).contains(new Dependency(Dependency.ROOT, 1, "root"));
    assertThat(SENTENCE.headOf(7)).isEmpty();
    assertThat(SENTENCE.headOf(-1)).isEmpty();
  }

  @Test
  void the_dependents_of_a_token_come_in_sentence_order_and_the_roots_under_the_root() {
    assertThat(SENTENCE.dependentsOf(1)).extracting(Dependency::dependent).containsExactly(0, 2, 3, 4);
    assertThat(SENTENCE.dependentsOf(Dependency.ROOT)).containsExactly(new Dependency(Dependency.ROOT, 1, "root"));
    assertThat(SENTENCE.dependentsOf(0)).isEmpty();
    assertThat(SENTENCE.dependentsOf(9)).isEmpty();
  }

  @Test
  void answers_as_a_scan_of_the_dependencies_would() {
    for (int i = -1; i < TOKENS.size() + 1; i++) {
      Optional<Dependency> head = Optional.empty();
      List<Dependency> dependents = new ArrayList<>();
      for (Dependency d : DEPENDENCIES) {
        if (d.dependent() == i && head.isEmpty()) {
          head = Optional.of(d);
        }
        if (d.governor() == i) {
          dependents.add(d);
        }
      }
      dependents.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
      assertThat(SENTENCE.headOf(i)).as("head of %d", i).isEqualTo(head);
      assertThat(SENTENCE.dependentsOf(i)).as("dependents of %d", i).isEqualTo(dependents);
    }
  }

  @Test
  void every_stage_gets_the_same_tree_of_a_sentence() {
    assertThat(SENTENCE.tree()).isSameAs(SENTENCE.tree());
    assertThat(SENTENCE.tree().sentence()).isSameAs(SENTENCE);
  }

  @Test
  void equals_and_hashes_by_its_components_as_a_record() {
    Sentence same = new Sentence(0, new Span(0, 29), TOKENS, DEPENDENCIES);
    assertThat(same).isEqualTo(SENTENCE).hasSameHashCodeAs(SENTENCE);
    assertThat(new Sentence(1, new Span(0, 29), TOKENS, DEPENDENCIES)).isNotEqualTo(SENTENCE);
  }
}
