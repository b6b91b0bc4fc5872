package org.dossier.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.attribution.Reading.reports;

import org.junit.jupiter.api.Test;

class AccordingToTest {

  @Test
  void according_to_a_newspaper_is_an_unnamed_outlet_with_the_clause_as_content() {
    assertThat(reports("According/VBG/accord/5/case to/IN/to/1/fixed a/DT/a/5/det local/JJ/local/5/amod "
        + "newspaper/NN/newspaper/9/obl ,/,/,/9/punct talks/NNS/talk/9/nsubj had/VBD/have/9/aux resumed/VBN/resume/0/root "
        + "./././9/punct"))
        .containsExactly("According to / a local newspaper / UNNAMED_OUTLET / talks had resumed");
  }

  @Test
  void a_phrase_on_its_own_reports_the_sentence_before() {
    assertThat(reports("Voters/NNS/voter/3/nsubj are/VBP/be/3/cop angry/JJ/angry/0/root ./././3/punct",
        "According/VBG/accord/5/case to/IN/to/1/fixed early/JJ/early/5/amod exit/NN/exit/5/compound "
            + "polls/NNS/poll/0/root ./././5/punct"))
        .containsExactly("According to / early exit polls / OFFICIAL_DOCUMENT / Voters are angry.");
  }

  @Test
  void according_to_x_keeps_the_report_it_frames_inside_its_content() {
    assertThat(reports("According/VBG/accord/4/case to/IN/to/1/fixed the/DT/the/4/det Beacon/NNP/Beacon/7/obl "
        + ",/,/,/7/punct documents/NNS/document/7/nsubj reveal/VBP/reveal/0/root the/DT/the/9/det plan/NN/plan/7/obj "
        + "./././7/punct"))
        .containsExactly(
            "According to / the Beacon / NAMED_PERSON / documents reveal the plan",
            "reveal / documents / OFFICIAL_DOCUMENT / the plan");
  }
}
