package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed with SIGKILL in the middle of ingesting leaves a store that reopens whole. */
class KillTest {

  @TempDir
  Path temp;

  @Test
  void a_store_killed_while_writing_reopens_with_every_stored_article_once_and_an_index_that_agrees() throws Exception {
    String dir = temp.resolve("corpus").toString();
    Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), CrashWriter.class.getName(), dir)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    List<Integer> stored = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null && stored.size() < 400; line = out.readLine()) {
        if (line.startsWith("STORED ")) {
          stored.add(Integer.parseInt(line.substring(7)));
        }
      }
      writer.destroyForcibly();
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(stored).hasSize(400);

    // The database is the truth: the index must agree with it at once. An embedded database may
    // lose the commits of its last half second (H2 writes them in the background); ingesting the
    // same input again stores exactly those, once.
    try (Store store = Store.open(dir)) {
      Consistency c = store.consistency();
      assertThat(c.consistent()).as(c.toString()).isTrue();
      assertThat(store.search(SearchQuery.of("report")).total()).isEqualTo(c.articles());
      for (int i : stored) {
        assertThat(store.put(Fixtures.numbered(i)).outcome()).isIn(PutResult.Outcome.SKIPPED, PutResult.Outcome.STORED);
      }
      Consistency after = store.consistency();
      assertThat(after.consistent()).as(after.toString()).isTrue();
      assertThat(after.articles()).isBetween((long) stored.size(), stored.size() + 1L);
      for (int i : stored) {
        assertThat(store.contains(Store.contentHash(Fixtures.numbered(i).article()))).as("article %d", i).isTrue();
      }
    }
  }
}
