package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class EntityCommandTest extends CorpusCommandTest {

  @Test
  void shows_names_roles_affiliations_events_and_sourcing_each_with_its_article() {
    CliRun r = run("entity", "Okafor");

    assertThat(r.exitCode()).isEqualTo(Main.OK);
    assertThat(r.outLines()).contains(
        "4 mentions in 2 articles",
        "Wikipedia: https://en.wikipedia.org/wiki/Amina_Okafor",
        "  Amina Okafor (2)",
        "  Okafor (2)",
        "  former finance minister — 2025-04-14, Lakeland Herald, herald-1",
        "  5 claims: named 20%, anonymous 20%, hedged 0%, the article's own voice 60%");
    assertThat(r.outLines()).anyMatch(l -> l.startsWith("Amina Okafor — PERSON, C"));
    assertThat(r.outLines()).anyMatch(l -> l.startsWith("  member_of Northern Party [C") && l.endsWith("herald-1"));
    assertThat(r.outLines()).anyMatch(l -> l.matches("  2025-05-02  REJECT +source times-7 V1"));
    assertThat(r.outLines()).anyMatch(l -> l.matches("  Tomas Reyes \\[C[0-9a-f]{16}] in 2 articles"));
  }

  @Test
  void answers_scripts_with_the_profile_as_one_json_document() {
    JsonNode j = json(run("entity", "Amina Okafor", "--format", "json"));

    assertThat(j.get("name").asText()).isEqualTo("Amina Okafor");
    assertThat(j.get("type").asText()).isEqualTo("PERSON");
    assertThat(j.get("wikipedia").asText()).isEqualTo("https://en.wikipedia.org/wiki/Amina_Okafor");
    assertThat(j.at("/descriptors/0/role").asText()).isEqualTo("finance minister");
    assertThat(j.at("/descriptors/0/qualifiers/0").asText()).isEqualTo("former");
    assertThat(j.at("/descriptors/0/article/outlet").asText()).isEqualTo("Lakeland Herald");
    assertThat(j.at("/affiliations/0/predicate").asText()).isEqualTo("member_of");
    assertThat(j.at("/affiliations/0/otherName").asText()).isEqualTo("Northern Party");
    assertThat(j.get("events")).extracting(e -> e.get("type").asText() + " " + e.at("/article/id").asText())
        .containsExactlyInAnyOrder("REJECT times-7", "DISAPPROVE times-7", "CONSULT times-7", "CONSULT herald-1",
            "ASSURE herald-1");
    assertThat(j.at("/saidAbout/claims").asInt()).isEqualTo(5);
    assertThat(j.at("/saidAbout/anonymous").asDouble()).isEqualTo(0.2);
    assertThat(j.at("/saidAbout/byKind/NAMED_ORGANIZATION").asInt()).isEqualTo(1);
    assertThat(j.get("coordinates").isNull()).isTrue();
  }

  @Test
  void gives_the_coordinates_of_a_place_and_lists_the_other_matches_with_their_ids() {
    JsonNode j = json(run("entity", "Port Alder", "--format", "json"));

    assertThat(j.get("name").asText()).isEqualTo("Port Alder");
    assertThat(j.at("/coordinates/latitude").asDouble()).isEqualTo(12.5);
    assertThat(j.at("/coordinates/longitude").asDouble()).isEqualTo(-45.25);
    assertThat(j.at("/coordinates/country").asText()).isEqualTo("LK");
    assertThat(j.get("otherMatches")).extracting(h -> h.get("name").asText()).containsExactly("Port Alder Harbour Authority");

    String other = j.at("/otherMatches/0/id").asText();
    CliRun text = run("entity", "Port Alder");
    assertThat(text.outLines()).contains("Also matching 'Port Alder' (pass the id to see one)",
        "  Port Alder Harbour Authority (ORGANIZATION, " + other + ", 1 mention in 1 article)");
    assertThat(text.outLines()).contains("Coordinates: 12.5000, -45.2500 (LK)");

    assertThat(json(run("entity", other, "--format", "json")).get("name").asText()).isEqualTo("Port Alder Harbour Authority");
  }

  @Test
  void why_shows_the_evidence_that_merged_each_articles_entity() {
    CliRun okafor = run("entity", "Okafor", "--why");
    assertThat(okafor.outLines()).contains("Why these are one (merge evidence)",
        "  herald-1 E1 'Amina Okafor' + times-7 E1 'Amina Okafor': same Wikipedia link Amina_Okafor");

    JsonNode reyes = json(run("entity", "Tomas Reyes", "--why", "--format", "json"));
    assertThat(reyes.get("mergeEvidence")).hasSize(1);
    JsonNode m = reyes.at("/mergeEvidence/0");
    assertThat(m.at("/a/id").asText() + " " + m.at("/a/name").asText()).isEqualTo("herald-1 Tomas Reyes");
    assertThat(m.at("/b/id").asText() + " " + m.at("/b/name").asText()).isEqualTo("times-7 Reyes");
    assertThat(m.get("reason").asText()).contains("'Reyes'").contains("governor");
  }

  @Test
  void an_unknown_name_is_one_line_and_exit_code_1() {
    CliRun r = run("entity", "Nobody Atall");

    assertThat(r.exitCode()).isEqualTo(Main.SOME_PROBLEMS);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly("dossier: no entity in the corpus matches 'Nobody Atall'");
  }
}
