package org.dossier.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.attribution.Reading.broadOnly;
import static org.dossier.extract.attribution.Reading.reports;

import org.junit.jupiter.api.Test;

class NounCuesTest {

  @Test
  void a_statement_is_attributed_to_its_owner() {
    assertThat(reports("Trump/NNP/Trump/3/nmod:poss 's/POS/'s/1/case statement/NN/statement/7/nsubj "
        + "that/IN/that/6/mark he/PRP/he/6/nsubj won/VBD/win/3/acl drew/VBD/draw/0/root fire/NN/fire/7/obj "
        + "./././7/punct"))
        .containsExactly("statement / Trump / NAMED_PERSON / that he won");
  }

  @Test
  void a_report_noun_without_an_owner_is_no_attribution() {
    assertThat(reports("The/DT/the/2/det statement/NN/statement/3/nsubj drew/VBD/draw/0/root fire/NN/fire/3/obj "
        + "./././3/punct"))
        .isEmpty();
  }

  @Test
  void criticism_from_a_party_is_a_cue_in_the_broad_reading_only() {
    assertThat(broadOnly("Criticism/NN/criticism/7/nsubj from/IN/from/3/case "
        + "Democrats/NNPS/Democrats/1/nmod of/IN/of/6/case the/DT/the/6/det plan/NN/plan/1/nmod grew/VBD/grow/0/root "
        + "./././7/punct"))
        .containsExactly("Criticism / Democrats / NAMED_PERSON / of the plan");
  }
}
