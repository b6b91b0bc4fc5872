package org.dossier.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.attribution.Reading.reports;

import org.junit.jupiter.api.Test;

class ReportVerbsTest {

  @Test
  void sources_confirmed_that_is_an_anonymous_source_with_the_clause_as_content() {
    assertThat(reports("Sources/NNS/source/2/nsubj confirmed/VBD/confirm/0/root that/IN/that/5/mark "
        + "talks/NNS/talk/5/nsubj resumed/VBD/resume/2/ccomp ./././2/punct"))
        .containsExactly("confirmed / Sources / ANONYMOUS_SOURCE / that talks resumed");
  }

  @Test
  void a_report_verb_with_only_a_person_as_object_says_nothing() {
    assertThat(reports("Smith/NNP/Smith/2/nsubj told/VBD/tell/0/root him/PRP/he/2/obj ./././2/punct")).isEmpty();
  }

  @Test
  void a_verb_that_reports_only_with_a_clause_says_nothing_without_one() {
    assertThat(reports("She/PRP/she/2/nsubj acknowledged/VBD/acknowledge/0/root the/DT/the/4/det "
        + "problem/NN/problem/2/obj ./././2/punct"))
        .isEmpty();
  }

  @Test
  void continued_to_is_no_report() {
    assertThat(reports("He/PRP/he/2/nsubj continued/VBD/continue/0/root to/TO/to/4/mark fight/VB/fight/2/xcomp "
        + "./././2/punct"))
        .isEmpty();
  }

  @Test
  void a_sentence_of_speaker_and_cue_alone_reports_the_sentence_before() {
    assertThat(reports("Talks/NNS/talk/2/nsubj collapsed/VBD/collapse/0/root ./././2/punct",
        "Trump/NNP/Trump/2/nsubj said/VBD/say/0/root ./././2/punct"))
        .containsExactly("said / Trump / NAMED_PERSON / Talks collapsed.");
  }
}
