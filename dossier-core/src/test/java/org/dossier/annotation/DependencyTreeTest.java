package org.dossier.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.text.Span;
import org.junit.jupiter.api.Test;

class DependencyTreeTest {

  // "Sources shared key insights ." : shared is the root; Sources nsubj; insights obj; key amod
  private static final String BODY = "Sources shared key insights .";
  private static final Sentence SENTENCE = new Sentence(0, new Span(0, BODY.length()),
      List.of(
          new Token(0, new Span(0, 7), "Sources", "NNS", "source", "O"),
          new Token(1, new Span(8, 14), "shared", "VBD", "share", "O"),
          new Token(2, new Span(15, 18), "key", "JJ", "key", "O"),
          new Token(3, new Span(19, 27), "insights", "NNS", "insight", "O"),
          new Token(4, new Span(28, 29), ".", ".", ".", "O")),
      List.of(
          new Dependency(Dependency.ROOT, 1, "root"),
          new Dependency(1, 0, "nsubj"),
          new Dependency(1, 3, "obj"),
          new Dependency(3, 2, "amod"),
          new Dependency(1, 4, "punct")));

  private final DependencyTree tree = new DependencyTree(SENTENCE);

  @Test
  void knows_each_tokens_head_and_relation() {
    assertThat(tree.head(0)).isEqualTo(1);
    assertThat(tree.head(1)).isEqualTo(Dependency.ROOT);
    assertThat(tree.relation(3)).isEqualTo("obj");
  }

  @Test
  void finds_a_child_by_relation_prefix() {
    assertThat(tree.child(1, "nsubj")).contains(0);
    assertThat(tree.child(1, "iobj")).isEmpty();
  }

  @Test
  void a_subtree_span_leaves_out_punctuation_at_its_ends() {
    assertThat(tree.span(tree.subtree(1)).map(s -> s.of(BODY))).contains("Sources shared key insights");
    assertThat(tree.span(tree.subtree(3)).map(s -> s.of(BODY))).contains("key insights");
  }

  @Test
  void children_come_in_sentence_order() {
    assertThat(tree.children(1)).containsExactly(0, 3, 4);
  }
}
