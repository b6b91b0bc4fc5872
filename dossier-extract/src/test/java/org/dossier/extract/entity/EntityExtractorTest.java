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
  void a_name_broken_over_two_lines_is_written_on_one() {
    assertThat(LayerBuilder.asName("ASA\n  leaders")).isEqualTo("ASA leaders");
    assertThat(LayerBuilder.asName("Imran Khan")).isEqualTo("Imran Khan");
  }
}
