package org.dossier.spark;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dossier.analysis.EntityType;
import org.dossier.resolve.CorpusResolver;
import org.dossier.resolve.EntityKey;
import org.dossier.resolve.Evidence;
import org.dossier.resolve.Resolution;
import org.dossier.resolve.TableRecords;
import org.dossier.store.BulkTable;

/**
 * Entities merged across articles, over the whole output (every day written so far): the entity,
 * alias, descriptor and relation tables are read back, joined with the articles, and turned into
 * the resolver's records by {@link TableRecords} exactly as the store turns its rows into them;
 * then {@link CorpusResolver} — the store's code, not a copy — runs on the driver. The result is
 * two tables, {@code corpus_members} (every article entity's corpus id) and {@code merge_evidence}.
 *
 * <p>Scale: the records are collected to the driver (about 300 bytes an article entity: some
 * 3 million entities, half a million articles, in a 2 GB driver); beyond that the blocking step
 * (candidates by name, link and place) is the part to move into a Spark join, and the resolver
 * to run per block.
 */
final class Merge {

  /** What the merge stage did. */
  record Result(long entities, long corpusEntities, long merges, long millis) {}

  private static final StructType MEMBERS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("corpus_id", DataTypes.StringType, false),
      DataTypes.createStructField("article_hash", DataTypes.StringType, false),
      DataTypes.createStructField("article_id", DataTypes.StringType, false),
      DataTypes.createStructField("local_id", DataTypes.StringType, false)));
  private static final StructType EVIDENCE = DataTypes.createStructType(List.of(
      DataTypes.createStructField("corpus_id", DataTypes.StringType, false),
      DataTypes.createStructField("a_article_id", DataTypes.StringType, false),
      DataTypes.createStructField("a_local_id", DataTypes.StringType, false),
      DataTypes.createStructField("b_article_id", DataTypes.StringType, false),
      DataTypes.createStructField("b_local_id", DataTypes.StringType, false),
      DataTypes.createStructField("reason", DataTypes.StringType, false)));

  private Merge() {}

  static Result run(SparkSession spark, String output) {
    long t0 = System.nanoTime();
    Resolved r = resolve(spark, output);
    List<Row> members = new ArrayList<>();
    r.resolution().corpusIds().forEach((key, id) -> members.add(
        RowFactory.create(id, r.hashes().get(key.articleId()), key.articleId(), key.entityId())));
    List<Row> evidence = new ArrayList<>();
    for (Evidence e : r.resolution().evidence()) {
      evidence.add(RowFactory.create(r.resolution().corpusId(e.a()), e.a().articleId(), e.a().entityId(),
          e.b().articleId(), e.b().entityId(), e.reason()));
    }
    spark.createDataFrame(members, MEMBERS).write().mode(SaveMode.Overwrite).parquet(output + "/corpus_members");
    spark.createDataFrame(evidence, EVIDENCE).write().mode(SaveMode.Overwrite).parquet(output + "/merge_evidence");
    long corpus = r.resolution().corpusIds().values().stream().distinct().count();
    return new Result(r.resolution().corpusIds().size(), corpus, r.resolution().evidence().size(),
        (System.nanoTime() - t0) / 1_000_000);
  }

  /** The resolution, and each article id's content hash. */
  record Resolved(Resolution resolution, Map<String, String> hashes) {}

  /** The store's resolution of the entities of the output's tables. */
  static Resolved resolve(SparkSession spark, String output) {
    Dataset<Row> articles = Job.table(spark, output, BulkTable.ARTICLES).select("article_hash", "article_id", "published");
    Dataset<Row> entities = Job.table(spark, output, BulkTable.ENTITIES)
        .select("article_hash", "local_id", "type", "name", "wikipedia", "geoname_id");
    Map<String, String> ids = new HashMap<>(); // article hash -> article id
    Map<String, String> hashes = new HashMap<>(); // article id -> hash
    TableRecords records = new TableRecords();
    for (Row row : sorted(entities.join(articles, "article_hash").select("article_hash", "article_id", "published",
        "type", "name", "wikipedia", "geoname_id", "local_id"), 1, 0, 7)) {
      String hash = row.getString(row.fieldIndex("article_hash"));
      String article = row.getString(row.fieldIndex("article_id"));
      ids.put(hash, article);
      hashes.put(article, hash);
      Object published = row.get(row.fieldIndex("published"));
      Object geo = row.get(row.fieldIndex("geoname_id"));
      records.entity(new EntityKey(article, row.getString(row.fieldIndex("local_id"))),
          Optional.ofNullable(published).map(Merge::day), EntityType.valueOf(row.getString(row.fieldIndex("type"))),
          Optional.ofNullable(row.getString(row.fieldIndex("name"))), Optional.ofNullable(row.getString(row.fieldIndex("wikipedia"))),
          Optional.ofNullable(geo).map(g -> ((Number) g).longValue()), hash);
    }
    for (Row row : sorted(Job.table(spark, output, BulkTable.ALIASES).select("article_hash", "entity_local", "name"), 0, 1, 2)) {
      key(ids, row).ifPresent(k -> records.alias(k, row.getString(2)));
    }
    for (Row row : sorted(Job.table(spark, output, BulkTable.DESCRIPTORS)
        .select("article_hash", "entity_local", "role", "start_off"), 0, 1, 3)) {
      key(ids, row).ifPresent(k -> records.descriptor(k, row.getString(2)));
    }
    Dataset<Row> objects = Job.table(spark, output, BulkTable.ENTITIES).select(col("article_hash").as("o_hash"),
        col("local_id").as("o_local"), col("name").as("o_name")).where(col("o_name").isNotNull());
    Dataset<Row> relations = Job.table(spark, output, BulkTable.RELATIONS);
    for (Row row : sorted(relations.join(objects, relations.col("article_hash").equalTo(objects.col("o_hash"))
            .and(relations.col("object_local").equalTo(objects.col("o_local"))))
        .select("article_hash", "subject_local", "predicate", "o_name", "evidence_start"), 0, 4, 1, 2, 3)) {
      key(ids, row).ifPresent(k -> records.affiliation(k, row.getString(2), row.getString(3)));
    }
    return new Resolved(CorpusResolver.resolve(records.records()), hashes);
  }

  /**
   * The rows of {@code rows}, collected to the driver in one job (not one job per partition, as an
   * ordered local iterator would run) and sorted by the given columns.
   */
  private static List<Row> sorted(Dataset<Row> rows, int... by) {
    List<Row> out = new ArrayList<>(rows.collectAsList());
    out.sort((a, b) -> {
      for (int i : by) {
        int c = compare(a.get(i), b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    });
    return out;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return ((Comparable) a).compareTo(b);
  }

  private static Optional<EntityKey> key(Map<String, String> ids, Row row) {
    String article = ids.get(row.getString(0));
    return article == null ? Optional.empty() : Optional.of(new EntityKey(article, row.getString(1)));
  }

  private static LocalDate day(Object value) {
    return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
  }
}
