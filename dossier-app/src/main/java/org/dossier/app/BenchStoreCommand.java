package org.dossier.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.dossier.analysis.Analysis;
import org.dossier.ingest.Input;
import org.dossier.json.AnalysisJson;
import org.dossier.store.ExportEntity;
import org.dossier.store.ResolveResult;
import org.dossier.store.SearchQuery;
import org.dossier.store.Stats;
import org.dossier.store.Store;
import org.dossier.text.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dossier bench store}: what storing costs. The same articles, in one JVM after one
 * warm-up, analysed as {@code dossier analyze --format json} does (the JSON written to a sink that
 * drops it) and ingested into each store given through the loop {@code dossier ingest} runs
 * ({@link Ingestion}), in rounds over slices of the input so that a busy spell of a shared machine
 * weighs on every kind of pass alike. Reports the articles per second of each kind and their
 * ratio, the time of compaction and resolution, the bytes on disk per article, and then the
 * latency of what {@code dossier entity}, {@code timeline} and {@code search} ask the store, warm,
 * in this JVM (no JVM start, no printing): p50, p95, the slowest.
 */
@Command(name = "store", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Measure storing: the same articles analysed as dossier analyze --format json does, then ingested into each"
          + " --db (as dossier ingest does), side by side; bytes on disk per article; and the latency of entity,"
          + " timeline and search queries on each store.",
      "Each --db must be empty (a new directory, or an empty PostgreSQL database). Without --db, a new embedded"
          + " store in a temporary directory (deleted at the end).",
      "Example: dossier bench store --corpus reuters --articles 0 --db /tmp/h2-bench --db"
          + " 'jdbc:postgresql://127.0.0.1:55432/bench?user=postgres'"
    })
final class BenchStoreCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "KIND",
      description = "reuters, reuters-long or jsonl (--input), as for dossier bench. Default: jsonl with --input, else reuters.")
  String corpus;

  @Option(names = "--input", paramLabel = "FILE.jsonl", description = "Measure these articles (JSON Lines).")
  Path input;

  @Option(names = "--reuters", paramLabel = "DIR", defaultValue = "../shared/data/reuters21578",
      description = "The Reuters-21578 SGML directory. Default: ${DEFAULT-VALUE}.")
  Path reuters;

  @Option(names = "--words", paramLabel = "N", defaultValue = "370",
      description = "Least words of a reuters-long article. Default: ${DEFAULT-VALUE}.")
  int words;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "0",
      description = "The first N articles of the corpus; 0 for all of them. Default: ${DEFAULT-VALUE}.")
  int articles;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Articles analysed at once, in every pass. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "200",
      description = "Articles analysed once before anything is timed. Default: ${DEFAULT-VALUE}.")
  int warmup;

  @Option(names = "--db", paramLabel = "DB",
      description = "A store to ingest into: a directory (embedded H2) or a jdbc:postgresql:// URL; repeatable."
          + " It must be empty.")
  List<String> dbs = new ArrayList<>();

  @Option(names = "--index", paramLabel = "DIR",
      description = "The search index's directory for a PostgreSQL store (a new temporary one if absent).")
  Path index;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "10",
      description = "Slices of the input, each analysed and then ingested into every store before the next, so that the"
          + " machine's busy spells weigh on every pass alike. Default: ${DEFAULT-VALUE}.")
  int rounds;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "200",
      description = "Entities (and searches) to time queries with on each store; 0 skips the queries. Default: ${DEFAULT-VALUE}.")
  int queries;

  @Option(names = "--queries-only",
      description = "Only time the queries, on each --db as it is (stores that already hold a corpus); nothing is"
          + " analysed or ingested.")
  boolean queriesOnly;

  @Override
  public Integer call() throws Exception {
    CommandLine cli = spec.commandLine();
    if (articles < 0 || warmup < 0 || queries < 0 || threads < 1 || rounds < 1) {
      throw new CommandLine.ParameterException(cli,
          "--articles, --warmup and --queries must not be negative, --threads and --rounds at least 1");
    }
    if (queriesOnly) {
      return queriesOnly(cli);
    }
    BenchCorpus source;
    try {
      source = new BenchCorpus(BenchCorpus.Kind.of(corpus != null ? corpus : input != null ? "jsonl" : "reuters"),
          reuters, Optional.ofNullable(input), words);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
    if (source.needsReuters() && !Files.isDirectory(reuters)) {
      System.err.println("dossier: bench store needs the Reuters-21578 corpus: no directory " + reuters + " (use --reuters DIR)");
      return Main.USAGE;
    }
    Path scratch = Files.createTempDirectory("dossier-bench-store");
    try {
      List<String> stores = dbs.isEmpty() ? List.of(scratch.resolve("h2").toString()) : dbs;
      for (String db : stores) {
        try (Store store = open(db, scratch)) {
          long held = store.stats().articles();
          if (held > 0) {
            System.err.printf(Locale.ROOT, "dossier: bench store needs empty stores: %s holds %,d articles%n", db, held);
            return Main.USAGE;
          }
        }
      }
      return run(source, stores, scratch);
    } finally {
      deleteTree(scratch);
    }
  }

  private int run(BenchCorpus source, List<String> stores, Path scratch) throws Exception {
    PrintWriter out = new PrintWriter(System.out, true);
    out.printf(Locale.ROOT, "dossier bench store — %d cores, max heap %s, Java %s, system load average %.2f at the start%n",
        Runtime.getRuntime().availableProcessors(), BenchCommand.mb(Runtime.getRuntime().maxMemory()),
        System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    out.println("command      " + commandLine());
    List<Article> all = source.first(articles == 0 ? Integer.MAX_VALUE : articles).articles();
    if (all.isEmpty()) {
      System.err.println("dossier: bench store: no readable article in the input");
      return Main.USAGE;
    }
    long words = all.stream().mapToLong(a -> org.dossier.app.corpus.JoinedStories.words(a.body())).sum();
    out.printf(Locale.ROOT, "input        %,d %s, %,d words (%,.0f words/article)%n", all.size(), source.describe(), words,
        (double) words / all.size());
    long t0 = System.nanoTime();
    Analyzer analyzer = new Analyzer(Pipeline.processor(), Limits.budget(Long.parseLong(Limits.TIMEOUT)));
    out.printf(Locale.ROOT, "model load   %.2f s%n", (System.nanoTime() - t0) / 1e9);
    List<Article> warm = all.subList(0, Math.min(warmup, all.size()));
    double warmSeconds = analyse(analyzer, warm, a -> { });
    out.printf(Locale.ROOT, "warm-up      the first %,d articles once, %d thread%s: %.1f s (not counted)%n",
        warm.size(), threads, threads == 1 ? "" : "s", warmSeconds);

    Writer sink = Writer.nullWriter();
    Consumer<Analysis> json = a -> {
      try {
        sink.write(AnalysisJson.toLine(a));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    };
    List<Store> open = new ArrayList<>();
    try {
      List<Pass> passes = new ArrayList<>();
      for (String db : stores) {
        Store store = open(db, scratch);
        open.add(store);
        Pass pass = new Pass();
        pass.emptyBytes = store.stats().bytesOnDisk();
        passes.add(pass);
      }
      Pass analyse = new Pass();
      // rounds over slices of the input, each slice analysed and then ingested into every store:
      // a busy spell of the machine weighs on every kind of pass alike
      int rounds = Math.max(1, Math.min(this.rounds, all.size()));
      for (int round = 0; round < rounds; round++) {
        List<Article> slice = all.subList(round * all.size() / rounds, (round + 1) * all.size() / rounds);
        analyse.seconds += analyse(analyzer, slice, json);
        for (int i = 0; i < open.size(); i++) {
          passes.get(i).add(ingest(open.get(i), analyzer, slice));
        }
        if (Progress.terminal()) {
          System.err.printf(Locale.ROOT, "\r\033[Kdossier: bench store: round %d/%d done", round + 1, rounds);
        }
      }
      if (Progress.terminal()) {
        System.err.print("\r\033[K");
      }
      double analyseRate = all.size() / analyse.seconds;
      out.printf(Locale.ROOT, "analyze      %,d articles, %d thread%s, the JSON of each written to a sink that drops it:"
          + " %.1f s, %.2f articles/s%n", all.size(), threads, threads == 1 ? "" : "s", analyse.seconds, analyseRate);
      for (int i = 0; i < open.size(); i++) {
        report(out, stores.get(i), open.get(i), passes.get(i), all.size(), analyseRate);
      }
    } finally {
      for (Store store : open) {
        store.close();
      }
    }
    out.printf(Locale.ROOT, "             (%d rounds, each over the next slice of the input: analysed, then ingested into each"
        + " store; articles/s of ingest: analysing and storing each article, as dossier ingest's loop; compaction"
        + " and resolution are timed apart, once at the end; on disk: the database and the search index after compaction;"
        + " queries: the store calls of dossier entity NAME, timeline NAME and search TEXT, each run twice, the second"
        + " timed)%n", Math.max(1, Math.min(rounds, all.size())));
    return Main.OK;
  }

  private int queriesOnly(CommandLine cli) throws IOException {
    if (dbs.isEmpty() || queries == 0) {
      throw new CommandLine.ParameterException(cli, "--queries-only needs at least one --db and --queries above 0");
    }
    PrintWriter out = new PrintWriter(System.out, true);
    out.printf(Locale.ROOT, "dossier bench store — %d cores, max heap %s, Java %s, system load average %.2f at the start%n",
        Runtime.getRuntime().availableProcessors(), BenchCommand.mb(Runtime.getRuntime().maxMemory()),
        System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    out.println("command      " + commandLine());
    Path scratch = Files.createTempDirectory("dossier-bench-store");
    try {
      for (String db : dbs) {
        try (Store store = open(db, scratch)) {
          Stats stats = store.stats();
          out.printf(Locale.ROOT, "store        %s: %,d articles, on disk %s%n", kind(db), stats.articles(),
              BenchCommand.mb(stats.bytesOnDisk()));
          queries(out, store);
        }
      }
    } finally {
      deleteTree(scratch);
    }
    return Main.OK;
  }

  /** The time and counts of one kind of pass, summed over the rounds. */
  private static final class Pass {
    /** The store's size on disk before the first article (a PostgreSQL database's catalog). */
    long emptyBytes;
    double seconds;
    int stored;
    int skipped;
    int withProblems;

    void add(Pass p) {
      seconds += p.seconds;
      stored += p.stored;
      skipped += p.skipped;
      withProblems += p.withProblems;
    }
  }

  private Pass ingest(Store store, Analyzer analyzer, List<Article> slice) {
    Progress quiet = new Progress(new PrintWriter(Writer.nullWriter()), false);
    PrintWriter problems = new PrintWriter(Writer.nullWriter());
    long t0 = System.nanoTime();
    Ingestion ingestion = new Ingestion(store, analyzer, threads, problems, quiet);
    try (ingestion) {
      for (Article a : slice) {
        ingestion.accept(new Input(a, List.of()));
      }
      ingestion.finish();
    }
    Pass p = new Pass();
    p.seconds = (System.nanoTime() - t0) / 1e9;
    p.stored = ingestion.stored();
    p.skipped = ingestion.skipped();
    p.withProblems = ingestion.withProblems();
    return p;
  }

  private void report(PrintWriter out, String db, Store store, Pass pass, int articles, double analyseRate) {
    double rate = articles / pass.seconds;
    long r0 = System.nanoTime();
    ResolveResult resolved = store.resolve();
    double resolveSeconds = (System.nanoTime() - r0) / 1e9;
    long c0 = System.nanoTime();
    store.compact(); // after resolution, the last large write (it rewrites the corpus tables)
    double compactSeconds = (System.nanoTime() - c0) / 1e9;
    Stats stats = store.stats();
    out.printf(Locale.ROOT, "ingest       %s: %.1f s, %.2f articles/s = %.1f%% of analyze; %,d stored, %,d already stored"
        + " (same body), %,d with problems%n", kind(db), pass.seconds, rate, 100 * rate / analyseRate, pass.stored,
        pass.skipped, pass.withProblems);
    long grown = stats.bytesOnDisk() - pass.emptyBytes;
    out.printf(Locale.ROOT, "             resolve %.1f s (%,d corpus entities from %,d, %,d stories); compact %.1f s; on disk"
        + " %s, %s more than empty = %,.1f KB per stored article%n", resolveSeconds,
        resolved.corpusEntities(), resolved.articleEntities(), resolved.stories(), compactSeconds, BenchCommand.mb(stats.bytesOnDisk()),
        BenchCommand.mb(grown), grown / 1000.0 / Math.max(1, stats.articles()));
    if (queries > 0) {
      queries(out, store);
    }
  }

  /**
   * Times the calls of {@code entity}, {@code timeline} and {@code search} for entities drawn
   * from the store: the most mentioned first (the slowest profiles), then a seeded sample of the
   * rest; searches for their names.
   */
  private void queries(PrintWriter out, Store store) {
    List<ExportEntity> entities = new ArrayList<>();
    store.exportEntities(entities::add);
    if (entities.isEmpty()) {
      out.println("queries      no entity in the store");
      return;
    }
    entities.sort(Comparator.comparingInt((ExportEntity e) -> e.mentions().size()).reversed()
        .thenComparing(ExportEntity::corpusId));
    List<String> names = new ArrayList<>();
    int top = Math.min(entities.size(), queries / 4);
    for (int i = 0; i < top; i++) {
      names.add(entities.get(i).name());
    }
    List<ExportEntity> rest = new ArrayList<>(entities.subList(top, entities.size()));
    java.util.Collections.shuffle(rest, new Random(20261204));
    for (int i = 0; names.size() < queries && i < rest.size(); i++) {
      names.add(rest.get(i).name());
    }
    long[] entity = time(names, name -> EntityChoice.of(store, name).flatMap(c -> store.entity(c.best().corpusId())));
    long[] timeline = time(names, name -> EntityChoice.of(store, name)
        .map(c -> store.timeline(c.best().corpusId(), Optional.empty(), Optional.empty())));
    long[] search = time(names, name -> store.search(SearchQuery.of(name)));
    out.printf(Locale.ROOT, "queries      %,d entities (the %,d most mentioned, then a seeded sample of %,d): ms%n",
        names.size(), top, entities.size() - top);
    out.printf(Locale.ROOT, "             %-9s %7s %7s %7s%n", "", "p50", "p95", "max");
    out.printf(Locale.ROOT, "             %-9s %7.1f %7.1f %7.1f%n", "entity", ms(entity, 0.50), ms(entity, 0.95), ms(entity, 1));
    out.printf(Locale.ROOT, "             %-9s %7.1f %7.1f %7.1f%n", "timeline", ms(timeline, 0.50), ms(timeline, 0.95),
        ms(timeline, 1));
    out.printf(Locale.ROOT, "             %-9s %7.1f %7.1f %7.1f%n", "search", ms(search, 0.50), ms(search, 0.95), ms(search, 1));
  }

  /** Each query once to warm up, then each once more, timed; nanoseconds, sorted. */
  private static long[] time(List<String> names, Consumer<String> query) {
    names.forEach(query);
    long[] ns = new long[names.size()];
    for (int i = 0; i < ns.length; i++) {
      long t0 = System.nanoTime();
      query.accept(names.get(i));
      ns[i] = System.nanoTime() - t0;
    }
    Arrays.sort(ns);
    return ns;
  }

  /** The {@code q} quantile of sorted nanoseconds, in ms (nearest rank). */
  static double ms(long[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  /** Analyses every article on {@code threads} threads, handing each result to {@code use} in order; seconds. */
  private double analyse(Analyzer analyzer, List<Article> articles, Consumer<Analysis> use) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long t0 = System.nanoTime();
      List<Future<Analysis>> inFlight = new ArrayList<>();
      for (Article a : articles) {
        inFlight.add(pool.submit(() -> analyzer.analyse(new Input(a, List.of()))));
        if (inFlight.size() > 2 * threads) {
          use.accept(Analyzer.await(inFlight.remove(0)));
        }
      }
      for (Future<Analysis> f : inFlight) {
        use.accept(Analyzer.await(f));
      }
      return (System.nanoTime() - t0) / 1e9;
    } finally {
      pool.shutdownNow();
    }
  }

  private Store open(String db, Path scratch) {
    boolean postgres = db.startsWith("jdbc:postgresql:");
    Path dir = index != null ? index : scratch.resolve("index-" + Integer.toHexString(db.hashCode()));
    return Store.open(db, postgres ? Optional.of(dir) : Optional.empty());
  }

  private static String kind(String db) {
    return db.startsWith("jdbc:postgresql:") ? "PostgreSQL " + db.replaceAll("password=[^&]*", "password=...") : "H2 " + db;
  }

  private String commandLine() {
    List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> !a.startsWith("-Ddossier.progress=")).toList();
    String opts = jvm.isEmpty() ? "" : "DOSSIER_JAVA_OPTS=\"" + String.join(" ", jvm) + "\" ";
    List<String> args = spec.commandLine().getParseResult().originalArgs();
    List<String> own = args.subList(args.indexOf("store") + 1, args.size());
    return opts + "./dossier bench store " + String.join(" ", own.stream().map(BenchStoreCommand::quoted).toList());
  }

  /** An argument as a shell reads it back, with any password hidden. */
  private static String quoted(String arg) {
    String shown = arg.replaceAll("password=[^&]*", "password=...");
    return shown.matches("[\\w./:=,+-]+") ? shown : "'" + shown.replace("'", "'\\''") + "'";
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
