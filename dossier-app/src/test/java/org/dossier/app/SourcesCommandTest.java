package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SourcesCommandTest extends CorpusCommandTest {

  @Test
  void gives_every_outlets_claims_per_month_by_class_of_source() {
    CliRun r = run("sources");

    assertThat(r.exitCode()).isEqualTo(Main.OK);
    assertThat(r.outLines()).containsExactly(
        "outlet                   month     claims   named  anonymous  hedged  author",
        "Coastal Times            2025-05        3     33%         0%      0%     67%",
        "Lakeland Herald          2025-04        3      0%        33%     33%     33%",
        "Lakeland Herald          2025-05        1      0%         0%      0%    100%");
  }

  @Test
  void gives_one_outlet_as_json() {
    JsonNode j = json(run("sources", "Lakeland Herald", "--format", "json"));

    assertThat(j.get("rows")).extracting(x -> x.get("month").asText()).containsExactly("2025-04", "2025-05");
    JsonNode april = j.at("/rows/0");
    assertThat(april.get("outlet").asText()).isEqualTo("Lakeland Herald");
    assertThat(april.get("claims").asLong()).isEqualTo(3);
    assertThat(april.at("/counts/anonymous").asLong()).isEqualTo(1);
    assertThat(april.at("/counts/hedged").asLong()).isEqualTo(1);
    assertThat(april.at("/counts/author").asLong()).isEqualTo(1);
    assertThat(april.at("/shares/named").asDouble()).isEqualTo(0.0);
    assertThat(april.at("/byKind/HEDGE").asLong()).isEqualTo(1);
  }

  @Test
  void says_so_when_an_outlet_has_no_claims() {
    CliRun r = run("sources", "Daily Nothing");

    assertThat(r.exitCode()).isEqualTo(Main.OK);
    assertThat(r.outLines()).containsExactly("no claims from the outlet 'Daily Nothing'");
  }
}
