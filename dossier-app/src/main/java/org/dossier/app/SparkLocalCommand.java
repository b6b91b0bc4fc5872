package org.dossier.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier spark-local}: the Spark job on this machine, {@code local[N]}, without a cluster. */
@Command(name = "spark-local", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Run the Spark job (docs/spark.md) on this machine: every article under INPUT analysed, the analysis written"
          + " under OUTPUT as Parquet tables partitioned by article day, entities merged across the whole OUTPUT.",
      "Then: dossier load OUTPUT --db jdbc:postgresql://..."
    })
final class SparkLocalCommand implements Callable<Integer> {

  @Parameters(arity = "2..*", paramLabel = "INPUT... OUTPUT",
      description = "Files or directories to read (as dossier analyze reads them, and Reuters-21578 .sgm files), then the output directory.")
  List<String> paths;

  @Option(names = "--cores", paramLabel = "N", description = "Task threads (default: every core).")
  Integer cores;

  @Option(names = "--json", description = "Also write the analyses as JSON Lines (OUTPUT/json).")
  boolean json;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date of articles that carry none.")
  String date;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300", description = "The time one article may take (0: no limit).")
  long timeout;

  @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "2g", description = "The Spark JVM's heap (-Xmx), default 2g.")
  String heap;

  @Override
  public Integer call() throws Exception {
    List<String> args = new ArrayList<>(List.of("local", "--timeout", Long.toString(timeout)));
    if (cores != null) {
      args.addAll(List.of("--cores", cores.toString()));
    }
    if (json) {
      args.add("--json");
    }
    if (date != null) {
      args.addAll(List.of("--date", date));
    }
    args.addAll(paths);
    return SparkJvm.run(heap, args);
  }
}
