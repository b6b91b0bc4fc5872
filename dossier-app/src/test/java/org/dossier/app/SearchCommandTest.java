package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SearchCommandTest extends CorpusCommandTest {

  @Test
  void lists_the_hits_with_title_date_outlet_id_and_marked_matches() {
    CliRun r = run("search", "harbour");

    assertThat(r.exitCode()).isEqualTo(Main.OK);
    assertThat(r.outLines()).contains(
        "3 articles match (1 to 3):",
        "1. Okafor rejects harbour plan",
        "   2025-05-02 · Coastal Times · times-7",
        "   Amina Okafor rejected the «harbour» budget plan, the Northern Party said on Friday.",
        "   2025-04-14 · Lakeland Herald · herald-1",
        "outlets:       Lakeland Herald 2, Coastal Times 1",
        "months:        2025-05 2, 2025-04 1");
    assertThat(r.out()).doesNotContain("\u001b[");
  }

  @Test
  void answers_scripts_with_one_json_document_of_hits_and_facets() {
    JsonNode j = json(run("search", "harbour", "--format", "json"));

    assertThat(j.get("total").asLong()).isEqualTo(3);
    assertThat(j.get("hits")).extracting(h -> h.get("article").asText()).containsExactly("times-7", "herald-2", "herald-1");
    JsonNode first = j.get("hits").get(0);
    assertThat(first.get("title").asText()).isEqualTo("Okafor rejects harbour plan");
    assertThat(first.get("date").asText()).isEqualTo("2025-05-02");
    assertThat(first.get("snippets").get(0).get("marked").asText()).contains("the «harbour» budget plan");
    assertThat(j.get("hits").get(1).get("title").isNull()).isTrue();
    assertThat(j.at("/facets/outlets/Lakeland Herald").asLong()).isEqualTo(2);
    assertThat(j.at("/facets/eventTypes/CONSULT").asLong()).isEqualTo(2);
    assertThat(j.at("/facets/sourceKinds/ANONYMOUS_SOURCE").asLong()).isEqualTo(1);
  }

  @Test
  void filters_by_outlet_entity_dates_event_type_and_source_kind() {
    assertThat(articles(run("search", "harbour", "--outlet", "Coastal Times", "--format", "json"))).containsExactly("times-7");
    assertThat(articles(run("search", "harbour", "--entity", "Okafor", "--format", "json")))
        .containsExactlyInAnyOrder("times-7", "herald-1");
    assertThat(articles(run("search", "harbour", "--from", "2025-05-01", "--to", "2025-05-02", "--format", "json")))
        .containsExactly("times-7");
    assertThat(articles(run("search", "", "--event-type", "ASSURE", "--format", "json"))).containsExactly("herald-1");
    assertThat(articles(run("search", "", "--source-kind", "NAMED_ORGANIZATION", "--format", "json")))
        .containsExactly("times-7");
  }

  @Test
  void says_which_entity_it_took_when_several_match() {
    CliRun r = run("search", "", "--entity", "Port Alder", "--format", "json");

    assertThat(json(r).get("total").asLong()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString()
        .startsWith("dossier: --entity 'Port Alder' is Port Alder (LOCATION, C")
        .endsWith("; 1 more match (dossier entity 'Port Alder' lists them)");
  }

  @Test
  void pages_with_limit_and_offset() {
    JsonNode j = json(run("search", "harbour", "--limit", "1", "--offset", "1", "--format", "json"));

    assertThat(j.get("total").asLong()).isEqualTo(3);
    assertThat(j.get("hits")).extracting(h -> h.get("article").asText()).containsExactly("herald-2");
  }

  @Test
  void an_entity_that_matches_nothing_is_one_line_and_exit_code_1() {
    CliRun r = run("search", "harbour", "--entity", "Nobody Atall");

    assertThat(r.exitCode()).isEqualTo(Main.SOME_PROBLEMS);
    assertThat(r.errLines()).containsExactly("dossier: no entity in the corpus matches 'Nobody Atall'");
  }

  @Test
  void a_bad_limit_or_event_type_is_a_usage_error() {
    assertThat(run("search", "x", "--limit", "0").exitCode()).isEqualTo(Main.USAGE);
    assertThat(run("search", "x", "--event-type", "PARTY").exitCode()).isEqualTo(Main.USAGE);
  }

  @Test
  void a_missing_corpus_is_one_line_and_exit_code_3_and_creates_nothing() {
    Path nowhere = temp.resolve("nowhere");

    CliRun r = CliRun.of("search", "harbour", "--db", nowhere.toString());

    assertThat(r.exitCode()).isEqualTo(Main.ENVIRONMENT);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("dossier: no corpus at " + nowhere).doesNotContain("Exception");
    assertThat(nowhere).doesNotExist();
  }

  private static java.util.List<String> articles(CliRun r) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(Main.OK);
    java.util.List<String> ids = new java.util.ArrayList<>();
    json(r).get("hits").forEach(h -> ids.add(h.get("article").asText()));
    return ids;
  }
}
