package org.dossier.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.attribution.Reading.broad;

import org.junit.jupiter.api.Test;

class EvidentialsTest {

  @Test
  void seems_to_is_the_author_s_inference_without_a_source() {
    assertThat(broad("The/DT/the/2/det idea/NN/idea/3/nsubj seems/VBZ/seem/0/root to/TO/to/5/mark "
        + "fail/VB/fail/3/xcomp ./././3/punct"))
        .containsExactly("seems / - / ANONYMOUS_SOURCE / to fail");
  }

  @Test
  void appeared_pleased_keeps_its_subject_whose_stance_it_is() {
    assertThat(broad("Smith/NNP/Smith/2/nsubj appeared/VBD/appear/0/root pleased/JJ/pleased/2/xcomp ./././2/punct"))
        .containsExactly("appeared / Smith / NAMED_PERSON / pleased");
  }
}
