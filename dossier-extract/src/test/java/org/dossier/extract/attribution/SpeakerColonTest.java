package org.dossier.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.attribution.Reading.reports;

import org.junit.jupiter.api.Test;

class SpeakerColonTest {

  @Test
  void a_name_and_a_colon_introduce_what_the_speaker_says() {
    assertThat(reports("KING/NNP/King/0/root :/:/:/1/punct The/DT/the/4/det evidence/NN/evidence/6/nsubj "
        + "was/VBD/be/6/cop clear/JJ/clear/1/parataxis ./././1/punct"))
        .containsExactly(": / KING / NAMED_PERSON / The evidence was clear");
  }

  @Test
  void a_speaker_colon_may_follow_a_headline_and_a_dash() {
    assertThat(reports("Polls/NNS/poll/0/root -/HYPH/-/1/punct Mark/NNP/Mark/4/compound Jones/NNP/Jones/1/appos "
        + ":/:/:/1/punct Voters/NNS/voter/7/nsubj want/VBP/want/1/parataxis change/NN/change/7/obj ./././1/punct"))
        .containsExactly(": / Mark Jones / NAMED_PERSON / Voters want change");
  }

  @Test
  void a_label_is_no_speaker() {
    assertThat(reports("Editor/NN/editor/3/nmod:poss 's/POS/'s/1/case note/NN/note/0/root :/:/:/3/punct "
        + "The/DT/the/6/det story/NN/story/8/nsubj:pass was/VBD/be/8/aux:pass updated/VBN/update/3/parataxis "
        + "./././3/punct"))
        .isEmpty();
  }

  @Test
  void a_tally_is_no_speaker() {
    assertThat(reports("Clinton/NNP/Clinton/0/root :/:/:/1/punct 547/CD/547/1/dep ./././1/punct")).isEmpty();
  }
}
