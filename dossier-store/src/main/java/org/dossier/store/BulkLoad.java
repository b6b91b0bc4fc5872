package org.dossier.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loads the Spark job's tables into PostgreSQL in one transaction: each table is copied
 * ({@code COPY ... FROM STDIN}, CSV) into a temporary table, then inserted into the store's tables
 * with one {@code INSERT ... SELECT} per table that turns content hashes and ids within articles
 * into row ids. Articles already stored (the same content hash) are skipped with their facts, so
 * that loading the same output twice stores it once.
 */
final class BulkLoad {

  private static final int CHUNK = 1 << 16;

  private BulkLoad() {}

  /** Rows copied, articles stored and skipped. */
  record Counts(long rows, long articles, long skipped, long copyMillis, long insertMillis) {}

  static Counts run(Connection c, BulkSource source) throws SQLException {
    long t0 = System.nanoTime();
    long rows = 0;
    try (Statement s = c.createStatement()) {
      for (BulkTable t : BulkTable.values()) {
        s.execute("CREATE TEMP TABLE ld_" + t.table() + " (" + String.join(", ", definitions(t)) + ") ON COMMIT DROP");
      }
      s.execute("CREATE TEMP TABLE ld_new (hash text PRIMARY KEY, id bigint NOT NULL) ON COMMIT DROP");
    }
    PGConnection pg = c.unwrap(PGConnection.class);
    for (BulkTable t : BulkTable.values()) {
      rows += copy(pg, t, source);
    }
    long t1 = System.nanoTime();
    long articles;
    long skipped;
    try (Statement s = c.createStatement()) {
      s.execute("ANALYZE ld_articles");
      long input;
      try (var rs = s.executeQuery("SELECT count(DISTINCT article_hash) FROM ld_articles")) {
        rs.next();
        input = rs.getLong(1);
      }
      articles = s.executeUpdate("WITH src AS (SELECT DISTINCT ON (t.article_hash) t.* FROM ld_articles t"
          + " WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.content_hash = t.article_hash) ORDER BY t.article_hash, t.article_id),"
          + " keyed AS (SELECT src.*, row_number() OVER (PARTITION BY article_id ORDER BY article_hash) AS n FROM src),"
          + " ins AS (INSERT INTO article (article_key, content_hash, published, title, outlet, url, body, ingested_at)"
          + " SELECT CASE WHEN k.n > 1 OR EXISTS (SELECT 1 FROM article a WHERE a.article_key = k.article_id)"
          + " THEN k.article_id || '~' || substr(k.article_hash, 1, 8) ELSE k.article_id END,"
          + " k.article_hash, k.published, k.title, k.outlet, k.url, k.body, now() FROM keyed k"
          + " ORDER BY k.published NULLS LAST, k.article_hash RETURNING id, content_hash)"
          + " INSERT INTO ld_new (hash, id) SELECT content_hash, id FROM ins");
      skipped = input - articles;
      s.execute("ANALYZE ld_new");
      s.executeUpdate("INSERT INTO entity (article_id, local_id, type, name, norm_name, subtype, wikipedia, link_score,"
          + " geoname_id, lat, lon, country, province, city, mention_count)"
          + " SELECT n.id, t.local_id, t.type, t.name, t.norm_name, t.subtype, t.wikipedia, t.link_score, t.geoname_id,"
          + " t.lat, t.lon, t.country, t.province, t.city, t.mention_count"
          + " FROM ld_entities t JOIN ld_new n ON n.hash = t.article_hash ORDER BY n.id, t.local_id");
      s.executeUpdate("INSERT INTO mention (entity_id, start_off, end_off) SELECT e.id, t.start_off, t.end_off"
          + " FROM ld_mentions t JOIN ld_new n ON n.hash = t.article_hash"
          + " JOIN entity e ON e.article_id = n.id AND e.local_id = t.entity_local");
      s.executeUpdate("INSERT INTO alias (entity_id, name, norm_name) SELECT e.id, t.name, t.norm_name"
          + " FROM ld_aliases t JOIN ld_new n ON n.hash = t.article_hash"
          + " JOIN entity e ON e.article_id = n.id AND e.local_id = t.entity_local");
      s.executeUpdate("INSERT INTO descriptor (entity_id, start_off, end_off, role, qualifiers)"
          + " SELECT e.id, t.start_off, t.end_off, t.role, t.qualifiers FROM ld_descriptors t"
          + " JOIN ld_new n ON n.hash = t.article_hash JOIN entity e ON e.article_id = n.id AND e.local_id = t.entity_local");
      s.executeUpdate("INSERT INTO time_expr (article_id, local_id, start_off, end_off, type, time_value, time_mod, anchor,"
          + " first_day, last_day, granularity) SELECT n.id, t.local_id, t.start_off, t.end_off, t.type, t.time_value,"
          + " t.time_mod, t.anchor, t.first_day, t.last_day, t.granularity FROM ld_times t"
          + " JOIN ld_new n ON n.hash = t.article_hash ORDER BY n.id, t.start_off");
      s.executeUpdate("INSERT INTO attribution (article_id, local_id, kind, cue_start, cue_end, source_start, source_end,"
          + " source_entity_id, content_start, content_end) SELECT n.id, t.local_id, t.kind, t.cue_start, t.cue_end,"
          + " t.source_start, t.source_end, e.id, t.content_start, t.content_end FROM ld_attributions t"
          + " JOIN ld_new n ON n.hash = t.article_hash"
          + " LEFT JOIN entity e ON e.article_id = n.id AND e.local_id = t.source_entity ORDER BY n.id, t.cue_start");
      // source_kind and event_day as ArticleWriter sets them: the attribution's kind, else AUTHOR;
      // the first day of the event's time, else the article's date
      s.executeUpdate("INSERT INTO event (article_id, local_id, type, trigger_start, trigger_end, time_id, time_source,"
          + " place_entity_id, attribution_id, source_kind, polarity, modality, sentence, event_day)"
          + " SELECT n.id, t.local_id, t.type, t.trigger_start, t.trigger_end, tx.id, t.time_source, p.id, at.id,"
          + " COALESCE(at.kind, 'AUTHOR'), t.polarity, t.modality, t.sentence,"
          + " COALESCE(tx.first_day, a.published)"
          + " FROM ld_events t JOIN ld_new n ON n.hash = t.article_hash JOIN article a ON a.id = n.id"
          + " LEFT JOIN time_expr tx ON tx.article_id = n.id AND tx.local_id = t.time_local"
          + " LEFT JOIN entity p ON p.article_id = n.id AND p.local_id = t.place_entity"
          + " LEFT JOIN attribution at ON at.article_id = n.id AND at.local_id = t.attribution_local"
          + " ORDER BY n.id, t.trigger_start");
      s.executeUpdate("INSERT INTO participant (event_id, entity_id, role) SELECT ev.id, e.id, t.role"
          + " FROM ld_participants t JOIN ld_new n ON n.hash = t.article_hash"
          + " JOIN event ev ON ev.article_id = n.id AND ev.local_id = t.event_local"
          + " JOIN entity e ON e.article_id = n.id AND e.local_id = t.entity_local");
      s.executeUpdate("INSERT INTO relation (article_id, subject_id, predicate, object_id, evidence_start, evidence_end)"
          + " SELECT n.id, su.id, t.predicate, ob.id, t.evidence_start, t.evidence_end FROM ld_relations t"
          + " JOIN ld_new n ON n.hash = t.article_hash"
          + " JOIN entity su ON su.article_id = n.id AND su.local_id = t.subject_local"
          + " JOIN entity ob ON ob.article_id = n.id AND ob.local_id = t.object_local");
      // problems of the articles stored now, and of input that never became an article, once
      s.executeUpdate("INSERT INTO problem (article_id, article_key, location, code, message, recorded_at)"
          + " SELECT n.id, COALESCE(a.article_key, t.article_id), t.location, t.code, t.message, now() FROM ld_problems t"
          + " LEFT JOIN ld_new n ON n.hash = t.article_hash LEFT JOIN article a ON a.id = n.id"
          + " WHERE n.id IS NOT NULL OR (NOT EXISTS (SELECT 1 FROM article x WHERE x.content_hash = t.article_hash)"
          + " AND NOT EXISTS (SELECT 1 FROM problem p WHERE p.article_id IS NULL AND p.article_key IS NOT DISTINCT FROM t.article_id"
          + " AND p.location IS NOT DISTINCT FROM t.location AND p.code = t.code AND p.message = t.message))");
    }
    long t2 = System.nanoTime();
    return new Counts(rows, articles, skipped, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
  }

  /** The temporary table's columns: the input's, and the normalised names the store looks names up by. */
  private static List<String> definitions(BulkTable t) {
    List<String> defs = new java.util.ArrayList<>(t.columnDefinitions());
    if (t == BulkTable.ENTITIES || t == BulkTable.ALIASES) {
      defs.add("norm_name text");
    }
    return defs;
  }

  private static long copy(PGConnection pg, BulkTable t, BulkSource source) throws SQLException {
    List<String> names = new java.util.ArrayList<>(t.columnNames());
    int nameColumn = names.indexOf("name");
    boolean normalise = t == BulkTable.ENTITIES || t == BulkTable.ALIASES;
    if (normalise) {
      names.add("norm_name");
    }
    CopyIn in = pg.getCopyAPI().copyIn("COPY ld_" + t.table() + " (" + String.join(", ", names) + ") FROM STDIN WITH (FORMAT csv)");
    long[] count = {0};
    StringBuilder buf = new StringBuilder(CHUNK + 4096);
    try {
      source.rows(t, row -> {
        for (int i = 0; i < row.length; i++) {
          if (i > 0) {
            buf.append(',');
          }
          value(buf, row[i]);
        }
        if (normalise) {
          buf.append(',');
          Object name = row[nameColumn];
          value(buf, name == null ? null : Names.normalise(name.toString()));
        }
        buf.append('\n');
        count[0]++;
        if (buf.length() >= CHUNK) {
          write(in, buf);
        }
      });
      write(in, buf);
      in.endCopy();
    } finally {
      // whatever the source threw (Spark throws checked exceptions undeclared), the connection
      // must leave copy mode, or the rollback after it waits for ever
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
    return count[0];
  }

  private static void write(CopyIn in, StringBuilder buf) {
    if (buf.length() == 0) {
      return;
    }
    byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
    buf.setLength(0);
    try {
      in.writeToCopy(bytes, 0, bytes.length);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** One CSV field; null is an empty unquoted field, every text is quoted. */
  private static void value(StringBuilder buf, Object v) {
    if (v == null) {
      return;
    }
    if (v instanceof Number || v instanceof Boolean) {
      buf.append(v);
      return;
    }
    String s = v instanceof LocalDate d ? d.toString() : v.toString();
    buf.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '"') {
        buf.append('"');
      }
      if (ch != 0) { // PostgreSQL text holds no NUL
        buf.append(ch);
      }
    }
    buf.append('"');
  }
}
