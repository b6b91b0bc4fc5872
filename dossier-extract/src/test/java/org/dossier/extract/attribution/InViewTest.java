package org.dossier.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.attribution.Reading.broad;
import static org.dossier.extract.attribution.Reading.broadOnly;

import org.junit.jupiter.api.Test;

class InViewTest {

  @Test
  void in_someone_s_view_makes_the_view_the_cue_and_its_owner_the_source() {
    assertThat(broadOnly("In/IN/in/4/case Smith/NNP/Smith/4/nmod:poss 's/POS/'s/2/case view/NN/view/7/obl "
        + ",/,/,/7/punct prices/NNS/price/7/nsubj rose/VBD/rise/0/root ./././7/punct"))
        .containsExactly("view / Smith / NAMED_PERSON / prices rose");
  }

  @Test
  void a_fronted_poll_is_the_source_of_the_clause_it_opens() {
    assertThat(broad("In/IN/in/4/case a/DT/a/4/det new/JJ/new/4/amod poll/NN/poll/7/obl ,/,/,/7/punct "
        + "Clinton/NNP/Clinton/7/nsubj led/VBD/lead/0/root Trump/NNP/Trump/7/obj ./././7/punct"))
        .containsExactly("In / a new poll / OFFICIAL_DOCUMENT / Clinton led Trump");
  }

  @Test
  void a_standing_in_the_polls_is_no_finding() {
    assertThat(broad("Clinton/NNP/Clinton/3/nsubj is/VBZ/be/3/cop ahead/RB/ahead/0/root in/IN/in/6/case "
        + "the/DT/the/6/det polls/NNS/poll/3/obl ./././3/punct"))
        .isEmpty();
  }
}
