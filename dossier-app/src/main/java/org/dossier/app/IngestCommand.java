package org.dossier.app;

import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.dossier.ingest.Ingest;
import org.dossier.store.ResolveResult;
import org.dossier.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier ingest}: articles into the corpus store, each analysed once. An article whose
 * body is already stored is skipped before it is analysed; each new one is stored in one
 * transaction with its search-index entry, in input order, so a run stopped at any moment (even
 * {@code kill -9}) loses only the articles in flight and the next run stores the rest, each
 * exactly once. Bad articles are recorded with their problem. At the end, entities are resolved
 * across the whole corpus and stories grouped again (the result does not depend on the order the
 * articles came in).
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse articles into the corpus store: entities across articles, stories, search.",
      "PATH is what analyze reads (text files, JSON Lines, HTML pages, WARC files, directories, - for JSON Lines"
          + " on standard input). An article already stored (same body) is skipped and counted; a run stopped at"
          + " any moment can simply be run again.",
      "Exit codes: 0 ok, 1 some articles had problems, 2 usage, 3 environment (the store cannot be opened or written)."
    })
final class IngestCommand implements Callable<Integer> {

  /** Articles stored in one run after which the embedded store's file is compacted (it grows several-fold meanwhile). */
  private static final int COMPACT_AFTER = 1_000;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Articles to ingest.")
  List<String> paths;

  @Option(names = "--db", paramLabel = "DB",
      description = "The store: a directory (embedded H2, created if absent) or a jdbc:postgresql:// URL."
          + " Default: $DOSSIER_DB, else ~/.dossier/corpus.")
  String db;

  @Option(names = "--index", paramLabel = "DIR",
      description = "The search index's directory, for a PostgreSQL store. Default: ~/.dossier/index-<hash of the URL>.")
  Path index;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date of articles that carry none.")
  LocalDate date;

  @Option(names = "--threads", defaultValue = "2", description = "Articles analysed at once. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--max-size", defaultValue = Limits.MAX_SIZE, paramLabel = "BYTES",
      description = "Largest article accepted, in bytes. Default: ${DEFAULT-VALUE}.")
  long maxSize;

  @Option(names = "--timeout", defaultValue = Limits.TIMEOUT, paramLabel = "SECONDS",
      description = "Time one article may take (0: no limit). Default: ${DEFAULT-VALUE}.")
  long timeout;

  @Option(names = "--no-resolve", description = "Do not resolve entities and stories at the end (a later ingest will).")
  boolean noResolve;

  @Override
  public Integer call() {
    if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
          "Invalid value for option '--date': " + date + " is not a date from 0001-01-01 to 9999-12-31");
    }
    if (threads < 1 || maxSize < 1 || timeout < 0) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
          "--threads and --max-size must be at least 1, --timeout 0 or more");
    }
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    String location = db == null ? Store.defaultLocation() : db;
    OptionalLong expected = InputCount.estimate(paths);
    Progress progress = new Progress(err, Progress.terminal(), expected);
    int withProblems;
    try (Store store = Store.open(location, Optional.ofNullable(index))) {
      Analyzer analyzer = new Analyzer(Pipeline.processor(), Limits.budget(timeout));
      Ingestion ingestion = new Ingestion(store, analyzer, threads, err, progress);
      try (ingestion) {
        new Ingest(Optional.ofNullable(date), maxSize).read(paths, ingestion::accept);
        ingestion.finish();
      }
      err.printf(Locale.ROOT, "dossier: %d article%s in %.1f s: %d stored, %d already stored, %d with problems%n",
          ingestion.articles(), ingestion.articles() == 1 ? "" : "s", progress.seconds(), ingestion.stored(),
          ingestion.skipped(), ingestion.withProblems());
      int stored = ingestion.stored();
      withProblems = ingestion.withProblems();
      boolean resolved = !noResolve && stored > 0;
      if (resolved) {
        long t0 = System.nanoTime();
        ResolveResult r = store.resolve();
        err.printf(Locale.ROOT, "dossier: corpus: %d entities from %d article entities (%d merges), %d stories;"
                + " resolved in %.1f s%n", r.corpusEntities(), r.articleEntities(), r.merges(), r.stories(),
            (System.nanoTime() - t0) / 1e9);
      }
      // Last, after every large write: a long run of articles, and resolution, which rewrites the
      // corpus tables whatever the number of new articles (an embedded store grew to 15 times its
      // compacted size over the Reuters corpus)
      if (stored >= COMPACT_AFTER || resolved) {
        long t0 = System.nanoTime();
        store.compact();
        err.printf(Locale.ROOT, "dossier: store compacted in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      }
    }
    return withProblems > 0 ? Main.SOME_PROBLEMS : Main.OK;
  }
}
