package org.dossier.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.analysis.Entity;
import org.dossier.analysis.EntityType;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Dependency;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.dossier.extract.place.Gazetteer;
import org.dossier.text.Article;
import org.dossier.text.Span;
import org.junit.jupiter.api.Test;

/** The entity layer on hand-built annotated sentences: no models. */
class EntityExtractorTest {

  private final EntityExtractor extractor = new EntityExtractor(Gazetteer.geonames(), Optional.empty());

  /**
   * Sentences written as "word/POS/NER ..." with dependencies "rel gov dep" (token indices, -1
   * for the root); lemmas are the lower-cased words.
   */
  private static AnnotatedArticle article(String[][] sentences) {
    StringBuilder body = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    for (String[] s : sentences) {
      List<Token> tokens = new ArrayList<>();
      int first = body.length();
      for (String t : s[0].split(" ")) {
        String[] f = t.split("/");
        if (body.length() > first) {
          body.append(' ');
        }
        int start = body.length();
        body.append(f[0]);
        tokens.add(new Token(tokens.size(), new Span(start, body.length()), f[0], f[1], f[0].toLowerCase(),
            f.length > 2 ? f[2] : "O"));
      }
      List<Dependency> deps = new ArrayList<>();
      for (int i = 1; i < s.length; i++) {
        String[] d = s[i].split(" ");
        deps.add(new Dependency(Integer.parseInt(d[1]), Integer.parseInt(d[2]), d[0]));
      }
      out.add(new Sentence(out.size(), new Span(first, body.length()), tokens, deps));
      body.append(' ');
    }
    return new AnnotatedArticle(Article.of("test", LocalDate.of(2025, 4, 14), body.toString()), out);
  }

  private static Entity named(EntityLayer layer, String name) {
    return layer.entities().stream().filter(e -> e.name().filter(name::equals).isPresent()).findFirst()
        .orElseThrow(() -> new AssertionError("no entity named " + name + " in " + layer.entities()));
  }

  @Test
  void keeps_the_honorific_apart_from_the_name_as_a_title() {
    EntityLayer layer = extractor.extract(article(new String[][] {{
        "Dr./NNP Usman/NNP/PERSON Malik/NNP/PERSON spoke/VBD ./.",
        "compound 2 0", "compound 2 1", "nsubj 3 2", "root -1 3", "punct 3 4"}}));
    Entity malik = named(layer, "Usman Malik");
    assertThat(malik.type()).isEqualTo(EntityType.PERSON);
    assertThat(malik.descriptors()).extracting(d -> d.role()).containsExactly("Dr.");
  }

  @Test
  void reads_a_premodifier_descriptor_with_its_role() {
    AnnotatedArticle text = article(new String[][] {{
        "food/NN and/CC real/JJ estate/NN businessman/NN Tanveer/NNP/PERSON Ahmed/NNP/PERSON spoke/VBD ./.",
        "compound 6 4", "compound 6 5", "nsubj 7 6", "root -1 7", "punct 7 8", "compound 4 0", "cc 3 1",
        "amod 3 2", "compound 4 3"}});
    Entity ahmed = named(extractor.extract(text), "Tanveer Ahmed");
    assertThat(ahmed.descriptors()).singleElement().satisfies(d -> {
      assertThat(d.role()).isEqualTo("businessman");
      assertThat(text.text(d.span())).isEqualTo("food and real estate businessman");
    });
  }

  @Test
  void joins_a_surname_to_the_salient_full_name_and_resolves_he() {
    EntityLayer layer = extractor.extract(article(new String[][] {
        {"Imran/NNP/PERSON Khan/NNP/PERSON spoke/VBD ./.", "compound 1 0", "nsubj 2 1", "root -1 2", "punct 2 3"},
        {"Imran/NNP/PERSON Khan/NNP/PERSON met/VBD Atif/NNP/PERSON Khan/NNP/PERSON ./.", "compound 1 0", "nsubj 2 1",
            "root -1 2", "compound 4 3", "obj 2 4", "punct 2 5"},
        {"Khan/NNP/LOCATION said/VBD he/PRP left/VBD ./.", "nsubj 1 0", "root -1 1", "nsubj 3 2", "ccomp 1 3",
            "punct 1 4"}}));
    Entity imran = named(layer, "Imran Khan");
    Entity atif = named(layer, "Atif Khan");
    assertThat(imran.aliases()).containsExactly("Khan");
    assertThat(atif.aliases()).isEmpty();
    assertThat(layer.entityAt(2, 0)).contains(imran);
    assertThat(layer.entityAt(2, 2)).contains(imran);
    assertThat(layer.mentionAt(2, 2)).hasValueSatisfying(m -> assertThat(m.kind()).isEqualTo(Mention.Kind.PRONOUN));
  }

  @Test
  void types_provinces_and_countries_from_the_gazetteer() {
    EntityLayer layer = extractor.extract(article(new String[][] {{
        "Leaders/NNS from/IN Khyber/NNP/ORGANIZATION Pakhtunkhwa/NNP/ORGANIZATION visited/VBD Pakistan/NNP/LOCATION ./.",
        "nsubj 4 0", "case 3 1", "compound 3 2", "nmod 0 3", "root -1 4", "obj 4 5", "punct 4 6"}}));
    assertThat(named(layer, "Khyber Pakhtunkhwa").type()).isEqualTo(EntityType.LOCATION);
    assertThat(named(layer, "Khyber Pakhtunkhwa").subtype()).hasValue("province");
    assertThat(named(layer, "Pakistan").subtype()).hasValue("country");
    assertThat(layer.relations()).anySatisfy(r -> assertThat(r.predicate()).isEqualTo("located_in"));
  }

  @Test
  void a_pronoun_in_a_fronted_phrase_refers_to_the_subject_that_follows_it() {
    // "Mary Smith spoke . In her first season , Anna Jones won ." : her = Anna Jones
    EntityLayer layer = extractor.extract(article(new String[][] {
        {"Mary/NNP/PERSON Smith/NNP/PERSON spoke/VBD ./.", "compound 1 0", "nsubj 2 1", "root -1 2", "punct 2 3"},
        {"In/IN her/PRP$ first/JJ season/NN ,/, Anna/NNP/PERSON Jones/NNP/PERSON won/VBD ./.", "case 3 0",
            "nmod:poss 3 1", "amod 3 2", "obl 7 3", "punct 7 4", "compound 6 5", "nsubj 7 6", "root -1 7",
            "punct 7 8"}}));
    assertThat(layer.entityAt(1, 1)).contains(named(layer, "Anna Jones"));
  }

  @Test
  void a_possessive_pronoun_is_not_the_person_its_noun_phrase_names() {
    // "Living with her aunt Mary Paine , Kelsey Brown studied ." : her = Kelsey Brown, not Mary Paine
    EntityLayer layer = extractor.extract(article(new String[][] {
        {"Living/VBG with/IN her/PRP$ aunt/NN Mary/NNP/PERSON Paine/NNP/PERSON ,/, Kelsey/NNP/PERSON "
            + "Brown/NNP/PERSON studied/VBD ./.", "advcl 9 0", "case 3 1", "nmod:poss 3 2", "obl 0 3",
            "compound 5 4", "appos 3 5", "punct 9 6", "compound 8 7", "nsubj 9 8", "root -1 9", "punct 9 10"}}));
    assertThat(layer.entityAt(0, 2)).contains(named(layer, "Kelsey Brown"));
  }

  @Test
  void the_subject_of_the_pronouns_own_verb_is_not_its_antecedent() {
    // "John Smith met Bill Jones . Smith thanked him ." : him = Bill Jones
    EntityLayer layer = extractor.extract(article(new String[][] {
        {"John/NNP/PERSON Smith/NNP/PERSON met/VBD Bill/NNP/PERSON Jones/NNP/PERSON ./.", "compound 1 0",
            "nsubj 2 1", "root -1 2", "compound 4 3", "obj 2 4", "punct 2 5"},
        {"Smith/NNP/PERSON thanked/VBD him/PRP ./.", "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3"}}));
    assertThat(layer.entityAt(1, 2)).contains(named(layer, "Bill Jones"));
  }

  @Test
  void a_lone_name_no_gazetteer_knows_that_marries_is_a_person() {
    // (the test's lemmas are the words: "marry", as the tagger would give for "married")
    EntityLayer layer = extractor.extract(article(new String[][] {
        {"Harmanson/NNP/LOCATION will/MD marry/VB ./.", "nsubj 2 0", "aux 2 1", "root -1 2", "punct 2 3"}}));
    assertThat(named(layer, "Harmanson").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void a_womans_title_gives_her_name_a_feminine_pronoun() {
    EntityLayer layer = extractor.extract(article(new String[][] {
        {"Mrs./NNP Smith/NNP/PERSON met/VBD Mr./NNP Jones/NNP/PERSON ./.", "compound 1 0", "nsubj 2 1", "root -1 2",
            "compound 4 3", "obj 2 4", "punct 2 5"},
        {"She/PRP smiled/VBD ./.", "nsubj 1 0", "root -1 1", "punct 1 2"}}));
    assertThat(layer.entityAt(1, 0)).contains(named(layer, "Smith"));
  }

  @Test
  void a_man_and_a_woman_said_to_be_the_same_thing_stay_two_people() {
    String[] deps = {"det 1 0", "nsubj 9 1", "punct 7 2", "nsubj 7 3", "cop 7 4", "advmod 7 5", "det 7 6",
        "acl:relcl 1 7", "punct 7 8", "root -1 9", "punct 9 10"};
    String[][] sentences = {
        concat("A/DT man/NN ,/, who/WP is/VBZ now/RB a/DT teacher/NN ,/, spoke/VBD ./.", deps),
        concat("A/DT woman/NN ,/, who/WP is/VBZ now/RB a/DT teacher/NN ,/, left/VBD ./.", deps),
        concat("A/DT person/NN ,/, who/WP is/VBZ now/RB a/DT teacher/NN ,/, stayed/VBD ./.", deps)};
    EntityLayer layer = extractor.extract(article(sentences));
    assertThat(layer.entityAt(0, 1)).isPresent();
    assertThat(layer.entityAt(1, 1)).isPresent().isNotEqualTo(layer.entityAt(0, 1));
    assertThat(layer.entityAt(2, 1)).isPresent().isEqualTo(layer.entityAt(0, 1));
  }

  private static String[] concat(String tokens, String[] deps) {
    String[] out = new String[deps.length + 1];
    out[0] = tokens;
    System.arraycopy(deps, 0, out, 1, deps.length);
    return out;
  }

  @Test
  void he_after_an_organisation_does_not_make_it_a_person() {
    EntityLayer layer = extractor.extract(article(new String[][] {
        {"Interfax/NNP/ORGANIZATION reported/VBD it/PRP ./.", "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3"},
        {"He/PRP was/VBD released/VBN ./.", "nsubj:pass 2 0", "aux:pass 2 1", "root -1 2", "punct 2 3"}}));
    assertThat(named(layer, "Interfax").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void the_resolver_reports_each_candidate_with_its_features() {
    EntityLayer layer = extractor.extract(article(new String[][] {
        {"John/NNP/PERSON Smith/NNP/PERSON met/VBD Bill/NNP/PERSON Jones/NNP/PERSON ./.", "compound 1 0",
            "nsubj 2 1", "root -1 2", "compound 4 3", "obj 2 4", "punct 2 5"},
        {"He/PRP left/VBD ./.", "nsubj 1 0", "root -1 1", "punct 1 2"}}));
    List<EntityLayer.Antecedent> candidates = layer.antecedents(layer.mentionAt(1, 0).orElseThrow().span());
    assertThat(candidates).hasSize(2);
    assertThat(candidates).allSatisfy(a -> assertThat(a.features()).hasSize(PronounModel.FEATURES.size()));
    assertThat(candidates.get(0).entity()).isEqualTo(named(layer, "John Smith").id());
    assertThat(candidates.get(0).score() + candidates.get(1).score()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void fitting_the_weights_learns_which_feature_marks_the_referent() {
    double[] right = new double[PronounModel.FEATURES.size()];
    double[] wrong = new double[PronounModel.FEATURES.size()];
    right[PronounModel.FEATURES.indexOf("last_subject")] = 1;
    wrong[PronounModel.FEATURES.indexOf("last_object")] = 1;
    PronounModel m = PronounModel.fit(List.of(new PronounModel.Choice(List.of(wrong, right), 1)), 0.01, 500);
    assertThat(m.score(right)).isGreaterThan(m.score(wrong));
    assertThat(PronounModel.parse(List.of(m.toTsv(List.of("test")).split("\n"))).weights()).containsExactly(m.weights(),
        org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void a_name_broken_over_two_lines_is_written_on_one() {
    assertThat(LayerBuilder.asName("ASA\n  leaders")).isEqualTo("ASA leaders");
    assertThat(LayerBuilder.asName("Imran Khan")).isEqualTo("Imran Khan");
  }
}
