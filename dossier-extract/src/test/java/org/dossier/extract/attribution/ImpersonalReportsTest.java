package org.dossier.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.attribution.Reading.reports;

import org.junit.jupiter.api.Test;

class ImpersonalReportsTest {

  @Test
  void it_is_understood_that_is_a_hedge_from_it_to_the_verb() {
    assertThat(reports("It/PRP/it/3/nsubj:pass is/VBZ/be/3/aux:pass understood/VBN/understand/0/root "
        + "that/IN/that/6/mark talks/NNS/talk/6/nsubj resumed/VBD/resume/3/ccomp ./././3/punct"))
        .containsExactly("It is understood / - / HEDGE / that talks resumed");
  }

  @Test
  void it_is_said_that_is_a_hedge_before_it_is_a_report() {
    assertThat(reports("It/PRP/it/3/nsubj:pass is/VBZ/be/3/aux:pass said/VBN/say/0/root "
        + "that/IN/that/6/mark prices/NNS/price/6/nsubj rose/VBD/rise/3/ccomp ./././3/punct"))
        .containsExactly("It is said / - / HEDGE / that prices rose");
  }

  @Test
  void a_passive_with_a_subject_of_its_own_is_not_impersonal() {
    assertThat(reports("Talks/NNS/talk/3/nsubj:pass are/VBP/be/3/aux:pass understood/VBN/understand/0/root "
        + "./././3/punct"))
        .isEmpty();
  }
}
