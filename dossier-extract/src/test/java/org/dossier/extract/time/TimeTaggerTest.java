package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dossier.analysis.TimeExpression;
import org.dossier.analysis.TimeExpression.Anchor;
import org.dossier.analysis.TimeExpression.Granularity;
import org.dossier.analysis.TimeExpression.Interval;
import org.dossier.analysis.TimeExpression.Type;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Dependency;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.junit.jupiter.api.Test;

/** The time tagger's behaviour beyond single expressions: anchors, the narrative, intervals, robustness. */
class TimeTaggerTest {

  private static final LocalDate DCT = LocalDate.of(2025, 4, 14);
  private final TimeTagger tagger = new TimeTagger();

  private List<TimeExpression> tag(LocalDate dct, String text) {
    return tagger.tag(TestText.of(dct, text));
  }

  private static String text(String body, TimeExpression t) {
    return body.substring(t.span().start(), t.span().end());
  }

  @Test
  void resolves_bare_month_to_the_most_recent_past_one() {
    String body = "During a session held in November, Khan acknowledged the need for talks.";
    TimeExpression t = tag(DCT, body).get(0);
    assertThat(t.value()).isEqualTo("2024-11");
    assertThat(t.anchor()).isEqualTo(Anchor.DCT);
    assertThat(t.interval()).contains(new Interval(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30)));
    assertThat(t.granularity()).contains(Granularity.MONTH);
  }

  @Test
  void a_quantity_in_digits_is_not_added_to_the_number_word_after_it() {
    // "225,000 one year earlier" is 225,000 cars, then a time: not 225,001 years earlier
    String body = "Car exports eased to 222,000 in February from 225,000 one year earlier.";
    List<TimeExpression> times = tag(LocalDate.of(1987, 3, 19), body);
    assertThat(times).extracting(t -> text(body, t)).containsExactly("February", "one year earlier");
    assertThat(times.get(1).value()).isEqualTo("1986-02");
  }

  @Test
  void number_words_still_compose() {
    String body = "The pact was signed twenty four years ago.";
    TimeExpression t = tag(DCT, body).get(0);
    assertThat(text(body, t)).isEqualTo("twenty four years ago");
    assertThat(t.value()).isEqualTo("2001");
  }

  @Test
  void a_bare_participle_on_a_noun_looks_back_even_in_a_future_clause() {
    // The court will review the injunction issued Thursday .
    AnnotatedArticle plain = TestText.of(LocalDate.of(2000, 4, 17), "The court will review the injunction issued Thursday.");
    Sentence s = plain.sentences().get(0);
    List<Token> tokens = new ArrayList<>(s.tokens());
    Token issued = tokens.get(6);
    tokens.set(6, new Token(issued.index(), issued.span(), issued.word(), "VBN", "issue", issued.ner()));
    List<Dependency> deps = List.of(new Dependency(1, 0, "det"), new Dependency(3, 1, "nsubj"),
        new Dependency(3, 2, "aux"), new Dependency(Dependency.ROOT, 3, "root"), new Dependency(5, 4, "det"),
        new Dependency(3, 5, "obj"), new Dependency(5, 6, "acl"), new Dependency(6, 7, "obl:tmod"),
        new Dependency(3, 8, "punct"));
    AnnotatedArticle parsed = new AnnotatedArticle(plain.article(), List.of(new Sentence(0, s.span(), tokens, deps)));
    assertThat(tagger.tag(parsed).get(0).value()).isEqualTo("2000-04-13");
  }

  /**
   * The first sentence of {@code body} with a hand-written parse: {@code heads[k]} is the
   * governor of token k (-1 for the root), {@code relations[k]} its relation; {@code tags} sets
   * part-of-speech and lemma as "index:POS:lemma".
   */
  private static AnnotatedArticle parsed(LocalDate dct, String body, int[] heads, String[] relations, String... tags) {
    AnnotatedArticle plain = TestText.of(dct, body);
    Sentence s = plain.sentences().get(0);
    List<Token> tokens = new ArrayList<>(s.tokens());
    for (String tag : tags) {
      String[] f = tag.split(":");
      Token t = tokens.get(Integer.parseInt(f[0]));
      tokens.set(t.index(), new Token(t.index(), t.span(), t.word(), f[1], f[2], t.ner()));
    }
    List<Dependency> deps = new ArrayList<>();
    for (int k = 0; k < heads.length; k++) {
      deps.add(new Dependency(heads[k], k, relations[k]));
    }
    return new AnnotatedArticle(plain.article(), List.of(new Sentence(0, s.span(), tokens, deps)));
  }

  @Test
  void a_participle_on_a_noun_can_still_name_a_date_ahead() {
    // Holders get a share for each share held on March 23 .
    AnnotatedArticle a = parsed(LocalDate.of(1987, 3, 3), "Holders get a share for each share held on March 23.",
        new int[] {1, -1, 3, 1, 6, 6, 1, 6, 9, 7, 9, 1},
        new String[] {"nsubj", "root", "det", "obj", "case", "det", "obl", "acl", "case", "obl", "nummod", "punct"},
        "1:VBP:get", "7:VBN:hold");
    assertThat(tagger.tag(a).get(0).value()).isEqualTo("1987-03-23");
  }

  @Test
  void be_to_and_a_plan_in_the_past_perfect_point_ahead_and_back() {
    // The shares are to resume trading Tuesday .
    AnnotatedArticle ahead = parsed(LocalDate.of(2025, 4, 11), "The shares are to resume trading Tuesday.",
        new int[] {1, 4, 4, 4, -1, 4, 5, 4},
        new String[] {"det", "nsubj", "aux", "mark", "root", "xcomp", "obl:tmod", "punct"},
        "2:VBP:be", "4:VB:resume", "5:VBG:trade");
    assertThat(tagger.tag(ahead).get(0).value()).isEqualTo("2025-04-15");
    // The offer had been scheduled to expire Friday .
    AnnotatedArticle back = parsed(LocalDate.of(2025, 4, 14), "The offer had been scheduled to expire Friday.",
        new int[] {1, 4, 4, 4, -1, 6, 4, 6, 4},
        new String[] {"det", "nsubj:pass", "aux", "aux:pass", "root", "mark", "xcomp", "obl:tmod", "punct"},
        "2:VBD:have", "3:VBN:be", "4:VBN:schedule", "6:VB:expire");
    assertThat(tagger.tag(back).get(0).value()).isEqualTo("2025-04-11");
  }

  @Test
  void a_plan_told_in_the_past_may_aim_at_a_month_just_gone() {
    // The company said it hoped to submit the plan by February .
    AnnotatedArticle gone = parsed(LocalDate.of(2025, 3, 4),
        "The company said it hoped to submit the plan by February.",
        new int[] {1, 2, -1, 4, 2, 6, 4, 8, 6, 10, 6, 2},
        new String[] {"det", "nsubj", "root", "nsubj", "ccomp", "mark", "xcomp", "det", "obj", "case", "obl", "punct"},
        "2:VBD:say", "4:VBD:hope", "6:VB:submit");
    assertThat(tagger.tag(gone).get(0).value()).isEqualTo("2025-02");
    // The company said it agreed not to buy shares until September 30 .
    AnnotatedArticle ahead = parsed(LocalDate.of(2025, 3, 3),
        "The company said it agreed not to buy shares until September 30.",
        new int[] {1, 2, -1, 4, 2, 7, 7, 4, 7, 10, 7, 10, 2},
        new String[] {"det", "nsubj", "root", "nsubj", "ccomp", "advmod", "mark", "xcomp", "obj", "case", "obl",
            "nummod", "punct"},
        "2:VBD:say", "4:VBD:agree", "7:VB:buy");
    assertThat(tagger.tag(ahead).get(0).value()).isEqualTo("2025-09-30");
  }

  @Test
  void an_infinitive_after_an_ordinal_tells_who_did_it() {
    // The first countries to join on Friday were Chile and Peru .
    AnnotatedArticle a = parsed(LocalDate.of(2025, 4, 12), "The first countries to join on Friday were Chile and Peru.",
        new int[] {2, 2, 8, 4, 2, 6, 4, 8, -1, 10, 8, 8},
        new String[] {"det", "amod", "nsubj", "mark", "acl", "case", "obl", "cop", "root", "cc", "conj", "punct"},
        "1:JJ:first", "4:VB:join", "7:VBD:be");
    assertThat(tagger.tag(a).get(0).value()).isEqualTo("2025-04-11");
  }

  @Test
  void an_outlook_quarter_does_not_become_the_period_being_reported() {
    String body = "Net rose 11% in the third quarter. The earthquake will result in a fourth-quarter charge. "
        + "Earnings fell 59% in the latest quarter.";
    List<TimeExpression> ts = tag(LocalDate.of(1989, 11, 2), body);
    assertThat(ts).extracting(t -> text(body, t)).containsExactly("the third quarter", "fourth-quarter", "the latest quarter");
    assertThat(ts.get(1).value()).isEqualTo("1989-Q4");
    assertThat(ts.get(2).value()).isEqualTo("1989-Q3");
  }

  @Test
  void resolves_bare_month_in_a_future_clause_to_the_next_one() {
    assertThat(tag(DCT, "The election will take place in November.").get(0).value()).isEqualTo("2025-11");
  }

  @Test
  void every_resolved_date_carries_its_interval_and_granularity() {
    String body = "Talks began on March 3, 2025. Two days later, they collapsed. In the third week of March the "
        + "envoy returned, and in the third quarter of 2024 sales fell. Late last year the plan was drafted.";
    List<TimeExpression> times = tag(DCT, body);
    assertThat(times).hasSizeGreaterThanOrEqualTo(5);
    assertThat(times).filteredOn(t -> t.type() == Type.DATE).allSatisfy(t -> {
      assertThat(t.interval()).as(text(body, t)).isPresent();
      assertThat(t.granularity()).as(text(body, t)).isPresent();
    });
  }

  @Test
  void narrows_the_interval_of_late_last_year_to_its_last_third() {
    TimeExpression t = tag(DCT, "The plan was drafted late last year.").get(0);
    assertThat(t.value()).isEqualTo("2024");
    assertThat(t.mod()).contains("END");
    assertThat(t.interval().orElseThrow().first()).isAfter(LocalDate.of(2024, 8, 31));
    assertThat(t.interval().orElseThrow().last()).isEqualTo(LocalDate.of(2024, 12, 31));
  }

  @Test
  void counts_two_days_later_from_the_narratives_last_date() {
    List<TimeExpression> times = tag(DCT, "The talks opened on March 3, 2025. Two days later, they collapsed.");
    assertThat(times.get(1).value()).isEqualTo("2025-03-05");
    assertThat(times.get(1).anchor()).isEqualTo(Anchor.DISCOURSE);
  }

  @Test
  void a_look_back_does_not_move_the_narrative() {
    String body = "Profit rose in the third quarter of 2024 from a year earlier. Sales in the quarter rose too.";
    List<TimeExpression> times = tag(DCT, body);
    assertThat(times).extracting(TimeExpression::value).containsExactly("2024-Q3", "2023-Q3", "2024-Q3");
  }

  @Test
  void at_that_time_takes_the_time_of_the_previous_sentences() {
    List<TimeExpression> times = tag(DCT, "A deal was reached in November 2024. Reportedly, leaders met. "
        + "At that time, the leader was in jail.");
    TimeExpression t = times.get(times.size() - 1);
    assertThat(t.value()).isEqualTo("2024-11");
    assertThat(t.anchor()).isEqualTo(Anchor.DISCOURSE);
  }

  @Test
  void keeps_partial_values_when_the_article_has_no_date() {
    List<TimeExpression> times = tag(null, "The talks were held in November and resumed on Friday.");
    assertThat(times).extracting(TimeExpression::value).containsExactly("XXXX-11", "XXXX-WXX-5");
    assertThat(times).allSatisfy(t -> assertThat(t.interval()).isEmpty());
  }

  @Test
  void a_duration_ending_now_spans_up_to_the_article_date() {
    String body = "They have been close associates and donors for over two decades.";
    TimeExpression t = tag(DCT, body).get(0);
    assertThat(t.type()).isEqualTo(Type.DURATION);
    assertThat(t.value()).isEqualTo("P20Y");
    assertThat(t.mod()).contains("MORE_THAN");
    assertThat(t.interval()).contains(new Interval(LocalDate.of(2005, 4, 14), DCT));
  }

  @Test
  void finds_no_time_in_the_long_march_or_the_march() {
    assertThat(tag(DCT, "A mass mobilization for the Islamabad Long March would push the system. "
        + "Khan was confident about the success of the march.")).isEmpty();
  }

  @Test
  void numbers_the_time_ids_in_order() {
    List<TimeExpression> times = tag(DCT, "He left on Friday and returned on Sunday.");
    assertThat(times).extracting(t -> t.id().value()).containsExactly("T1", "T2");
  }

  @Test
  void every_span_is_the_text_it_covers_and_garbage_never_throws() {
    Random random = new Random(7);
    String[] pieces = {"the", "last", "next", "week", "March", "May", "3", "1998", "-", "'s", "of", "a", "year",
        "earlier", "Friday", "night", "p.m.", "1/2", "quarter", "third", "every", "ago", ",", ".", "from", "to",
        "decades", "over", "early", "late", "mid", "Q3", "FY2024", "12/25/1960", "2024-11-05", "'90s", "the", "now"};
    for (int round = 0; round < 300; round++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + random.nextInt(30);
      for (int k = 0; k < n; k++) {
        b.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(5) == 0 ? "" : " ");
      }
      String body = b.toString();
      LocalDate dct = random.nextBoolean() ? DCT : null;
      assertThatCode(() -> {
        for (TimeExpression t : tag(dct, body)) {
          assertThat(body.substring(t.span().start(), t.span().end())).isNotBlank();
        }
      }).as(body).doesNotThrowAnyException();
    }
  }

  /** Found by TimeNormaliserFuzzTest: "next year" against --date +999999999-12-31 threw a DateTimeException. */
  @Test
  void a_document_date_outside_the_years_0001_to_9999_is_no_document_date() {
    for (LocalDate dct : List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(0, 1, 1), LocalDate.of(10000, 1, 1))) {
      List<TimeExpression> times = tag(dct, "Prices rose sharply in March and will rise again next year.");
      assertThat(times).as(dct.toString()).extracting(TimeExpression::value).containsExactly("XXXX-03", "XXXX");
    }
    assertThat(tag(LocalDate.of(9999, 12, 31), "Prices will rise again next year.").get(0).value()).isEqualTo("10000");
  }
}
