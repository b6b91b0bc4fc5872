package org.dossier.app.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.dossier.app.corpus.JoinedStories.Measure;
import org.dossier.text.Article;
import org.junit.jupiter.api.Test;

/** The deterministic inputs of {@code dossier bench}: stories joined to a length in words or bytes. */
class JoinedStoriesTest {

  /** A story of {@code n} words: "w1 w2 ... wn" in story {@code id}. */
  private static Article story(int id, int n) {
    String body = String.join(" ", IntStream.rangeClosed(1, n).mapToObj(i -> "s" + id + "w" + i).toList());
    return new Article("reuters-" + id, Optional.of(LocalDate.of(1987, 2, id)), Optional.of("TITLE " + id),
        Optional.of("Reuters"), Optional.empty(), body);
  }

  private static final List<Article> STORIES = List.of(story(1, 200), story(2, 200), story(3, 100), story(4, 400),
      story(5, 50), story(6, 30));

  @Test
  void joins_consecutive_stories_with_a_blank_line_until_each_article_has_the_words() {
    List<Article> joined = JoinedStories.join(STORIES, Measure.WORDS, 370, 10);

    assertThat(joined).extracting(Article::id).containsExactly("reuters-1..reuters-2", "reuters-3..reuters-4");
    assertThat(joined.get(0).body()).isEqualTo(STORIES.get(0).body() + "\n\n" + STORIES.get(1).body());
    assertThat(joined).allSatisfy(a -> assertThat(JoinedStories.words(a.body())).isGreaterThanOrEqualTo(370));
  }

  @Test
  void drops_a_tail_that_falls_short_of_the_target() {
    // stories 5 and 6 make 80 words: no article
    assertThat(JoinedStories.join(STORIES, Measure.WORDS, 370, 10)).hasSize(2);
  }

  @Test
  void keeps_the_first_storys_date_title_and_source() {
    Article a = JoinedStories.join(STORIES, Measure.WORDS, 370, 10).get(1);

    assertThat(a.date()).contains(LocalDate.of(1987, 2, 3));
    assertThat(a.title()).contains("TITLE 3");
    assertThat(a.source()).contains("Reuters");
    assertThat(a.url()).isEmpty();
  }

  @Test
  void stops_at_the_number_of_articles_asked_for() {
    assertThat(JoinedStories.join(STORIES, Measure.WORDS, 100, 2)).extracting(Article::id)
        .containsExactly("reuters-1", "reuters-2");
  }

  @Test
  void builds_a_long_article_from_the_first_stories_until_it_has_the_bytes() {
    long first = STORIES.get(0).body().length();
    long second = STORIES.get(1).body().length();

    Article a = JoinedStories.join(STORIES, Measure.BYTES, first + 1, 1).get(0);

    assertThat(a.id()).isEqualTo("reuters-1..reuters-2");
    assertThat((long) a.body().length()).isEqualTo(first + 2 + second); // the blank line counts as bytes
  }

  @Test
  void a_long_article_is_a_prefix_of_a_longer_one() {
    Article small = JoinedStories.join(STORIES, Measure.BYTES, 3_000, 1).get(0);
    Article large = JoinedStories.join(STORIES, Measure.BYTES, 6_000, 1).get(0);

    assertThat(large.body()).startsWith(small.body());
  }

  @Test
  void builds_nothing_when_the_stories_have_less_text_than_the_target() {
    assertThat(JoinedStories.join(STORIES, Measure.BYTES, 1_000_000, 1)).isEmpty();
  }

  @Test
  void the_same_stories_give_the_same_articles() {
    assertThat(JoinedStories.join(STORIES, Measure.WORDS, 370, 10)).isEqualTo(JoinedStories.join(STORIES, Measure.WORDS, 370, 10));
  }

  @Test
  void counts_words_as_runs_of_characters_other_than_white_space() {
    assertThat(JoinedStories.words("  The talks\u00a0resumed,\n\non Monday. ")).isEqualTo(5);
    assertThat(JoinedStories.words("")).isZero();
  }

  @Test
  void writes_articles_as_json_lines_in_the_input_form() {
    assertThat(InputLines.line(STORIES.get(4).withDate(LocalDate.of(1987, 2, 26))))
        .startsWith("{\"id\":\"reuters-5\",\"date\":\"1987-02-26\",\"title\":\"TITLE 5\",\"source\":\"Reuters\",\"text\":\"s5w1 s5w2");
  }
}
