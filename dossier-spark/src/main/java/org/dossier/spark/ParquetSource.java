package org.dossier.spark;

import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dossier.store.BulkSource;
import org.dossier.store.BulkTable;

/** The job's Parquet tables as the store's bulk input, each streamed to the store partition by partition. */
final class ParquetSource implements BulkSource {

  private final SparkSession spark;
  private final String dir;

  ParquetSource(SparkSession spark, String dir) {
    this.spark = spark;
    this.dir = dir;
  }

  @Override
  public void rows(BulkTable table, Consumer<Object[]> sink) {
    if (!exists(dir + "/" + table.table())) {
      return; // a table the job wrote no row of (no problems, say)
    }
    List<String> columns = table.columnNames();
    Iterator<Row> it = Job.table(spark, dir, table)
        .select(columns.stream().map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new))
        .toLocalIterator();
    while (it.hasNext()) {
      Row row = it.next();
      Object[] values = new Object[columns.size()];
      for (int i = 0; i < values.length; i++) {
        Object v = row.get(i);
        values[i] = v instanceof java.sql.Date d ? d.toLocalDate() : v;
      }
      sink.accept(values);
    }
  }

  private boolean exists(String path) {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(p)) {
        return false;
      }
      // a table the job wrote no row of holds no data file, and Spark cannot read its schema
      var files = fs.listFiles(p, true);
      while (files.hasNext()) {
        if (files.next().getPath().getName().endsWith(".parquet")) {
          return true;
        }
      }
      return false;
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }
}
