package org.dossier.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.attribution.Reading.broad;
import static org.dossier.extract.attribution.Reading.broadOnly;

import org.junit.jupiter.api.Test;

class StanceVerbsTest {

  @Test
  void a_belief_with_its_clause_is_an_attribution_in_the_broad_reading_only() {
    assertThat(broadOnly("Economists/NNS/economist/2/nsubj believe/VBP/believe/0/root "
        + "this/DT/this/4/nsubj provides/VBZ/provide/2/ccomp incentives/NNS/incentive/4/obj ./././2/punct"))
        .containsExactly("believe / Economists / ANONYMOUS_SOURCE / this provides incentives");
  }

  @Test
  void a_purpose_infinitive_is_no_stance() {
    assertThat(broad("Delegates/NNS/delegate/3/nsubj are/VBP/be/3/cop free/JJ/free/0/root to/TO/to/5/mark "
        + "support/VB/support/3/xcomp anyone/NN/anyone/5/obj ./././3/punct"))
        .noneMatch(line -> line.startsWith("support /"));
  }

  @Test
  void a_participle_after_a_comma_is_the_clause_subject_s_not_the_object_s() {
    assertThat(Reading.withCue(broad("Kasich/NNP/Kasich/3/nsubj is/VBZ/be/3/aux trumpeting/VBG/trumpet/0/root "
        + "a/DT/a/5/det message/NN/message/3/obj ,/,/,/7/punct refusing/VBG/refuse/5/acl to/TO/to/9/mark "
        + "attack/VB/attack/7/xcomp rivals/NNS/rival/9/obj ./././3/punct"), "refusing"))
        .startsWith("refusing / Kasich / ");
  }

  @Test
  void a_verb_form_inside_a_noun_phrase_is_no_cue() {
    assertThat(broad("Clinton/NNP/Clinton/2/nsubj leads/VBZ/lead/0/root in/IN/in/5/case pledged/VBN/pledge/5/amod "
        + "delegates/NNS/delegate/2/obl ./././2/punct"))
        .isEmpty();
  }
}
