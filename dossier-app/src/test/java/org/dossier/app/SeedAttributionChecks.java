package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.analysis.Analysis;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Attribution.Kind;
import org.dossier.analysis.SourcingProfile;
import org.dossier.app.report.TextReport;
import org.dossier.json.AnalysisJson;
import org.junit.jupiter.api.Test;

/** The attributions of {@code seed-article.md}, one test per item, on an analysis a subclass provides. */
abstract class SeedAttributionChecks {

  abstract Analysis analysis();

  String body() {
    return analysis().article().body();
  }

  /** The attribution whose cue is {@code cue} and whose source is {@code source} (or none for ""). */
  Attribution attribution(String cue, String source) {
    return analysis().attributions().stream()
        .filter(a -> a.cue().of(body()).equals(cue) && a.source().map(s -> s.of(body())).orElse("").equals(source))
        .findFirst().orElseThrow(() -> new AssertionError("no attribution " + cue + " / " + source + " in "
            + analysis().attributions().stream().map(a -> a.cue().of(body()) + "/" + a.source().map(s -> s.of(body()))).toList()));
  }

  @Test
  void a_local_newspaper_is_an_unnamed_outlet() {
    Attribution a = attribution("According to", "a local newspaper");
    assertThat(a.kind()).isEqualTo(Kind.UNNAMED_OUTLET);
    assertThat(a.content().of(body())).startsWith("the objective of these talks").endsWith("within the establishment");
  }

  @Test
  void highly_placed_sources_are_anonymous() {
    Attribution a = attribution("confirmed", "Highly placed sources");
    assertThat(a.kind()).isEqualTo(Kind.ANONYMOUS_SOURCE);
    assertThat(a.content().of(body())).contains("met Imran Khan in the third week of March", "sessions of discussions");
  }

  @Test
  void what_sources_shared_runs_over_the_following_sentences_of_the_paragraph() {
    Attribution a = attribution("shared", "Sources");
    assertThat(a.kind()).isEqualTo(Kind.ANONYMOUS_SOURCE);
    assertThat(a.content().of(body())).startsWith("key insights from the meetings")
        .contains("acknowledged the necessity of reconciliation", "he was assured")
        .doesNotContain("Reportedly");
  }

  @Test
  void reportedly_is_a_hedge_without_a_source() {
    Attribution a = attribution("Reportedly", "");
    assertThat(a.kind()).isEqualTo(Kind.HEDGE);
    assertThat(a.source()).isEmpty();
    assertThat(a.content().of(body())).contains("assured Khan that millions would take to the streets");
  }

  @Test
  void insiders_are_anonymous() {
    Attribution a = attribution("According to", "insiders");
    assertThat(a.kind()).isEqualTo(Kind.ANONYMOUS_SOURCE);
    assertThat(a.content().of(body())).contains("halted further negotiations");
  }

  @Test
  void the_sourcing_profile_counts_one_unnamed_outlet_three_anonymous_cues_and_one_hedge() {
    SourcingProfile s = analysis().sourcing();
    assertThat(s.cues().get(Kind.UNNAMED_OUTLET)).isEqualTo(1);
    assertThat(s.cues().get(Kind.ANONYMOUS_SOURCE)).isEqualTo(3);
    assertThat(s.cues().get(Kind.HEDGE)).isEqualTo(1);
    assertThat(s.byKind().get(Kind.AUTHOR)).as("the rest unattributed").isPositive();
    assertThat(s.byKind().get(Kind.UNNAMED_OUTLET)).isEqualTo(1);
    assertThat(s.claims()).isEqualTo(s.byKind().values().stream().mapToInt(Integer::intValue).sum());
    assertThat(s.anonymousShare()).isGreaterThan(0.2).isLessThan(0.8);
  }

  @Test
  void the_sourcing_profile_is_in_the_text_report_and_the_json() throws Exception {
    assertThat(TextReport.render(analysis())).contains("SOURCING", "claims:", "anonymous source", "unnamed outlet", "hedge");
    String json = AnalysisJson.toLine(analysis());
    assertThat(json).contains("\"sourcing\"", "\"ANONYMOUS_SOURCE\"", "\"UNNAMED_OUTLET\"", "\"HEDGE\"");
  }

  @Test
  void every_span_is_its_body_text() {
    for (Attribution a : analysis().attributions()) {
      assertThat(a.cue().end()).isLessThanOrEqualTo(body().length());
      assertThat(a.content().end()).isLessThanOrEqualTo(body().length());
      assertThat(a.content().of(body())).isNotBlank();
    }
  }
}
