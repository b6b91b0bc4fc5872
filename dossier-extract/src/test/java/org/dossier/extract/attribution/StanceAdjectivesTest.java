package org.dossier.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.attribution.Reading.broad;
import static org.dossier.extract.attribution.Reading.broadOnly;

import org.junit.jupiter.api.Test;

class StanceAdjectivesTest {

  @Test
  void a_stance_adjective_takes_the_copula_s_subject_as_source_in_the_broad_reading() {
    assertThat(broadOnly("Khan/NNP/Khan/3/nsubj was/VBD/be/3/cop confident/JJ/confident/0/root "
        + "that/IN/that/7/mark talks/NNS/talk/7/nsubj would/MD/would/7/aux resume/VB/resume/3/ccomp ./././3/punct"))
        .containsExactly("confident / Khan / NAMED_PERSON / that talks would resume");
  }

  @Test
  void a_dummy_it_is_no_speaker() {
    assertThat(broad("It/PRP/it/3/nsubj is/VBZ/be/3/cop unclear/JJ/unclear/0/root whether/IN/whether/6/mark "
        + "talks/NNS/talk/6/nsubj resumed/VBD/resume/3/ccomp ./././3/punct"))
        .containsExactly("unclear / - / ANONYMOUS_SOURCE / whether talks resumed");
  }
}
