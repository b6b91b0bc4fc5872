package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user reads when a store cannot be opened. */
class StoreErrorsTest {

  @TempDir
  Path temp;

  @Test
  void says_a_store_in_use_is_locked_by_another_process() {
    String dir = temp.resolve("corpus").toString();
    try (Store first = Store.open(dir)) {
      assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
          .hasMessageContaining("locked by another process");
    }
    try (Store again = Store.open(dir)) {
      assertThat(again.stats().articles()).isZero();
    }
  }

  @Test
  void says_a_server_that_cannot_be_reached_refused_the_connection() {
    assertThatThrownBy(() -> Store.open("jdbc:postgresql://127.0.0.1:1/corpus?user=u&password=secret",
        Optional.of(temp.resolve("index"))))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("refused the connection")
        .hasMessageNotContaining("secret")
        .hasMessageContaining("password=***");
  }

  @Test
  void refuses_a_database_it_does_not_support() {
    assertThatThrownBy(() -> Store.open("jdbc:mysql://localhost/corpus")).isInstanceOf(StoreException.class)
        .hasMessage("unsupported database URL jdbc:mysql://localhost/corpus: give a directory or a jdbc:postgresql:// URL");
  }

  @Test
  void says_when_the_store_directory_cannot_be_made() throws Exception {
    Path file = Files.writeString(temp.resolve("a-file"), "not a directory");
    assertThatThrownBy(() -> Store.open(file.toString())).isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot create the directory " + file);
  }

  @Test
  void keeps_a_memory_store_for_tests() {
    try (Store store = Store.open("jdbc:h2:mem:")) {
      assertThat(store.put(Fixtures.floods()).outcome()).isEqualTo(PutResult.Outcome.STORED);
      assertThat(store.search(SearchQuery.of("floods")).total()).isEqualTo(1);
    }
  }

  @Test
  void puts_the_index_of_a_server_store_in_the_home_directory_by_a_hash_of_the_url() {
    Location a = Location.parse("jdbc:postgresql://db:5432/news?user=a&password=b", Optional.empty());
    Location b = Location.parse("jdbc:postgresql://db:5432/other?user=a&password=b", Optional.empty());
    assertThat(a.indexDir().orElseThrow().getFileName().toString()).matches("index-[0-9a-f]{12}");
    assertThat(a.indexDir()).isNotEqualTo(b.indexDir());
    assertThat(a.indexDir().orElseThrow().getParent()).isEqualTo(Location.home().resolve(".dossier"));
  }
}
