package org.dossier.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Entity;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Ids.AttributionId;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.dossier.text.Article;
import org.dossier.text.Span;
import org.junit.jupiter.api.Test;

class QuotedSpeakersTest {

  private static final EntityId SPEAKER = EntityId.of(1);

  /** One sentence of "word/POS" tokens separated by spaces; no dependencies are needed. */
  private static AnnotatedArticle article(String tagged) {
    StringBuilder body = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String t : tagged.split(" ")) {
      int slash = t.lastIndexOf('/');
      String word = t.substring(0, slash);
      if (body.length() > 0) {
        body.append(' ');
      }
      int start = body.length();
      body.append(word);
      tokens.add(new Token(tokens.size(), new Span(start, body.length()), word, t.substring(slash + 1),
          word.toLowerCase(), "O"));
    }
    Sentence s = new Sentence(0, new Span(0, body.length()), tokens, List.of());
    return new AnnotatedArticle(Article.of("t", LocalDate.of(2025, 4, 14), body.toString()), List.of(s));
  }

  /** The speaker as an entity of {@code type} mentioned by the token {@code name}, and the claim it is the source of. */
  private static EntityLayer layer(AnnotatedArticle a, String name, EntityType type) {
    Token t = a.sentences().get(0).tokens().stream().filter(x -> x.word().equals(name)).findFirst().orElseThrow();
    Mention m = new Mention(t.span(), 0, t.index(), t.index(), t.index(), Mention.Kind.NAME, type);
    Entity e = new Entity(SPEAKER, type, Optional.of(name), Optional.empty(), List.of(), List.of(t.span()), List.of(),
        Optional.empty(), Optional.empty());
    return new EntityLayer(List.of(e), Map.of(SPEAKER, List.of(m)), List.of());
  }

  private static Attribution claim(AnnotatedArticle a, Span content) {
    return new Attribution(AttributionId.of(1), Attribution.Kind.NAMED_PERSON, new Span(0, 1), Optional.empty(),
        Optional.of(SPEAKER), content);
  }

  private static List<String> mentions(EntityLayer layer, AnnotatedArticle a) {
    return layer.entities().get(0).mentions().stream().map(s -> s.of(a.article().body())).toList();
  }

  @Test
  void i_and_my_inside_the_quotation_marks_are_the_person_quoted() {
    AnnotatedArticle a = article("\"/`` I/PRP think/VBP my/PRP$ team/NN did/VBD well/RB ,/, \"/'' Jobs/NNP said/VBD ./.");
    String body = a.article().body();
    Span content = new Span(body.indexOf("I"), body.indexOf("well") + 4);

    EntityLayer after = QuotedSpeakers.apply(a, layer(a, "Jobs", EntityType.PERSON), List.of(claim(a, content)));

    assertThat(mentions(after, a)).containsExactly("I", "my", "Jobs");
    assertThat(after.entityCovering(new Span(body.indexOf("I"), body.indexOf("I") + 1))).isPresent();
  }

  @Test
  void we_is_left_alone_it_may_be_the_speakers_company() {
    AnnotatedArticle a = article("\"/`` We/PRP did/VBD well/RB ,/, \"/'' Jobs/NNP said/VBD ./.");
    String body = a.article().body();
    Span content = new Span(body.indexOf("We"), body.indexOf("well") + 4);

    EntityLayer after = QuotedSpeakers.apply(a, layer(a, "Jobs", EntityType.PERSON), List.of(claim(a, content)));

    assertThat(mentions(after, a)).containsExactly("Jobs");
  }

  @Test
  void a_pronoun_outside_quotation_marks_or_an_organisation_speaking_is_left_alone() {
    AnnotatedArticle reported = article("Jobs/NNP said/VBD I/PRP was/VBD late/JJ ./.");
    String body = reported.article().body();
    Span content = new Span(body.indexOf("I"), body.indexOf("late") + 4);
    assertThat(mentions(QuotedSpeakers.apply(reported, layer(reported, "Jobs", EntityType.PERSON),
        List.of(claim(reported, content))), reported)).containsExactly("Jobs");

    AnnotatedArticle company = article("\"/`` I/PRP did/VBD well/RB ,/, \"/'' Apple/NNP said/VBD ./.");
    String text = company.article().body();
    Span quoted = new Span(text.indexOf("I"), text.indexOf("well") + 4);
    assertThat(mentions(QuotedSpeakers.apply(company, layer(company, "Apple", EntityType.ORGANIZATION),
        List.of(claim(company, quoted))), company)).containsExactly("Apple");
  }

  @Test
  void straight_quotes_pair_within_a_paragraph_and_curly_quotes_by_their_shape() {
    String body = "\"One,\" he said.\n\n\"Two and\n\nthree \u201Cfour\u201D";
    assertThat(QuotedSpeakers.quotes(body).stream().map(s -> s.of(body)).toList()).containsExactly("One,", "four");
  }
}
