/**
 * The corpus job on Apache Spark: the same {@code ArticleProcessor} once per executor JVM over
 * articles read from any Hadoop-compatible path, the analysis written as Parquet tables
 * partitioned by article day, entities merged across articles with the store's resolver, and the
 * tables loaded into the PostgreSQL store. {@code docs/spark.md} is the user's guide.
 */
package org.dossier.spark;
