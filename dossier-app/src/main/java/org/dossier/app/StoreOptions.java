package org.dossier.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dossier.store.Store;
import org.dossier.store.StoreException;
import picocli.CommandLine.Option;

/** {@code --db} and {@code --index}: which corpus a command reads. */
final class StoreOptions {

  @Option(names = "--db", paramLabel = "DB",
      description = "The corpus: a directory (embedded store) or a jdbc:postgresql:// URL."
          + " Default: $DOSSIER_DB, else ~/.dossier/corpus.")
  String db;

  @Option(names = "--index", paramLabel = "DIR",
      description = "The search index of a PostgreSQL corpus. Default: ~/.dossier/index-<hash of the URL>.")
  Path index;

  /** What a command does with the open store; returns the exit code. */
  interface Work {
    int run(Store store, PrintWriter out) throws Exception;
  }

  /** The location asked for, else {@link Store#defaultLocation()}. */
  String location() {
    return db == null || db.isBlank() ? Store.defaultLocation() : db;
  }

  /**
   * Opens the store, runs {@code work} with standard output, and closes it. A store that does not
   * exist, or cannot be opened, is one line on standard error and exit code 3: reading never creates
   * a store.
   */
  int run(Work work) throws Exception {
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    String where = location();
    if (!where.startsWith("jdbc:")) {
      Path dir = Path.of(where);
      if (!Files.isRegularFile(dir.resolve("corpus.mv.db"))) {
        err.println("dossier: no corpus at " + dir + ": ingest articles first (dossier ingest PATH --db " + dir
            + "), or give --db or DOSSIER_DB");
        return Main.ENVIRONMENT;
      }
    }
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      // the store's libraries log through SLF4J, which the CLI does not bind: no notice about that
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    try (Store store = Store.open(where, Optional.ofNullable(index))) {
      return work.run(store, out);
    } catch (StoreException e) {
      out.flush();
      err.println("dossier: " + e.getMessage());
      return Main.ENVIRONMENT;
    } finally {
      out.flush();
    }
  }
}
