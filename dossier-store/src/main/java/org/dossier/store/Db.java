package org.dossier.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/** The database of a store: a small connection pool, transactions, and errors a user can read. */
final class Db implements AutoCloseable {

  /** Work on a connection. */
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final HikariDataSource pool;
  private final Location location;

  private Db(HikariDataSource pool, Location location) {
    this.pool = pool;
    this.location = location;
  }

  /** Connects and brings the schema up to date. */
  static Db open(Location location) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(location.jdbcUrl());
    config.setPoolName("dossier-store");
    config.setMaximumPoolSize(location.kind() == Location.Kind.POSTGRESQL ? 8 : 4);
    if (location.kind() == Location.Kind.POSTGRESQL) {
      // a batch of rows goes to the server as multi-row INSERTs, not one statement per row
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    config.setMinimumIdle(1);
    config.setInitializationFailTimeout(1);
    config.setConnectionTimeout(10_000);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw translate("cannot open the database " + location.display(), e);
    }
    Db db = new Db(pool, location);
    try {
      MigrateResult result =
          Flyway.configure().loggers("slf4j").dataSource(pool).locations("classpath:db/migration").load().migrate();
      if ("1".equals(result.initialSchemaVersion)) {
        // version 2 keeps the entity profiles beside the corpus entities: a store resolved before
        // it gets them from its corpus entities, once
        db.inTransaction("fill the entity profiles", c -> {
          EntityProfiles.rebuild(c);
          return null;
        });
      }
    } catch (FlywayException | StoreException e) {
      pool.close();
      throw translate("cannot bring the database " + location.display() + " up to date", e);
    }
    return db;
  }

  Location location() {
    return location;
  }

  /** Runs {@code work} on a connection in auto-commit mode. */
  <T> T read(String doing, Work<T> work) {
    try (Connection c = pool.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw translate(doing, e);
    }
  }

  /** Runs {@code work} in one transaction: all of it is committed, or none. */
  <T> T inTransaction(String doing, Work<T> work) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw translate(doing, e);
    }
  }

  /** Maps one row of a result. */
  interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** The rows of a query with parameters. */
  <T> List<T> list(String doing, String sql, Row<T> row, Object... args) {
    return read(doing, c -> list(c, sql, row, args));
  }

  static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(row.map(rs));
        }
        return out;
      }
    }
  }

  /** A nullable DATE column. */
  static Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
    java.sql.Date d = rs.getDate(column);
    return d == null ? Optional.empty() : Optional.of(d.toLocalDate());
  }

  /** A nullable text column. */
  static Optional<String> text(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  /** Runs one statement with parameters; the number of rows changed. */
  int update(String sql, Object... args) {
    return read("update the database", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          ps.setObject(i + 1, args[i]);
        }
        return ps.executeUpdate();
      }
    });
  }

  /** The bytes the database takes on disk, where it can tell; -1 when it cannot. */
  long bytesOnDisk() {
    if (location.kind() != Location.Kind.POSTGRESQL) {
      return -1;
    }
    return read("measure the database", c -> {
      try (Statement s = c.createStatement();
          var rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /**
   * Gives the space of old row versions back to the disk: an embedded database is rewritten
   * (it grows several-fold while articles stream in), PostgreSQL is vacuumed. This database is
   * closed; use the one returned.
   */
  Db compact() {
    if (location.kind() == Location.Kind.H2_FILE) {
      pool.close();
      try {
        Connection c = java.sql.DriverManager.getConnection(location.jdbcUrl());
        try (Statement s = c.createStatement()) {
          s.execute("SHUTDOWN COMPACT");
        } finally {
          closeQuietly(c);
        }
      } catch (SQLException e) {
        throw translate("cannot compact the database " + location.display(), e);
      }
      return open(location);
    }
    if (location.kind() == Location.Kind.POSTGRESQL) {
      read("vacuum the database", c -> {
        try (Statement s = c.createStatement()) {
          s.execute("VACUUM ANALYZE");
        }
        return null;
      });
    }
    return this;
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException alreadyClosedByTheShutdown) {
      // nothing left to release
    }
  }

  @Override
  public void close() {
    if (location.kind() == Location.Kind.H2_MEMORY) {
      try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      } catch (SQLException e) {
        // the memory database is gone either way
      }
    }
    pool.close();
  }

  /** Whether {@code e} says a unique key was already there. */
  static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  /**
   * Whether {@code e} refuses the data of the statement rather than failing the database: a
   * value out of range or a violated constraint (SQLSTATE classes 22 and 23), so that the next
   * article may well go in.
   */
  static boolean isDataError(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return state.startsWith("22") || state.startsWith("23") && !isUniqueViolation(e);
  }

  /** The first line of the database's message. */
  static String firstLine(SQLException e) {
    String message = String.valueOf(e.getMessage()).strip();
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end).strip();
  }

  /** One line for the user, whatever went wrong underneath. */
  static StoreException translate(String doing, Throwable e) {
    if (e instanceof StoreException se) {
      return se;
    }
    String detail = describe(e);
    return new StoreException(detail.isEmpty() ? doing : doing + ": " + detail, e);
  }

  private static String describe(Throwable top) {
    for (Throwable e = top; e != null; e = e.getCause()) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("No space left on device") || message.contains("disk full")) {
        return "the disk is full";
      }
      if (e instanceof SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        int code = sql.getErrorCode();
        if (code == 90020 || message.contains("already in use") || message.contains("Locked by another process")) {
          return "it is locked by another process (is another dossier command running on it?)";
        }
        if (state.equals("53100")) {
          return "the database server's disk is full";
        }
        if (state.startsWith("28")) {
          return "the server refused the user name or password";
        }
        if (state.equals("3D000")) {
          return "the server has no such database";
        }
        if (state.startsWith("08")) {
          return "the server refused the connection or cannot be reached (is it running?)";
        }
        if (code == 90030 || state.equals("XX001")) {
          return "the database file is corrupted";
        }
        if (code == 90028 || code == 90031 || code == 90062 || code == 90096) {
          return "cannot read or write its files (" + firstLine(message) + ")";
        }
      }
    }
    return firstLine(String.valueOf(rootCause(top).getMessage()));
  }

  private static Throwable rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static String firstLine(String message) {
    String line = message.lines().findFirst().orElse("").strip();
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
