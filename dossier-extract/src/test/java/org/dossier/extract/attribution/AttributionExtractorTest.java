package org.dossier.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.analysis.Attribution;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.extract.HandBuiltText;
import org.dossier.extract.entity.EntityLayer;
import org.junit.jupiter.api.Test;

class AttributionExtractorTest {

  /** Sentences of {@code word/POS/lemma/head/relation} tokens (head 0 is the root); "¶" starts a paragraph. */
  private static AnnotatedArticle article(String... lines) {
    return HandBuiltText.article(lines);
  }

  private static List<Attribution> read(AnnotatedArticle a) {
    return new AttributionExtractor().extract(a, new EntityLayer(List.of()));
  }

  @Test
  void sources_confirmed_that_is_an_anonymous_source_with_the_clause_as_content() {
    AnnotatedArticle a = article("Sources/NNS/source/2/nsubj confirmed/VBD/confirm/0/root that/IN/that/5/mark "
        + "talks/NNS/talk/5/nsubj resumed/VBD/resume/2/ccomp ./././2/punct");
    Attribution at = read(a).get(0);
    assertThat(at.kind()).isEqualTo(Attribution.Kind.ANONYMOUS_SOURCE);
    assertThat(at.cue().of(a.body())).isEqualTo("confirmed");
    assertThat(at.content().of(a.body())).isEqualTo("that talks resumed");
  }

  @Test
  void according_to_a_newspaper_is_an_unnamed_outlet() {
    AnnotatedArticle a = article("According/VBG/accord/5/case to/IN/to/1/fixed a/DT/a/5/det local/JJ/local/5/amod "
        + "newspaper/NN/newspaper/9/obl ,/,/,/9/punct talks/NNS/talk/9/nsubj had/VBD/have/9/aux resumed/VBN/resume/0/root "
        + "./././9/punct");
    Attribution at = read(a).get(0);
    assertThat(at.kind()).isEqualTo(Attribution.Kind.UNNAMED_OUTLET);
    assertThat(at.source().map(s -> s.of(a.body()))).contains("a local newspaper");
    assertThat(at.content().of(a.body())).isEqualTo("talks had resumed");
  }

  @Test
  void an_outlet_is_named_by_the_word_that_ends_its_name_not_by_one_inside_another_name() {
    String clause = " said/VBD/say/3/root that/IN/that/6/mark talks/NNS/talk/6/nsubj resumed/VBD/resume/3/ccomp ./././3/punct";
    AnnotatedArticle paper = article("Fox/NNP/Fox/2/compound News/NNP/News/3/nsubj" + clause);
    AnnotatedArticle person = article("Vicente/NNP/Vicente/2/compound Fox/NNP/Fox/3/nsubj" + clause);
    AnnotatedArticle bank = article("Standard/NNP/Standard/2/compound Chartered/NNP/Chartered/3/nsubj" + clause);
    assertThat(read(paper).get(0).kind()).isEqualTo(Attribution.Kind.NAMED_OUTLET);
    assertThat(read(person).get(0).kind()).isNotEqualTo(Attribution.Kind.NAMED_OUTLET);
    assertThat(read(bank).get(0).kind()).isNotEqualTo(Attribution.Kind.NAMED_OUTLET);
  }

  @Test
  void reportedly_is_a_hedge() {
    AnnotatedArticle a = article("Reportedly/RB/reportedly/4/advmod ,/,/,/4/punct leaders/NNS/leader/4/nsubj "
        + "met/VBD/meet/0/root ./././4/punct");
    Attribution at = read(a).get(0);
    assertThat(at.kind()).isEqualTo(Attribution.Kind.HEDGE);
    assertThat(at.source()).isEmpty();
  }

  @Test
  void shared_insights_run_over_the_paragraph_until_the_next_one() {
    AnnotatedArticle a = article(
        "Sources/NNS/source/2/nsubj shared/VBD/share/0/root insights/NNS/insight/2/obj ./././2/punct",
        "Talks/NNS/talk/2/nsubj resumed/VBD/resume/0/root ./././2/punct",
        "¶ Prices/NNS/price/2/nsubj rose/VBD/rise/0/root ./././2/punct");
    Attribution at = read(a).get(0);
    assertThat(at.content().of(a.body())).isEqualTo("insights. Talks resumed.");
  }

  @Test
  void a_report_verb_with_only_a_person_as_object_says_nothing() {
    AnnotatedArticle a = article("Smith/NNP/Smith/2/nsubj told/VBD/tell/0/root him/PRP/he/2/obj ./././2/punct");
    assertThat(read(a)).isEmpty();
  }

  @Test
  void a_reporting_verb_inside_a_said_clause_does_not_report_the_clause_back() {
    AnnotatedArticle a = article("Kiedis/NNP/Kiedis/2/nsubj said/VBD/say/0/root his/PRP$/his/4/nmod:poss "
        + "band/NN/band/5/nsubj wrote/VBD/write/2/ccomp songs/NNS/song/5/obj ./././2/punct");
    List<Attribution> found = read(a);
    assertThat(found).extracting(x -> x.cue().of(a.body())).contains("said");
    Attribution said = found.stream().filter(x -> x.cue().of(a.body()).equals("said")).findFirst().orElseThrow();
    assertThat(said.content().of(a.body())).isEqualTo("his band wrote songs");
    assertThat(found).noneMatch(x -> x.cue().of(a.body()).equals("wrote") && x.content().contains(said.cue()));
  }

  @Test
  void a_passive_report_names_its_source_in_the_by_phrase() {
    AnnotatedArticle a = article("The/DT/the/2/det story/NN/story/4/nsubj:pass was/VBD/be/4/aux:pass "
        + "reported/VBN/report/0/root by/IN/by/6/case Politico/NNP/Politico/4/obl ./././4/punct");
    Attribution at = AttributionExtractor.broad().extract(a, new EntityLayer(List.of())).get(0);
    assertThat(at.source().map(s -> s.of(a.body()))).contains("Politico");
  }

  @Test
  void a_statement_is_attributed_to_its_owner() {
    AnnotatedArticle a = article("Trump/NNP/Trump/3/nmod:poss 's/POS/'s/1/case statement/NN/statement/7/nsubj "
        + "that/IN/that/6/mark he/PRP/he/6/nsubj won/VBD/win/3/acl drew/VBD/draw/0/root fire/NN/fire/7/obj "
        + "./././7/punct");
    Attribution at = read(a).get(0);
    assertThat(at.cue().of(a.body())).isEqualTo("statement");
    assertThat(at.source().map(s -> s.of(a.body()))).contains("Trump");
    assertThat(at.content().of(a.body())).isEqualTo("that he won");
  }

  private static List<Attribution> readBroad(AnnotatedArticle a) {
    return AttributionExtractor.broad().extract(a, new EntityLayer(List.of()));
  }

  private static String sourceOf(AnnotatedArticle a, List<Attribution> found, String cue) {
    return found.stream().filter(x -> x.cue().of(a.body()).equals(cue)).findFirst().orElseThrow()
        .source().map(s -> s.of(a.body())).orElse("");
  }

  @Test
  void the_broad_reading_takes_a_belief_with_its_clause_as_attribution() {
    AnnotatedArticle a = article("Economists/NNS/economist/2/nsubj believe/VBP/believe/0/root this/DT/this/4/nsubj "
        + "provides/VBZ/provide/2/ccomp incentives/NNS/incentive/4/obj ./././2/punct");
    assertThat(read(a)).isEmpty();
    assertThat(sourceOf(a, readBroad(a), "believe")).isEqualTo("Economists");
  }

  @Test
  void a_purpose_infinitive_is_no_stance() {
    AnnotatedArticle a = article("Delegates/NNS/delegate/3/nsubj are/VBP/be/3/cop free/JJ/free/0/root to/TO/to/5/mark "
        + "support/VB/support/3/xcomp anyone/NN/anyone/5/obj ./././3/punct");
    assertThat(readBroad(a)).noneMatch(x -> x.cue().of(a.body()).equals("support"));
  }

  @Test
  void a_cue_in_the_past_tense_is_active_whatever_the_parse_says() {
    AnnotatedArticle a = article("''/''/''/3/punct That/DT/that/3/nsubj 's/VBZ/be/0/root who/WP/who/11/obj "
        + "he/PRP/he/11/nsubj:pass is/VBZ/be/11/aux:pass ,/,/,/11/punct ''/''/''/11/punct Ms./NNP/Ms./10/compound "
        + "Warren/NNP/Warren/11/nsubj:pass said/VBD/say/3/ccomp ./././3/punct");
    assertThat(a.body()).startsWith("'' That 's who he is, '' Ms. Warren said");
    assertThat(sourceOf(a, read(a), "said")).isEqualTo("Ms. Warren");
  }

  @Test
  void according_to_x_keeps_the_report_it_frames_inside_its_content() {
    AnnotatedArticle a = article("According/VBG/accord/4/case to/IN/to/1/fixed the/DT/the/4/det Beacon/NNP/Beacon/7/obl "
        + ",/,/,/7/punct documents/NNS/document/7/nsubj reveal/VBP/reveal/0/root the/DT/the/9/det plan/NN/plan/7/obj "
        + "./././7/punct");
    List<Attribution> found = read(a);
    Attribution according = found.stream().filter(x -> x.cue().of(a.body()).equals("According to")).findFirst().orElseThrow();
    Attribution reveal = found.stream().filter(x -> x.cue().of(a.body()).equals("reveal")).findFirst().orElseThrow();
    assertThat(according.source().map(s -> s.of(a.body()))).contains("the Beacon");
    assertThat(according.content().contains(reveal.cue())).isTrue();
  }

  @Test
  void a_participle_after_an_inverted_report_is_the_reporter_s() {
    AnnotatedArticle a = article("He/PRP/he/2/nsubj cried/VBD/cry/0/root ,/,/,/2/punct Brown/NNP/Brown/5/nsubj "
        + "said/VBD/say/2/parataxis ,/,/,/2/punct recalling/VBG/recall/2/advcl a/DT/a/9/det visit/NN/visit/7/obj "
        + "./././2/punct");
    assertThat(sourceOf(a, readBroad(a), "recalling")).isEqualTo("Brown");
  }

  @Test
  void a_dummy_it_is_no_speaker() {
    AnnotatedArticle a = article("It/PRP/it/3/nsubj is/VBZ/be/3/cop unclear/JJ/unclear/0/root whether/IN/whether/6/mark "
        + "talks/NNS/talk/6/nsubj resumed/VBD/resume/3/ccomp ./././3/punct");
    Attribution unclear = readBroad(a).stream().filter(x -> x.cue().of(a.body()).equals("unclear")).findFirst().orElseThrow();
    assertThat(unclear.source()).isEmpty();
  }

  @Test
  void a_sentence_of_speaker_and_cue_alone_reports_the_sentence_before() {
    AnnotatedArticle a = article("Talks/NNS/talk/2/nsubj collapsed/VBD/collapse/0/root ./././2/punct",
        "Trump/NNP/Trump/2/nsubj said/VBD/say/0/root ./././2/punct");
    Attribution said = read(a).get(0);
    assertThat(said.source().map(s -> s.of(a.body()))).contains("Trump");
    assertThat(said.content().of(a.body())).isEqualTo("Talks collapsed.");
  }

  @Test
  void a_speaker_colon_may_follow_a_headline_and_a_dash() {
    AnnotatedArticle a = article("Polls/NNS/poll/0/root -/HYPH/-/1/punct Mark/NNP/Mark/4/compound Jones/NNP/Jones/1/appos "
        + ":/:/:/1/punct Voters/NNS/voter/7/nsubj want/VBP/want/1/parataxis change/NN/change/7/obj ./././1/punct");
    assertThat(sourceOf(a, read(a), ":")).isEqualTo("Mark Jones");
  }

  @Test
  void in_someone_s_view_makes_the_view_the_cue_and_its_owner_the_source() {
    AnnotatedArticle a = article("In/IN/in/4/case Smith/NNP/Smith/4/nmod:poss 's/POS/'s/2/case view/NN/view/7/obl ,/,/,/7/punct "
        + "prices/NNS/price/7/nsubj rose/VBD/rise/0/root ./././7/punct");
    assertThat(read(a)).isEmpty();
    Attribution view = readBroad(a).get(0);
    assertThat(view.cue().of(a.body())).isEqualTo("view");
    assertThat(view.source().map(s -> s.of(a.body()))).contains("Smith");
    assertThat(view.content().of(a.body())).isEqualTo("prices rose");
  }

  @Test
  void a_noun_phrase_modifier_is_no_cue() {
    AnnotatedArticle a = article("Clinton/NNP/Clinton/2/nsubj leads/VBZ/lead/0/root in/IN/in/5/case pledged/VBN/pledge/5/amod "
        + "delegates/NNS/delegate/2/obl ./././2/punct");
    assertThat(readBroad(a)).isEmpty();
  }

  @Test
  void a_participle_after_a_comma_is_the_clause_subject_s_not_the_object_s() {
    AnnotatedArticle a = article("Kasich/NNP/Kasich/3/nsubj is/VBZ/be/3/aux trumpeting/VBG/trumpet/0/root a/DT/a/5/det "
        + "message/NN/message/3/obj ,/,/,/7/punct refusing/VBG/refuse/5/acl to/TO/to/9/mark attack/VB/attack/7/xcomp "
        + "rivals/NNS/rival/9/obj ./././3/punct");
    assertThat(sourceOf(a, readBroad(a), "refusing")).isEqualTo("Kasich");
  }

  @Test
  void a_speaker_s_next_report_after_a_comma_is_not_inside_the_first() {
    AnnotatedArticle a = article("He/PRP/he/2/nsubj said/VBD/say/0/root talks/NNS/talk/4/nsubj failed/VBD/fail/2/ccomp "
        + ",/,/,/6/punct adding/VBG/add/4/advcl prices/NNS/price/8/nsubj rose/VBD/rise/6/ccomp ./././2/punct");
    List<Attribution> found = read(a);
    Attribution said = found.stream().filter(x -> x.cue().of(a.body()).equals("said")).findFirst().orElseThrow();
    Attribution adding = found.stream().filter(x -> x.cue().of(a.body()).equals("adding")).findFirst().orElseThrow();
    assertThat(said.content().of(a.body())).isEqualTo("talks failed");
    assertThat(adding.source().map(s -> s.of(a.body()))).contains("He");
    assertThat(adding.content().of(a.body())).isEqualTo("prices rose");
  }
}
