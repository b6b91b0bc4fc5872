package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dossier.store.Consistency;
import org.dossier.store.Stats;
import org.dossier.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code dossier ingest} process killed with SIGKILL at several moments: after each
 * rerun, every article is stored exactly once and the search index agrees with the database.
 */
class IngestKillTest {

  private static final int ARTICLES = 60;

  private static final String[] PEOPLE = {"Maria Lopez", "John Carter", "Aisha Khan", "Peter Novak", "Li Wei"};
  private static final String[] PLACES = {"Geneva", "Nairobi", "Lima", "Oslo", "Manila"};

  @TempDir Path dir;

  /** Short invented stories, each with a body of its own. */
  private Path feed() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      String who = PEOPLE[i % PEOPLE.length];
      String where = PLACES[(i / PEOPLE.length) % PLACES.length];
      ObjectNode a = json.createObjectNode();
      a.put("id", "story-" + i);
      a.put("date", String.format("2025-03-%02d", 1 + i % 28));
      a.put("text", who + " met union leaders in " + where + " on Monday, officials said. The talks, the "
          + (i + 1) + "th this year, ended without an agreement, according to a local newspaper.");
      lines.add(json.writeValueAsString(a));
    }
    return Files.write(dir.resolve("feed.jsonl"), lines, StandardCharsets.UTF_8);
  }

  private Process ingest(Path feed, Path db) throws IOException {
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "ingest", "--db", db.toString(), "--threads", "2", feed.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("ingest-err.txt").toFile())
        .start();
  }

  @Test
  void a_killed_ingest_run_again_stores_every_article_exactly_once() throws Exception {
    Path feed = feed();
    Path db = dir.resolve("corpus");
    Random random = new Random(20261204);
    int kills = 0;
    for (int attempt = 0; attempt < 4; attempt++) {
      Process p = ingest(feed, db);
      // somewhere between model loading and the end of the run
      long millis = 3_000 + random.nextInt(6_000);
      if (p.waitFor(millis, TimeUnit.MILLISECONDS)) {
        break; // finished before the kill: nothing left to interrupt
      }
      p.destroyForcibly(); // SIGKILL
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      kills++;
      try (Store store = Store.open(db.toString())) {
        Consistency c = store.consistency();
        assertThat(c.consistent()).as("after kill %d: %s", kills, c).isTrue();
        assertThat(c.duplicateHashes()).isZero();
      }
    }
    Process last = ingest(feed, db);
    assertThat(last.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).as(Files.readString(dir.resolve("ingest-err.txt"))).isZero();
    try (Store store = Store.open(db.toString())) {
      Consistency c = store.consistency();
      assertThat(c.consistent()).as(c.toString()).isTrue();
      Stats stats = store.stats();
      assertThat(stats.articles()).isEqualTo(ARTICLES);
      assertThat(c.documents()).isEqualTo(ARTICLES);
      assertThat(stats.corpusEntities()).as("resolved after the last run").isPositive();
    }
    assertThat(Files.readString(dir.resolve("ingest-err.txt"))).contains("already stored");
  }
}
