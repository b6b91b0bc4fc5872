package org.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dossier.analysis.Analysis;
import org.dossier.extract.GuardedProcessor;
import org.dossier.ingest.Input;
import org.dossier.ingest.ReutersSgml;
import org.dossier.store.BulkTable;
import org.dossier.store.ExportEntity;
import org.dossier.store.LoadResult;
import org.dossier.store.Stats;
import org.dossier.store.Store;
import org.dossier.text.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in {@code local[2]} on the first 200 Reuters-21578 stories with a body, with one task
 * killed on its first attempt: its tables hold what {@code ArticleProcessor} makes of each story
 * serially, every article once; its merged entities are the store's; and loading its tables into
 * PostgreSQL twice stores them once.
 */
class ReutersJobTest {

  private static final int STORIES = 200;
  private static final String KILLED_AT = "reuters-57";

  @TempDir
  static Path dir;

  static SparkSession spark;
  static List<Article> stories;
  static Map<String, Analysis> serial; // by content hash
  static String output;
  static Job.Summary summary;

  @BeforeAll
  static void runJob() throws Exception {
    Path reuters = Path.of(System.getProperty("dossier.data", "../../shared/data"), "reuters21578");
    assumeTrue(Files.isDirectory(reuters), "Reuters-21578 is not at " + reuters + ": skipped");
    stories = ReutersSgml.read(reuters, STORIES);
    assertThat(stories.stream().map(Article::id)).contains(KILLED_AT);
    spark = Main.local(2, "dossier-test");
    output = dir.resolve("out").toString();
    Job.Options o = new Job.Options(8, true, Optional.empty(), 2_000_000, 0, Optional.of(KILLED_AT));
    List<RawInput> inputs = stories.stream().map(a -> new RawInput(new Input(a, List.of()))).toList();
    summary = Job.run(spark, JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(inputs, 4), output, o);
    GuardedProcessor guarded = Executor.guarded(0);
    serial = new HashMap<>();
    for (Article a : stories) {
      // the job keeps the smallest id of articles with the same body, whatever their order
      serial.merge(Store.contentHash(a), guarded.analyse(a, List.of(), a.id()),
          (x, y) -> x.article().id().compareTo(y.article().id()) <= 0 ? x : y);
    }
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void holds_every_article_once_although_a_task_was_killed() {
    List<String> hashes = Job.table(spark, output, BulkTable.ARTICLES).select("article_hash").as(
        org.apache.spark.sql.Encoders.STRING()).collectAsList();
    long analysed = serial.values().stream().filter(a -> !a.isFailed()).count();
    assertThat(hashes).doesNotHaveDuplicates().hasSize((int) analysed);
    assertThat(new TreeSet<>(hashes)).isSubsetOf(serial.keySet());
    assertThat(summary.articles()).isEqualTo(analysed);
  }

  @Test
  void writes_what_article_processor_makes_of_each_story_serially() {
    for (BulkTable t : List.of(BulkTable.ENTITIES, BulkTable.MENTIONS, BulkTable.ALIASES, BulkTable.DESCRIPTORS,
        BulkTable.TIMES, BulkTable.EVENTS, BulkTable.PARTICIPANTS, BulkTable.ATTRIBUTIONS, BulkTable.RELATIONS)) {
      Map<String, List<String>> expected = new TreeMap<>();
      serial.forEach((hash, analysis) -> {
        for (Object[] row : ArticleRows.of(analysis, hash, analysis.article().id(), false).rows.get(t)) {
          expected.computeIfAbsent(hash, h -> new ArrayList<>()).add(line(Arrays.copyOf(row, row.length - 1)));
        }
      });
      Map<String, List<String>> actual = new TreeMap<>();
      for (Row r : Job.table(spark, output, t)
          .select(t.columnNames().stream().map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new))
          .collectAsList()) {
        Object[] values = new Object[r.length()];
        for (int i = 0; i < values.length; i++) {
          values[i] = r.get(i);
        }
        actual.computeIfAbsent(r.getString(0), h -> new ArrayList<>()).add(line(values));
      }
      expected.values().forEach(l -> l.sort(null));
      actual.values().forEach(l -> l.sort(null));
      assertThat(actual).as(t.table()).isEqualTo(expected);
    }
  }

  @Test
  void merges_entities_across_articles_as_the_store_does() {
    Map<String, List<String>> store = new TreeMap<>();
    try (Store s = Store.open("jdbc:h2:mem:spark-merge")) {
      stories.forEach(a -> s.put(serial.get(Store.contentHash(a))));
      s.resolve();
      s.exportEntities(e -> store.put(e.corpusId(), mentions(e)));
    }
    Map<String, List<String>> job = new TreeMap<>();
    Map<String, List<String>> spans = new HashMap<>();
    for (Row r : Job.table(spark, output, BulkTable.MENTIONS).select("article_hash", "entity_local", "start_off", "end_off")
        .collectAsList()) {
      spans.computeIfAbsent(r.getString(0) + "#" + r.getString(1), k -> new ArrayList<>()).add(r.getInt(2) + "-" + r.getInt(3));
    }
    for (Row r : spark.read().parquet(output + "/corpus_members").collectAsList()) {
      List<String> list = job.computeIfAbsent(r.getString(0), k -> new ArrayList<>());
      for (String span : spans.getOrDefault(r.getString(1) + "#" + r.getString(3), List.of())) {
        list.add(r.getString(2) + " " + span);
      }
    }
    job.values().forEach(l -> l.sort(null));
    assertThat(job.keySet()).hasSameSizeAs(store.keySet());
    assertThat(job).isEqualTo(store);
    assertThat(summary.merge().corpusEntities()).isEqualTo(store.size());
  }

  @Test
  void writes_the_contract_json_lines_when_asked() {
    long lines = spark.read().textFile(output + "/json").count();
    assertThat(lines).isEqualTo(serial.size());
  }

  @Test
  void loads_into_postgresql_once_however_often_it_is_loaded() {
    String url = System.getenv("DOSSIER_TEST_PG_URL");
    assumeTrue(url != null && !url.isBlank(), "DOSSIER_TEST_PG_URL is not set: the PostgreSQL load is not tested");
    try (Store s = Store.open(url, Optional.of(dir.resolve("pg-index")))) {
      Stats before = s.stats();
      LoadResult first = s.load(new ParquetSource(spark, output));
      Stats once = s.stats();
      LoadResult second = s.load(new ParquetSource(spark, output));
      Stats twice = s.stats();
      assertThat(first.articles() + first.skipped()).isEqualTo(summary.articles());
      assertThat(once.articles() - before.articles()).isEqualTo(first.articles());
      assertThat(second.articles()).isZero();
      assertThat(second.skipped()).isEqualTo(summary.articles());
      assertThat(twice.articles()).isEqualTo(once.articles());
      assertThat(twice.entities()).isEqualTo(once.entities());
      assertThat(twice.events()).isEqualTo(once.events());
      assertThat(twice.problems()).isEqualTo(once.problems());
      assertThat(s.consistency().documents()).isEqualTo(twice.articles());
    }
  }

  private static List<String> mentions(ExportEntity e) {
    List<String> out = new ArrayList<>();
    for (ExportEntity.Mention m : e.mentions()) {
      out.add(m.articleId() + " " + m.span().start() + "-" + m.span().end());
    }
    out.sort(null);
    return out;
  }

  private static String line(Object[] values) {
    StringBuilder b = new StringBuilder();
    for (Object v : values) {
      b.append(v instanceof Double d ? String.format(java.util.Locale.ROOT, "%.9f", d) : String.valueOf(v)).append('|');
    }
    return b.toString();
  }
}
