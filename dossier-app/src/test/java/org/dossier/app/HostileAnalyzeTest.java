package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few files of the hostile corpus ({@code dossier-ingest/src/test/resources/hostile}) through
 * the whole {@code analyze} path in this JVM: no exception and no stack trace, one result per
 * article in order, every problem on one line naming its file (and line or record), and the
 * articles that can be read analysed, their times' spans matching their text.
 */
class HostileAnalyzeTest {

  private static final Path CORPUS = Path.of("..", "dossier-ingest", "src", "test", "resources", "hostile");

  /** The files, with the outcome of each of their articles ("ok", or the problem codes). */
  private static final List<String[]> FILES = List.of(
      new String[] {"formatting-at-depth-limit.html", "ok"},
      new String[] {"cr-line-endings.txt", "ok"},
      new String[] {"date-0000.txt", "BAD_DATE"},
      new String[] {"control-chars.txt", "ok"},
      new String[] {"mixed-scripts.txt", "ok"},
      new String[] {"one-word.txt", "NO_DATE"},
      new String[] {"latin1.txt", "BAD_ENCODING"},
      new String[] {"length-short.warc", "BAD_WARC", "ok"},
      new String[] {"dates.jsonl", "BAD_DATE", "BAD_DATE", "ok", "BAD_DATE", "BAD_DATE", "NO_DATE", "ok", "BAD_DATE", "ok",
          "BAD_DATE", "BAD_DATE"});

  @TempDir Path dir;

  @Test
  void hostile_files_are_analysed_or_reported_one_line_each() throws IOException {
    List<String> args = new ArrayList<>(List.of("analyze", "--format", "json"));
    List<String> expected = new ArrayList<>();
    for (String[] f : FILES) {
      // copied, so that the run does not depend on the other module's build
      args.add(Files.copy(CORPUS.resolve(f[0]), dir.resolve(f[0])).toString());
      expected.addAll(List.of(f).subList(1, f.length));
    }
    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.SOME_PROBLEMS);
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    ObjectMapper json = new ObjectMapper();
    List<String> outcomes = new ArrayList<>();
    // JSON Lines are separated by \n alone: a body's U+2028 or U+0085 is written as it is, inside a string
    for (String line : run.out().split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode result = json.readTree(line);
      List<String> codes = new ArrayList<>();
      for (JsonNode p : result.get("problems")) {
        codes.add(p.get("code").asText());
        assertThat(p.get("where").asText()).startsWith(dir.toString());
      }
      outcomes.add(codes.isEmpty() ? "ok" : String.join("+", codes));
      for (JsonNode time : result.path("times")) {
        int start = time.get("start").asInt();
        int end = time.get("end").asInt();
        assertThat(start).isNotNegative().isLessThan(end);
        assertThat(time.get("text").asText()).hasSize(end - start);
      }
    }
    assertThat(outcomes).containsExactlyElementsOf(expected);
    for (String line : run.errLines()) {
      assertThat(line).startsWith("dossier: ");
    }
  }

  @Test
  void a_date_beyond_the_year_9999_is_a_usage_error() {
    CliRun run = CliRun.of("analyze", "--date", "+999999999-12-31", CORPUS.resolve("one-word.txt").toString());
    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("--date").contains("0001-01-01 to 9999-12-31");
    assertThat(CliRun.of("analyze", "--date", "0000-01-01", CORPUS.resolve("one-word.txt").toString()).exitCode())
        .isEqualTo(Main.USAGE);
  }
}
