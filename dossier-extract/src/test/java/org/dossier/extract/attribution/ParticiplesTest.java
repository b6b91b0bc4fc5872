package org.dossier.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.attribution.Reading.reports;

import org.junit.jupiter.api.Test;

class ParticiplesTest {

  @Test
  void a_report_saying_makes_the_report_the_source() {
    assertThat(reports("Bloomberg/NNP/Bloomberg/2/nsubj published/VBD/publish/0/root a/DT/a/4/det "
        + "report/NN/report/2/obj saying/VBG/say/4/acl talks/NNS/talk/7/nsubj failed/VBD/fail/5/ccomp ./././2/punct"))
        .containsExactly("saying / a report / OFFICIAL_DOCUMENT / talks failed");
  }

  @Test
  void a_participle_that_names_the_noun_it_follows_reports_nothing() {
    assertThat(reports("Markets/NNS/market/2/nsubj fell/VBD/fall/0/root on/IN/on/5/case the/DT/the/5/det "
        + "deal/NN/deal/2/obl reported/VBN/report/5/acl yesterday/NN/yesterday/6/obl:tmod ./././2/punct"))
        .isEmpty();
  }
}
