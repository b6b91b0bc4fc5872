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

  @Test
  void a_sentence_too_long_to_parse_is_cut_into_parts_that_keep_their_offsets() {
    String body = "Prices rose for " + "apples, pears, plums, ".repeat(120) + "and cherries.";
    AnnotatedArticle a = annotate(body);
    assertThat(a.sentences()).hasSizeGreaterThan(2);
    int tokens = 0;
    for (Sentence s : a.sentences()) {
      assertThat(s.tokens()).hasSizeLessThanOrEqualTo(LongSentences.MAX_TOKENS);
      for (Token t : s.tokens()) {
        assertThat(t.index()).isEqualTo(s.tokens().indexOf(t));
        assertThat(t.span().of(body)).isEqualTo(t.word());
      }
      for (Dependency d : s.dependencies()) {
        assertThat(d.dependent()).isBetween(0, s.tokens().size() - 1);
      }
      tokens += s.tokens().size();
    }
    assertThat(tokens).isGreaterThan(360);
  }

  @Test
  void a_long_article_is_annotated_in_pieces_with_offsets_into_the_whole_body() {
    String paragraph = "The council met in Geneva on Monday. Its chairman, John Smith, said talks would go on.\n\n";
    String body = paragraph.repeat(400); // 35,000 characters: two pieces
    AnnotatedArticle a = annotate(body);
    assertThat(a.sentences()).hasSize(800);
    Sentence last = a.sentences().get(a.sentences().size() - 1);
    assertThat(last.span().of(body)).isEqualTo("Its chairman, John Smith, said talks would go on.");
    assertThat(last.index()).isEqualTo(799);
  }

  @Test
  void a_line_of_200000_characters_with_no_space_is_annotated_in_seconds() {
    String body = "The report follows. " + "ab".repeat(100_000) + " It ends here.";
    long start = System.nanoTime();
    AnnotatedArticle a = annotate(body);
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(30);
    assertThat(a.sentences().get(a.sentences().size() - 1).span().of(body)).endsWith("It ends here.");
  }
}
