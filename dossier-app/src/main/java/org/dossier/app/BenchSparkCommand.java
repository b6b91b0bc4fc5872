package org.dossier.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier bench spark}: the Spark job on the first N Reuters-21578 stories in
 * {@code local[1]} and {@code local[2]} (each in a JVM of its own, after a warm-up of 20 stories),
 * the per-core rate and the scaling ratio, each JVM's peak heap, and the time to load the output
 * into PostgreSQL (twice: the second load must store nothing).
 */
@Command(name = "spark", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Measure the Spark job: articles/s with each --cores value (local[N], one JVM each, after a warm-up),"
          + " the ratio to one core, the peak heap of each JVM, articles per core-hour; with --db, the time to load"
          + " the output into PostgreSQL (and to load it again, which must store nothing).",
      "Example: dossier bench spark --articles 2000 --cores 1,2 --db 'jdbc:postgresql://127.0.0.1:55432/dossier?user=dossier&password=dossier'"
    })
final class BenchSparkCommand implements Callable<Integer> {

  @Option(names = "--reuters", paramLabel = "DIR", defaultValue = "../shared/data/reuters21578",
      description = "The Reuters-21578 SGML files (default ../shared/data/reuters21578).")
  Path reuters;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "2000", description = "Stories measured (default 2000).")
  int articles;

  @Option(names = "--cores", paramLabel = "N,N", split = ",", defaultValue = "1,2", description = "Task threads of each run (default 1,2).")
  List<Integer> cores;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "500",
      description = "Stories analysed in each JVM before the timed run, so that the JIT compiler has done most of its"
          + " work (default 500; with 20, it still compiled on the spare core during the 1-core run).")
  int warmup;

  @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "2g", description = "Each JVM's heap (-Xmx), default 2g.")
  String heap;

  @Option(names = "--db", paramLabel = "URL", description = "A PostgreSQL store to load the last run's output into.")
  String db;

  @Option(names = "--out", paramLabel = "DIR", description = "Where the runs write (default: a temporary directory).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Path dir = out != null ? Files.createDirectories(out) : Files.createTempDirectory("dossier-bench-spark");
    System.out.println("dossier bench spark --articles " + articles + " --warmup " + warmup + " --cores "
        + String.join(",", cores.stream().map(String::valueOf).toList()) + " --heap " + heap
        + (db != null ? " --db URL" : ""));
    List<Map<String, String>> runs = new ArrayList<>();
    String last = null;
    for (int c : cores) {
      last = dir.resolve("cores-" + c).toString();
      Map<String, String> fields = new LinkedHashMap<>();
      int code = SparkJvm.run(heap, List.of("bench", "--reuters", reuters.toString(), "--articles", Integer.toString(articles),
          "--warmup", Integer.toString(warmup), "--cores", Integer.toString(c), last), line -> {
            if (line.startsWith("bench ")) {
              for (String kv : line.substring(6).split(" ")) {
                int eq = kv.indexOf('=');
                fields.put(kv.substring(0, eq), kv.substring(eq + 1));
              }
            }
          });
      if (code != 0 || fields.isEmpty()) {
        System.err.println("dossier: the Spark run with " + c + " cores failed (exit " + code + ")");
        return Main.ENVIRONMENT;
      }
      runs.add(fields);
    }
    double base = Double.parseDouble(runs.get(0).get("rate")) / Integer.parseInt(runs.get(0).get("cores"));
    System.out.println();
    System.out.println("| cores | articles | seconds | articles/s | × 1 core | CPU s | peak heap | articles per core-hour | merge s |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (Map<String, String> r : runs) {
      int c = Integer.parseInt(r.get("cores"));
      double rate = Double.parseDouble(r.get("rate"));
      System.out.printf(Locale.ROOT, "| %d | %s | %s | %.2f | %.2f | %s | %s MB of %s MB | %,.0f | %s |%n", c, r.get("articles"),
          r.get("seconds"), rate, rate / base, r.get("cpu_seconds"), r.get("peak_heap_mb"), r.get("max_heap_mb"),
          rate / c * 3600, r.get("merge_seconds"));
    }
    if (db != null) {
      System.out.println();
      for (int i = 1; i <= 2; i++) {
        long t0 = System.nanoTime();
        List<String> lines = new ArrayList<>();
        int code = SparkJvm.run(heap, List.of("load", "--db", db, "--index", dir.resolve("index").toString(), last), lines::add);
        double secs = (System.nanoTime() - t0) / 1e9;
        if (code != 0) {
          System.err.println("dossier: the load failed (exit " + code + ")");
          return Main.ENVIRONMENT;
        }
        System.out.printf(Locale.ROOT, "load %d: %s (%.1f s with the JVM and Spark start)%n", i, String.join(" ", lines), secs);
      }
    }
    return Main.OK;
  }
}
