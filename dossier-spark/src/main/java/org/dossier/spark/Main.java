package org.dossier.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.dossier.ingest.Input;
import org.dossier.ingest.ReutersSgml;
import org.dossier.store.LoadResult;
import org.dossier.store.Store;
import org.dossier.text.Article;

/**
 * The job's entry point, for {@code spark-submit} and for {@code dossier spark-local},
 * {@code dossier load} and {@code dossier bench spark}, which run it in a JVM of its own:
 *
 * <pre>
 * run   [--partitions N] [--json] [--date YYYY-MM-DD] [--timeout SECONDS] INPUT... OUTPUT   (the master from spark-submit)
 * local [--cores N] [same options] INPUT... OUTPUT                                         (local[N] in this JVM)
 * load  --db jdbc:postgresql://... [--index DIR] PARQUET_DIR
 * bench --reuters DIR --articles N --cores N OUTPUT                                        (one measurement, one line)
 * </pre>
 *
 * Exit codes as the CLI's: 0 ok, 1 some articles had problems, 2 usage, 3 environment.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      usage("give a command: run, local, load or bench");
    }
    List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
    int code;
    try {
      code = switch (args[0]) {
        case "run" -> job(rest, Optional.empty());
        case "local" -> job(rest, Optional.of(Runtime.getRuntime().availableProcessors()));
        case "load" -> load(rest);
        case "bench" -> bench(rest);
        default -> usage("unknown command " + args[0] + ": give run, local, load or bench");
      };
    } catch (RuntimeException e) {
      System.err.println("dossier-spark: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      code = 3;
    }
    System.exit(code);
  }

  private static int usage(String message) {
    System.err.println("dossier-spark: " + message);
    System.exit(2);
    return 2;
  }

  /** Takes the value of {@code --name VALUE} out of {@code args}. */
  private static Optional<String> option(List<String> args, String name) {
    int i = args.indexOf(name);
    if (i < 0) {
      return Optional.empty();
    }
    if (i + 1 >= args.size()) {
      usage(name + " needs a value");
    }
    String v = args.remove(i + 1);
    args.remove(i);
    return Optional.of(v);
  }

  private static boolean flag(List<String> args, String name) {
    return args.remove(name);
  }

  private static int job(List<String> args, Optional<Integer> localCores) {
    int cores = option(args, "--cores").map(Integer::parseInt).orElse(localCores.orElse(0));
    Optional<Integer> partitions = option(args, "--partitions").map(Integer::parseInt);
    boolean json = flag(args, "--json");
    Optional<LocalDate> date = option(args, "--date").map(LocalDate::parse);
    long timeout = option(args, "--timeout").map(Long::parseLong).orElse(300L);
    long maxBytes = option(args, "--max-size").map(Long::parseLong).orElse(2_000_000L);
    if (args.size() < 2) {
      return usage("give INPUT... OUTPUT");
    }
    String output = args.remove(args.size() - 1);
    SparkSession spark = localCores.isPresent() ? local(cores, "dossier") : configured(SparkSession.builder().appName("dossier")).getOrCreate();
    try {
      int n = partitions.orElse(Math.max(2, spark.sparkContext().defaultParallelism() * 4));
      Job.Options o = new Job.Options(n, json, date, maxBytes, timeout, Optional.empty());
      long t0 = System.nanoTime();
      Job.Summary s = Job.run(spark, Job.read(spark, args, o), output, o);
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "%d articles analysed, %d failed, %d problems, %d entities in %.1f s (%.2f articles/s);"
          + " merged into %d corpus entities (%d merges) in %.1f s; Parquet in %s%n", s.articles(), s.failed(), s.problems(),
          s.entities(), s.analyseMillis() / 1000.0, s.articles() * 1000.0 / Math.max(1, s.analyseMillis()),
          s.merge().corpusEntities(), s.merge().merges(), s.merge().millis() / 1000.0, output);
      System.out.printf(Locale.ROOT, "total %.1f s%n", secs);
      return s.failed() > 0 ? 1 : 0;
    } finally {
      spark.stop();
    }
  }

  private static int load(List<String> args) {
    String db = option(args, "--db").orElseGet(() -> {
      usage("give --db jdbc:postgresql://...");
      return "";
    });
    Optional<Path> index = option(args, "--index").map(Path::of);
    if (args.size() != 1) {
      return usage("give one PARQUET_DIR");
    }
    SparkSession spark = local(Runtime.getRuntime().availableProcessors(), "dossier-load");
    try (Store store = Store.open(db, index)) {
      long t0 = System.nanoTime();
      LoadResult r = store.load(new ParquetSource(spark, args.get(0)));
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "loaded %d articles (%d already stored), %d rows in %.1f s: copy %.1f s, insert %.1f s,"
          + " resolve %.1f s, index %.1f s%n", r.articles(), r.skipped(), r.rows(), secs, r.copyMillis() / 1000.0,
          r.insertMillis() / 1000.0, r.resolveMillis() / 1000.0, r.indexMillis() / 1000.0);
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** One measurement: the first N Reuters stories with a body on local[cores], after a warm-up. */
  private static int bench(List<String> args) {
    String reuters = option(args, "--reuters").orElseGet(() -> {
      usage("give --reuters DIR");
      return "";
    });
    int articles = option(args, "--articles").map(Integer::parseInt).orElse(2000);
    int cores = option(args, "--cores").map(Integer::parseInt).orElse(1);
    int warmup = option(args, "--warmup").map(Integer::parseInt).orElse(20);
    if (args.size() != 1) {
      return usage("give one OUTPUT directory");
    }
    String output = args.get(0);
    List<Article> stories;
    try {
      stories = ReutersSgml.read(Path.of(reuters), warmup + articles);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read Reuters-21578 at " + reuters + ": " + e.getMessage(), e);
    }
    List<RawInput> all = stories.stream().map(a -> new RawInput(new Input(a, List.of()))).toList();
    SparkSession spark = local(cores, "dossier-bench");
    try {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      int partitions = cores * 8;
      Job.Options o = Job.Options.defaults(partitions);
      if (warmup > 0) {
        JavaRDD<RawInput> w = jsc.parallelize(all.subList(0, Math.min(warmup, all.size())), cores);
        Job.run(spark, w, output + "-warmup", o);
        Job.delete(spark, output + "-warmup");
      }
      JavaRDD<RawInput> timed = jsc.parallelize(all.subList(Math.min(warmup, all.size()), all.size()), partitions);
      long cpu0 = processCpu();
      Job.Summary s = Job.run(spark, timed, output, o);
      long cpu1 = processCpu();
      System.out.printf(Locale.ROOT, "bench cores=%d articles=%d failed=%d seconds=%.2f rate=%.3f cpu_seconds=%.1f"
          + " peak_heap_mb=%d max_heap_mb=%d merge_seconds=%.2f corpus_entities=%d%n", cores, s.articles(), s.failed(),
          s.analyseMillis() / 1000.0, s.articles() * 1000.0 / Math.max(1, s.analyseMillis()), (cpu1 - cpu0) / 1e9,
          peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20, s.merge().millis() / 1000.0, s.merge().corpusEntities());
      return 0;
    } finally {
      spark.stop();
    }
  }

  private static long processCpu() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  /** The sum of the heap pools' peaks since the JVM started, in MiB. */
  static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum >> 20;
  }

  /** A Spark session in this JVM with {@code cores} task threads; a failed task is tried up to 4 times. */
  static SparkSession local(int cores, String name) {
    return configured(SparkSession.builder().appName(name).master("local[" + cores + ",4]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", Integer.toString(Math.max(2, cores * 4)))).getOrCreate();
  }

  /** The settings the job needs wherever it runs: days as java.time, overwrite by partition. */
  static SparkSession.Builder configured(SparkSession.Builder b) {
    return b.config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        .config("spark.sql.datetime.java8API.enabled", "true")
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false");
  }
}
