package org.dossier.store;

import java.util.function.Consumer;

/**
 * Where {@link Store#load} reads its rows: the Spark job's Parquet tables, read by the Spark
 * module. Values come in {@link BulkTable#columnNames()} order, each a {@code String},
 * {@code Number}, {@code java.time.LocalDate}, {@code java.sql.Date} or null.
 */
@FunctionalInterface
public interface BulkSource {
  void rows(BulkTable table, Consumer<Object[]> sink);
}
