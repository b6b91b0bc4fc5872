package org.dossier.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dossier.extract.GuardedProcessor;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.Input;
import org.dossier.ingest.ReutersSgml;
import org.dossier.store.BulkTable;
import org.dossier.store.Store;
import scala.Tuple2;

/**
 * The corpus job, in order: read the inputs (JSON Lines, text, HTML, WARC, Reuters-21578 SGML) from
 * any Hadoop-compatible path; keep each body once (by its SHA-256); analyse every article with the
 * executor's one pipeline behind the per-article guard; write each table as Parquet partitioned by
 * the article's day, replacing only the days this run wrote; then merge entities across the whole
 * output ({@link Merge}).
 */
final class Job {

  /**
   * What to run; sent to the executors with the tasks (hence no {@code Optional} fields).
   *
   * @param partitions how many pieces the articles are cut into for analysis (a few per core)
   * @param json also write the contract's JSON Lines ({@code OUTPUT/json})
   * @param defaultDate the date of articles that carry none
   * @param maxBytes the largest article read
   * @param timeoutSeconds the time one article may take (0: no limit)
   * @param failOnce for tests: the id of an article whose first task attempt dies
   */
  static final class Options implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int partitions;
    private final boolean json;
    private final LocalDate defaultDate; // null: none
    private final long maxBytes;
    private final long timeoutSeconds;
    private final String failOnce; // null: none

    Options(int partitions, boolean json, Optional<LocalDate> defaultDate, long maxBytes, long timeoutSeconds,
        Optional<String> failOnce) {
      if (partitions < 1) {
        throw new IllegalArgumentException("partitions must be positive: " + partitions);
      }
      this.partitions = partitions;
      this.json = json;
      this.defaultDate = defaultDate.orElse(null);
      this.maxBytes = maxBytes;
      this.timeoutSeconds = timeoutSeconds;
      this.failOnce = failOnce.orElse(null);
    }

    static Options defaults(int partitions) {
      return new Options(partitions, false, Optional.empty(), 2_000_000, 300, Optional.empty());
    }

    int partitions() {
      return partitions;
    }

    boolean json() {
      return json;
    }

    Optional<LocalDate> defaultDate() {
      return Optional.ofNullable(defaultDate);
    }

    long maxBytes() {
      return maxBytes;
    }

    long timeoutSeconds() {
      return timeoutSeconds;
    }

    Optional<String> failOnce() {
      return Optional.ofNullable(failOnce);
    }
  }

  /** What a run did. */
  record Summary(long articles, long failed, long problems, long entities, long analyseMillis, Merge.Result merge) {}

  private Job() {}

  /** Reads every article file under {@code paths} (comma-free paths; directories are read recursively). */
  static JavaRDD<RawInput> read(SparkSession spark, List<String> paths, Options o) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
    JavaPairRDD<String, PortableDataStream> files = jsc.binaryFiles(String.join(",", paths));
    return files.filter(f -> isRead(f._1())).flatMap(f -> readFile(f._1(), f._2(), o).iterator());
  }

  private static boolean isRead(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return !name.startsWith(".") && !name.startsWith("_")
        && (Ingest.isArticleFile(name) || name.toLowerCase(Locale.ROOT).endsWith(".sgm"));
  }

  private static List<RawInput> readFile(String path, PortableDataStream data, Options o) throws IOException {
    String name = path.substring(path.lastIndexOf('/') + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    List<RawInput> out = new ArrayList<>();
    Ingest ingest = new Ingest(o.defaultDate(), o.maxBytes());
    if (lower.endsWith(".sgm")) {
      String sgml = new String(data.toArray(), StandardCharsets.ISO_8859_1);
      ReutersSgml.parse(sgml).forEach(a -> out.add(new RawInput(new Input(a, List.of(), path))));
    } else if (lower.endsWith(".jsonl")) {
      try (InputStream in = data.open()) {
        ingest.readJsonLines(in, path, name, i -> out.add(new RawInput(i)));
      }
    } else {
      // the readers of text, HTML and WARC files read local files: copy this one to the task's disk
      Path dir = Files.createTempDirectory("dossier-input");
      Path local = dir.resolve(name);
      try (InputStream in = data.open()) {
        Files.copy(in, local);
        ingest.read(List.of(local.toString()), i -> out.add(new RawInput(new Input(i.article(), i.problems(), path))));
      } finally {
        Files.deleteIfExists(local);
        Files.deleteIfExists(dir);
      }
    }
    return out;
  }

  /** Analyses {@code inputs} and writes the tables under {@code output}; then the merge stage. */
  static Summary run(SparkSession spark, JavaRDD<RawInput> inputs, String output, Options o) {
    long t0 = System.nanoTime();
    JavaRDD<RawInput> readable = inputs.filter(i -> i.input().isReadable());
    JavaRDD<ArticleRows> unreadable = inputs.filter(i -> !i.input().isReadable())
        .map(i -> ArticleRows.unreadable(i.id, i.where, i.problems()));
    // one article per body: the same text twice is analysed and stored once, as the store does;
    // the survivor is the smallest id, whatever the order of the input
    JavaRDD<RawInput> unique = readable.mapToPair(i -> new Tuple2<>(Store.contentHash(i.article()), i))
        .reduceByKey((a, b) -> a.id.compareTo(b.id) <= 0 ? a : b, o.partitions())
        .values();
    JavaRDD<ArticleRows> analysed = unique.mapPartitions(part -> analyse(part, o));
    JavaRDD<ArticleRows> all = analysed.union(unreadable).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      // each day's rows of a table go to one task before writing, so a table has a file per day
      // however many partitions analysed it: files (and the local file system's chmod processes,
      // and the commit's renames) grow with the days, not with days x partitions
      int writers = Math.max(1, spark.sparkContext().defaultParallelism());
      for (BulkTable t : BulkTable.values()) {
        JavaRDD<Row> rows = all.flatMap(r -> r.rows.get(t).iterator()).map(RowFactory::create);
        spark.createDataFrame(rows, schema(t)).repartition(writers, functions.col("day")).write().mode(SaveMode.Overwrite)
            .partitionBy("day").parquet(output + "/" + t.table());
      }
      if (o.json()) {
        String json = output + "/json";
        delete(spark, json);
        all.filter(r -> r.json != null).map(r -> r.json).saveAsTextFile(json);
      }
      long articles = all.filter(r -> r.hash != null && !r.rows.get(BulkTable.ARTICLES).isEmpty()).count();
      long failed = all.filter(r -> r.hash != null && r.rows.get(BulkTable.ARTICLES).isEmpty()).count();
      long problems = all.map(r -> (long) r.rows.get(BulkTable.PROBLEMS).size()).fold(0L, Long::sum);
      long entities = all.map(r -> (long) r.rows.get(BulkTable.ENTITIES).size()).fold(0L, Long::sum);
      long t1 = System.nanoTime();
      Merge.Result merge = Merge.run(spark, output);
      return new Summary(articles, failed, problems, entities, (t1 - t0) / 1_000_000, merge);
    } finally {
      all.unpersist();
    }
  }

  private static Iterator<ArticleRows> analyse(Iterator<RawInput> part, Options o) {
    GuardedProcessor guarded = Executor.guarded(o.timeoutSeconds());
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return part.hasNext();
      }

      @Override
      public ArticleRows next() {
        RawInput in = part.next();
        if (o.failOnce().isPresent() && o.failOnce().get().equals(in.id) && TaskContext.get().attemptNumber() == 0) {
          throw new IllegalStateException("the test hook killed this task at article " + in.id);
        }
        String hash = Store.contentHash(in.article());
        return ArticleRows.of(guarded.analyse(in.article(), in.problems(), in.where), hash, in.where, o.json());
      }
    };
  }

  /** The Parquet schema of a table: its columns, then the partition column {@code day}. */
  static StructType schema(BulkTable t) {
    List<StructField> fields = new ArrayList<>();
    List<String> names = t.columnNames();
    List<String> types = t.columnTypes();
    for (int i = 0; i < names.size(); i++) {
      fields.add(DataTypes.createStructField(names.get(i), type(types.get(i)), true));
    }
    fields.add(DataTypes.createStructField("day", DataTypes.StringType, false));
    return DataTypes.createStructType(fields);
  }

  private static DataType type(String sql) {
    return switch (sql) {
      case "text" -> DataTypes.StringType;
      case "int" -> DataTypes.IntegerType;
      case "bigint" -> DataTypes.LongType;
      case "double precision" -> DataTypes.DoubleType;
      case "date" -> DataTypes.DateType;
      default -> throw new IllegalArgumentException("no Spark type for " + sql);
    };
  }

  static void delete(SparkSession spark, String path) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      fs.delete(p, true);
    } catch (IOException e) {
      throw new IllegalStateException("cannot delete " + path + ": " + e.getMessage(), e);
    }
  }

  /** A table of the output, read back. */
  static Dataset<Row> table(SparkSession spark, String output, BulkTable t) {
    return spark.read().option("basePath", output + "/" + t.table()).parquet(output + "/" + t.table());
  }
}
