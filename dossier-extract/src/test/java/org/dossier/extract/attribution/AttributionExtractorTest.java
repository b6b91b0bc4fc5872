package org.dossier.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.attribution.Reading.broad;
import static org.dossier.extract.attribution.Reading.reports;
import static org.dossier.extract.attribution.Reading.withCue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the facade does around the cue families: the kind of a source, quotations, announcements
 * that run on, and contents kept to their own cue. Each family's own cases are in its test.
 */
class AttributionExtractorTest {

  private static final String SAID_TALKS_RESUMED =
      " said/VBD/say/3/root that/IN/that/6/mark talks/NNS/talk/6/nsubj resumed/VBD/resume/3/ccomp ./././3/punct";

  /** The kind of source of "NAME said that talks resumed", for a name of two tokens. */
  private static String kindOf(String first, String last) {
    return withCue(reports(first + "/NNP/" + first + "/2/compound " + last + "/NNP/" + last + "/3/nsubj"
        + SAID_TALKS_RESUMED), "said").split(" / ")[2];
  }

  @Test
  void an_outlet_is_named_by_the_word_that_ends_its_name_not_by_one_inside_another_name() {
    assertThat(kindOf("Fox", "News")).isEqualTo("NAMED_OUTLET");
    assertThat(kindOf("Vicente", "Fox")).isNotEqualTo("NAMED_OUTLET");
    assertThat(kindOf("Standard", "Chartered")).isNotEqualTo("NAMED_OUTLET");
  }

  @Test
  void a_cue_inside_a_quotation_belongs_to_the_quoted_speech() {
    assertThat(reports("\"/``/\"/3/punct They/PRP/they/3/nsubj said/VBD/say/8/ccomp no/UH/no/3/obj ,/,/,/3/punct "
        + "\"/''/\"/3/punct Smith/NNP/Smith/8/nsubj said/VBD/say/0/root ./././8/punct"))
        .containsExactly("said / Smith / NAMED_PERSON / They said no");
  }

  @Test
  void shared_insights_run_over_the_paragraph_until_the_next_one() {
    assertThat(reports(
        "Sources/NNS/source/2/nsubj shared/VBD/share/0/root insights/NNS/insight/2/obj ./././2/punct",
        "Talks/NNS/talk/2/nsubj resumed/VBD/resume/0/root ./././2/punct",
        "¶ Prices/NNS/price/2/nsubj rose/VBD/rise/0/root ./././2/punct"))
        .containsExactly("shared / Sources / ANONYMOUS_SOURCE / insights. Talks resumed.");
  }

  @Test
  void a_reporting_verb_inside_a_said_clause_does_not_report_the_clause_back() {
    List<String> found = reports("Kiedis/NNP/Kiedis/2/nsubj said/VBD/say/0/root his/PRP$/his/4/nmod:poss "
        + "band/NN/band/5/nsubj wrote/VBD/write/2/ccomp songs/NNS/song/5/obj ./././2/punct");
    assertThat(withCue(found, "said")).isEqualTo("said / Kiedis / NAMED_PERSON / his band wrote songs");
    assertThat(found).noneMatch(line -> line.startsWith("wrote /") && line.contains("said"));
  }

  @Test
  void a_speaker_s_next_report_after_a_comma_is_not_inside_the_first() {
    assertThat(reports("He/PRP/he/2/nsubj said/VBD/say/0/root talks/NNS/talk/4/nsubj failed/VBD/fail/2/ccomp "
        + ",/,/,/6/punct adding/VBG/add/4/advcl prices/NNS/price/8/nsubj rose/VBD/rise/6/ccomp ./././2/punct"))
        .containsExactly("said / He / NAMED_PERSON / talks failed", "adding / He / NAMED_PERSON / prices rose");
  }

  @Test
  void a_passive_report_names_its_source_in_the_by_phrase() {
    assertThat(withCue(broad("The/DT/the/2/det story/NN/story/4/nsubj:pass was/VBD/be/4/aux:pass "
        + "reported/VBN/report/0/root by/IN/by/6/case Politico/NNP/Politico/4/obl ./././4/punct"), "was reported"))
        .startsWith("was reported / Politico / ");
  }

  @Test
  void a_participle_after_an_inverted_report_is_the_reporter_s() {
    assertThat(withCue(broad("He/PRP/he/2/nsubj cried/VBD/cry/0/root ,/,/,/2/punct Brown/NNP/Brown/5/nsubj "
        + "said/VBD/say/2/parataxis ,/,/,/2/punct recalling/VBG/recall/2/advcl a/DT/a/9/det visit/NN/visit/7/obj "
        + "./././2/punct"), "recalling"))
        .startsWith("recalling / Brown / ");
  }
}
