package org.dossier.store;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store contract on PostgreSQL, at {@code DOSSIER_TEST_PG_URL} ({@code .ci/postgres.sh} starts
 * one and prints it). Skipped without it, except on CI, where a missing server is a failure.
 */
class PostgresStoreTest extends StoreContract {

  private static final String URL = System.getenv("DOSSIER_TEST_PG_URL");

  @BeforeEach
  @Override
  void openStore() {
    if (URL == null || URL.isBlank()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("DOSSIER_TEST_PG_URL is not set on CI: run `eval \"$(.ci/postgres.sh)\"` before the tests");
      }
      assumeTrue(false, "DOSSIER_TEST_PG_URL is not set: PostgreSQL tests skipped");
    }
    try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS public CASCADE");
      s.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      fail("cannot reset the test database at DOSSIER_TEST_PG_URL: " + e.getMessage());
    }
    super.openStore();
  }

  @Override
  String location() {
    return URL;
  }

  @Override
  Optional<Path> indexDir() {
    return Optional.of(temp.resolve("index"));
  }
}
