package org.dossier.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.attribution.Reading.reports;

import org.junit.jupiter.api.Test;

class HedgesTest {

  @Test
  void reportedly_is_a_hedge_without_a_source() {
    assertThat(reports("Reportedly/RB/reportedly/4/advmod ,/,/,/4/punct leaders/NNS/leader/4/nsubj "
        + "met/VBD/meet/0/root ./././4/punct"))
        .containsExactly("Reportedly / - / HEDGE / leaders met");
  }

  @Test
  void a_hedge_after_its_clause_covers_the_clause() {
    assertThat(reports("Leaders/NNS/leader/2/nsubj met/VBD/meet/0/root ,/,/,/2/punct allegedly/RB/allegedly/2/advmod "
        + "./././2/punct"))
        .containsExactly("allegedly / - / HEDGE / Leaders met");
  }

  @Test
  void an_adverb_that_is_no_hedge_is_no_cue() {
    assertThat(reports("Leaders/NNS/leader/3/nsubj finally/RB/finally/3/advmod met/VBD/meet/0/root ./././3/punct"))
        .isEmpty();
  }
}
