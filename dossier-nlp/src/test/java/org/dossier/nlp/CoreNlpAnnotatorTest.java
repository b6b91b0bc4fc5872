package org.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Dependency;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.dossier.text.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {

  private static CoreNlpAnnotator annotator;

  @BeforeAll
  static void load() {
    annotator = CoreNlpAnnotator.fast();
  }

  private static AnnotatedArticle annotate(String body) {
    return annotator.annotate(Article.of("t", LocalDate.of(2025, 4, 14), body));
  }

  @Test
  void token_spans_point_into_the_body() {
    String body = "Dr. Usman Malik met Khan’s lawyers in Adiala Jail—who confirmed it.\n\nThey left.";
    AnnotatedArticle a = annotate(body);
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        assertThat(t.span().end()).isLessThanOrEqualTo(body.length());
        assertThat(a.text(t.span())).isNotBlank();
      }
      assertThat(a.text(s.span())).startsWith(s.token(0).span().of(body));
    }
  }

  @Test
  void an_honorific_does_not_end_a_sentence_but_a_blank_line_does() {
    AnnotatedArticle a = annotate("Dr. Usman Malik spoke first\n\nThe talks went on.");
    assertThat(a.sentences()).hasSize(2);
    assertThat(a.sentences().get(0).token(0).word()).isEqualTo("Dr.");
  }

  @Test
  void tags_people_organisations_and_places() {
    AnnotatedArticle a = annotate("Imran Khan met officials of the United Nations in Islamabad.");
    List<Token> tokens = a.sentences().get(0).tokens();
    assertThat(tokens.get(0).ner()).isEqualTo("PERSON");
    assertThat(tokens.get(6).ner()).isEqualTo("ORGANIZATION");
    assertThat(tokens.get(9).ner()).isEqualTo("LOCATION");
    assertThat(tokens.get(2).lemma()).isEqualTo("meet");
    assertThat(tokens.get(2).pos()).isEqualTo("VBD");
  }

  @Test
  void every_token_but_the_root_has_one_head() {
    AnnotatedArticle a = annotate("Sources shared key insights from the meetings held in November.");
    Sentence s = a.sentences().get(0);
    for (Token t : s.tokens()) {
      assertThat(s.dependencies().stream().filter(d -> d.dependent() == t.index())).hasSize(1);
    }
    assertThat(s.dependencies()).filteredOn(d -> d.governor() == Dependency.ROOT)
        .singleElement().extracting(d -> s.token(d.dependent()).word()).isEqualTo("shared");
  }

  @Test
  void an_empty_body_has_no_sentences() {
    assertThat(annotate("").sentences()).isEmpty();
  }
}
