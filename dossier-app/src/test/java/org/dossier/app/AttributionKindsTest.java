package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Attribution.Kind;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.extract.attribution.AttributionExtractor;
import org.dossier.extract.entity.EntityExtractor;
import org.dossier.nlp.CoreNlpAnnotator;
import org.dossier.text.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Attribution kinds on made-up sentences, through CoreNLP and the entity stage. */
class AttributionKindsTest {

  private static CoreNlpAnnotator annotator;

  @BeforeAll
  static void load() {
    annotator = CoreNlpAnnotator.fast();
  }

  private static List<Attribution> read(String body) {
    AnnotatedArticle a = annotator.annotate(Article.of("t", LocalDate.of(2025, 1, 1), body));
    return new AttributionExtractor().extract(a, new EntityExtractor().extract(a));
  }

  private static Attribution only(String body) {
    List<Attribution> all = read(body);
    assertThat(all).as("attributions of: %s", body).hasSize(1);
    return all.get(0);
  }

  @Test
  void a_named_person_who_said_something_is_a_named_person() {
    Attribution a = only("John Smith said the talks would resume next week.");
    assertThat(a.kind()).isEqualTo(Kind.NAMED_PERSON);
    assertThat(a.source()).map(s -> s.of("John Smith said the talks would resume next week.")).contains("John Smith");
  }

  @Test
  void a_named_newspaper_is_a_named_outlet() {
    assertThat(only("The New York Times reported that the minister had resigned.").kind()).isEqualTo(Kind.NAMED_OUTLET);
  }

  @Test
  void an_inverted_report_by_officials_is_anonymous() {
    String body = "The army will withdraw from the border by Friday, officials said.";
    Attribution a = only(body);
    assertThat(a.kind()).isEqualTo(Kind.ANONYMOUS_SOURCE);
    assertThat(a.content().of(body)).isEqualTo("The army will withdraw from the border by Friday");
  }

  @Test
  void a_report_is_an_official_document() {
    assertThat(only("A report released on Monday claimed that the funds were missing.").kind())
        .isEqualTo(Kind.OFFICIAL_DOCUMENT);
  }

  @Test
  void it_is_understood_is_a_hedge_without_a_source() {
    Attribution a = only("It is understood that the deal was signed in secret.");
    assertThat(a.kind()).isEqualTo(Kind.HEDGE);
    assertThat(a.source()).isEmpty();
  }

  @Test
  void allegedly_is_a_hedge() {
    assertThat(only("The minister allegedly took bribes from the contractor.").kind()).isEqualTo(Kind.HEDGE);
  }

  @Test
  void a_cue_inside_a_quotation_belongs_to_the_quoted_speech() {
    List<Attribution> all = read("“I said it before and I will say it again,” the senator told reporters.");
    assertThat(all).hasSize(1);
  }
}
