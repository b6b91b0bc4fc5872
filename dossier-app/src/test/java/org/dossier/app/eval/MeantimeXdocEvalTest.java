package org.dossier.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeantimeXdocEvalTest {

  @Test
  void the_head_of_a_noun_phrase_is_its_last_word_before_a_post_modifier() {
    assertThat(MeantimeXdocEval.headWord("Apple CEO")).isEqualTo("CEO");
    assertThat(MeantimeXdocEval.headWord("Apple Computer CEO Steve Jobs")).isEqualTo("Jobs");
    assertThat(MeantimeXdocEval.headWord("Moscone Center in San Francisco , California")).isEqualTo("Center");
    assertThat(MeantimeXdocEval.headWord("Jobs , born in San Francisco")).isEqualTo("Jobs");
    assertThat(MeantimeXdocEval.headWord("he")).isEqualTo("he");
  }

  @Test
  void a_name_is_a_nam_mention_or_an_untyped_capitalised_word_that_is_no_pronoun() {
    assertThat(MeantimeXdocEval.named("NAM", "Steve Jobs")).isTrue();
    assertThat(MeantimeXdocEval.named("PRE.NAM", "Apple")).isTrue();
    assertThat(MeantimeXdocEval.named("NOM", "the company")).isFalse();
    assertThat(MeantimeXdocEval.named("", "Jobs")).isTrue();
    assertThat(MeantimeXdocEval.named("", "He")).isFalse();
    assertThat(MeantimeXdocEval.named("", "The company")).isFalse();
  }
}
