package org.dossier.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.attribution.Reading.reports;

import org.junit.jupiter.api.Test;

class InvertedReportsTest {

  @Test
  void a_report_after_its_clause_reports_the_clause() {
    assertThat(reports("Talks/NNS/talk/2/nsubj resumed/VBD/resume/0/root ,/,/,/2/punct officials/NNS/official/5/nsubj "
        + "said/VBD/say/2/parataxis ./././2/punct"))
        .containsExactly("said / officials / ANONYMOUS_SOURCE / Talks resumed");
  }

  @Test
  void the_speaker_after_the_cue_speaks_the_quotation_before_it() {
    assertThat(reports("\"/``/\"/3/punct Talks/NNS/talk/3/nsubj failed/VBD/fail/0/root ,/,/,/3/punct "
        + "\"/''/\"/3/punct said/VBD/say/3/parataxis Joe/NNP/Joe/8/compound Biden/NNP/Biden/6/obj ./././3/punct"))
        .containsExactly("said / Joe Biden / NAMED_PERSON / Talks failed");
  }

  @Test
  void a_cue_in_the_past_tense_is_active_whatever_the_parse_says() {
    // "is" misparsed as a passive auxiliary of "said", with "who he is" hung on the cue
    assertThat(Reading.withCue(reports("''/''/''/3/punct That/DT/that/3/nsubj 's/VBZ/be/0/root who/WP/who/11/obj "
        + "he/PRP/he/11/nsubj:pass is/VBZ/be/11/aux:pass ,/,/,/11/punct ''/''/''/11/punct Ms./NNP/Ms./10/compound "
        + "Warren/NNP/Warren/11/nsubj:pass said/VBD/say/3/ccomp ./././3/punct"), "said"))
        .startsWith("said / Ms. Warren / NAMED_PERSON / ");
  }
}
