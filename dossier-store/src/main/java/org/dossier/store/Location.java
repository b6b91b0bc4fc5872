package org.dossier.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/** Where a store lives: the JDBC URL of its database and the directory of its index (none: in memory). */
record Location(String jdbcUrl, Optional<Path> indexDir, Kind kind) {

  enum Kind {
    H2_FILE,
    H2_MEMORY,
    POSTGRESQL
  }

  static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  /** Reads a {@code db} argument: a directory, a {@code jdbc:postgresql:} URL or {@code jdbc:h2:mem:}. */
  static Location parse(String db, Optional<Path> indexDir) {
    if (db == null || db.isBlank()) {
      throw new IllegalArgumentException("db must be a directory or a JDBC URL: '" + db + "'");
    }
    if (db.startsWith("jdbc:postgresql:")) {
      Path index = indexDir.orElseGet(() -> home().resolve(".dossier").resolve("index-" + shortHash(db)));
      return new Location(db, Optional.of(index), Kind.POSTGRESQL);
    }
    if (db.startsWith("jdbc:h2:mem:")) {
      String name = db.substring("jdbc:h2:mem:".length());
      if (name.isEmpty()) {
        name = "dossier-" + UUID.randomUUID();
      }
      return new Location("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS, indexDir, Kind.H2_MEMORY);
    }
    if (db.startsWith("jdbc:")) {
      throw new StoreException(
          "unsupported database URL " + db.split("[?;]")[0] + ": give a directory or a jdbc:postgresql:// URL");
    }
    Path dir = Path.of(db).toAbsolutePath().normalize();
    String url = "jdbc:h2:file:" + dir.resolve("corpus") + H2_OPTIONS;
    return new Location(url, Optional.of(indexDir.orElse(dir.resolve("index"))), Kind.H2_FILE);
  }

  /** The directory of an embedded store, when it is one. */
  Optional<Path> directory() {
    return kind == Kind.H2_FILE ? indexDir.map(Path::getParent) : Optional.empty();
  }

  /** The URL without its password, for messages. */
  String display() {
    return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  static Path home() {
    return Path.of(System.getProperty("user.home"));
  }

  static String shortHash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
