package org.dossier.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier load}: the Spark job's Parquet tables into the PostgreSQL store. */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Bulk-load the Parquet tables of the Spark job (dossier spark-local, or spark-submit) into a PostgreSQL store:"
          + " COPY into temporary tables, one INSERT ... SELECT per table in one transaction, articles already stored"
          + " skipped (loading twice stores once); then entities resolved across the corpus and the search index"
          + " brought up to date."
    })
final class LoadCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "PARQUET_DIR", description = "The job's OUTPUT directory.")
  String dir;

  @Option(names = "--db", required = true, paramLabel = "URL", description = "jdbc:postgresql://host:port/db?user=..&password=..")
  String db;

  @Option(names = "--index", paramLabel = "DIR", description = "The search index's directory (default: beside ~/.dossier).")
  String index;

  @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "2g", description = "The loading JVM's heap (-Xmx), default 2g.")
  String heap;

  @Override
  public Integer call() throws Exception {
    List<String> args = new ArrayList<>(List.of("load", "--db", db));
    if (index != null) {
      args.addAll(List.of("--index", index));
    }
    args.add(dir);
    return SparkJvm.run(heap, args);
  }
}
