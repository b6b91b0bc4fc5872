package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.analysis.TimeExpression;
import org.dossier.analysis.TimeExpression.Anchor;
import org.dossier.analysis.TimeExpression.Granularity;
import org.dossier.analysis.TimeExpression.Interval;
import org.dossier.analysis.TimeExpression.Type;
import org.junit.jupiter.api.Test;

/** The time expressions of the reference article (DCT 2025-04-14), as spec/seed-article.md lists them. */
class SeedTimesTest {

  /** The time expression inside the first occurrence of {@code phrase} (TimeML leaves out "in", "for", "at"). */
  private static Optional<TimeExpression> timeIn(String phrase) {
    String body = SeedArticle.body();
    int at = body.indexOf(phrase);
    assertThat(at).as("the article contains %s", phrase).isNotNegative();
    int end = at + phrase.length();
    return SeedArticle.analysis().times().stream()
        .filter(t -> t.span().start() >= at && t.span().end() <= end)
        .findFirst();
  }

  @Test
  void november_last_year_is_november_2024() {
    TimeExpression t = SeedArticle.time("November last year").orElseThrow();
    assertThat(t.type()).isEqualTo(Type.DATE);
    assertThat(t.value()).isEqualTo("2024-11");
    assertThat(t.granularity()).contains(Granularity.MONTH);
    assertThat(t.interval()).contains(new Interval(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30)));
  }

  @Test
  void the_third_week_of_march_is_a_week_of_march_2025() {
    TimeExpression t = SeedArticle.time("the third week of March").orElseThrow();
    assertThat(t.type()).isEqualTo(Type.DATE);
    assertThat(t.value()).isIn("2025-W11", "2025-W12");
    assertThat(t.granularity()).contains(Granularity.WEEK);
    Interval i = t.interval().orElseThrow();
    assertThat(i.first()).isAfterOrEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(i.last()).isBeforeOrEqualTo(LocalDate.of(2025, 3, 23));
  }

  @Test
  void a_bare_november_in_a_past_tense_story_is_the_november_before_the_date() {
    TimeExpression t = timeIn("a session held in November").orElseThrow();
    assertThat(t.span().of(SeedArticle.body())).isEqualTo("November");
    assertThat(t.value()).isEqualTo("2024-11");
    assertThat(t.interval()).contains(new Interval(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30)));
  }

  @Test
  void over_two_decades_is_more_than_twenty_years_ending_at_the_date() {
    TimeExpression t = timeIn("for over two decades").orElseThrow();
    assertThat(t.type()).isEqualTo(Type.DURATION);
    assertThat(t.value()).isEqualTo("P20Y");
    assertThat(t.mod()).contains("MORE_THAN");
    assertThat(t.interval().orElseThrow().last()).isEqualTo(LocalDate.of(2025, 4, 14));
  }

  @Test
  void now_is_the_present() {
    List<TimeExpression> nows = SeedArticle.analysis().times().stream()
        .filter(t -> t.span().of(SeedArticle.body()).equalsIgnoreCase("now"))
        .toList();
    assertThat(nows).isNotEmpty();
    assertThat(nows).allSatisfy(t -> {
      assertThat(t.value()).isEqualTo("PRESENT_REF");
      assertThat(t.interval()).contains(new Interval(LocalDate.of(2025, 4, 14), LocalDate.of(2025, 4, 14)));
    });
  }

  @Test
  void at_that_time_is_the_time_of_the_previous_events() {
    TimeExpression t = timeIn("At that time").orElseThrow();
    assertThat(t.value()).isEqualTo("2024-11");
    assertThat(t.anchor()).isEqualTo(Anchor.DISCOURSE);
  }

  @Test
  void the_long_march_and_the_march_are_not_times() {
    String body = SeedArticle.body();
    assertThat(SeedArticle.analysis().times())
        .noneMatch(t -> t.span().of(body).toLowerCase().contains("march") && !t.span().of(body).contains("week"));
  }
}
