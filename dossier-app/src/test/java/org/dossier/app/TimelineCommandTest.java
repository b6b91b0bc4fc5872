package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class TimelineCommandTest extends CorpusCommandTest {

  @Test
  void lists_the_events_by_date_with_participants_trigger_and_source() {
    CliRun r = run("timeline", "Okafor");

    assertThat(r.exitCode()).isEqualTo(Main.OK);
    assertThat(r.outLines()).containsSubsequence(
        "2025-04-13  CONSULT  \"met\"",
        "  Amina Okafor (source), Tomas Reyes (target)",
        "  source: AUTHOR",
        "  2025-05-02, Coastal Times, times-7 V3, time 2025-04-13",
        "2025-04-14  CONSULT  \"met\"",
        "2025-04-14  ASSURE  \"promised\"",
        "  source: ANONYMOUS_SOURCE — officials",
        "2025-05-02  REJECT  \"rejected\"",
        "  source: NAMED_ORGANIZATION — the Northern Party",
        "2025-05-02  DISAPPROVE  \"criticised\"");
  }

  @Test
  void keeps_to_the_dates_asked_for() {
    JsonNode j = json(run("timeline", "Okafor", "--from", "2025-04-14", "--to", "2025-04-30", "--format", "json"));

    assertThat(j.at("/entity/name").asText()).isEqualTo("Amina Okafor");
    assertThat(j.get("events")).extracting(e -> e.get("date").asText() + " " + e.get("type").asText() + " "
        + e.at("/article/id").asText()).containsExactly("2025-04-14 CONSULT herald-1", "2025-04-14 ASSURE herald-1");
    JsonNode promised = j.at("/events/1");
    assertThat(promised.get("trigger").asText()).isEqualTo("promised");
    assertThat(promised.get("sourceKind").asText()).isEqualTo("ANONYMOUS_SOURCE");
    assertThat(promised.get("sourceText").asText()).isEqualTo("officials");
    assertThat(promised.at("/participants/0/name").asText()).isEqualTo("Amina Okafor");
    assertThat(promised.at("/participants/0/role").asText()).isEqualTo("source");
  }

  @Test
  void an_unknown_name_is_exit_code_1() {
    assertThat(run("timeline", "Nobody Atall").exitCode()).isEqualTo(Main.SOME_PROBLEMS);
  }
}
