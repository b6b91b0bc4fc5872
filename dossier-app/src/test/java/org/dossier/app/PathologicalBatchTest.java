package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder where pathological articles stand between ordinary ones: every ordinary article is
 * analysed, each pathological one is analysed or reported, and the whole batch ends within a
 * bound (on a loaded 2-core machine; the pieces and the sentence limit keep each article
 * linear).
 */
class PathologicalBatchTest {

  /** The whole folder's bound, generous for a shared CI machine; the run takes some 20 s on a loaded 2-core machine. */
  private static final double BOUND_SECONDS = 240;

  private static final String PARAGRAPH = "The finance minister said on Tuesday that the government would cut"
      + " taxes for small businesses next year, after talks with union leaders in the capital.";

  @TempDir Path dir;

  @Test
  void ordinary_articles_around_pathological_ones_are_all_analysed() throws IOException {
    for (int i = 0; i < 3; i++) {
      Files.writeString(dir.resolve("a" + i + "-ordinary.txt"), "date: 2025-04-14\n\n" + PARAGRAPH + "\n");
    }
    // megabytes: over the default --max-size, refused before it is read
    Files.writeString(dir.resolve("a0-huge.txt"), "date: 2025-04-14\n\n" + (PARAGRAPH + "\n\n").repeat(20_000));
    // 10,000 levels of nested markup in a text file
    Files.writeString(dir.resolve("a1-nested.txt"), "date: 2025-04-14\n\n" + "<div>".repeat(10_000) + PARAGRAPH
        + "</div>".repeat(10_000));
    // one line of 200,000 characters with no space
    Files.writeString(dir.resolve("a2-line.txt"), "date: 2025-04-14\n\n" + PARAGRAPH + " " + "ab".repeat(100_000) + "\n");

    long start = System.nanoTime();
    CliRun run = CliRun.of("analyze", "--format", "json", dir.toString());
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(seconds).isLessThan(BOUND_SECONDS);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.SOME_PROBLEMS);
    ObjectMapper json = new ObjectMapper();
    List<String> analysed = new ArrayList<>();
    List<String> reported = new ArrayList<>();
    for (String line : run.outLines()) {
      JsonNode node = json.readTree(line);
      String id = node.get("article").get("id").asText();
      boolean fatal = false;
      for (JsonNode p : node.get("problems")) {
        fatal |= !p.get("code").asText().equals("NO_DATE");
      }
      (fatal ? reported : analysed).add(id);
    }
    assertThat(analysed).contains("a0-ordinary.txt", "a1-ordinary.txt", "a2-ordinary.txt");
    assertThat(reported).contains("a0-huge.txt");
    assertThat(analysed.size() + reported.size()).isEqualTo(6);
    assertThat(run.err()).contains("a0-huge.txt").contains("[TOO_LARGE]").doesNotContain("\tat ");
    assertThat(Files.size(dir.resolve("a0-huge.txt"))).isGreaterThan(Long.parseLong(Limits.MAX_SIZE));
    assertThat(new String(Files.readAllBytes(dir.resolve("a2-line.txt")), StandardCharsets.UTF_8)).hasSizeGreaterThan(200_000);
  }
}
