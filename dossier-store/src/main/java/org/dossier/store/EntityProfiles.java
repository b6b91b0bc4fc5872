package org.dossier.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What a corpus entity's profile and timeline show, written beside the corpus entities when the
 * corpus is resolved: the uses of each name, the events with their two orders, the newest
 * descriptors and relations, the kinds of source, the coordinates. The profile of an entity
 * reported in thousands of articles then reads a hundred rows through an index instead of
 * joining every article that mentions it. Each table is filled by one statement over the whole
 * corpus (window functions number the rows per entity), the same on H2 and PostgreSQL.
 */
final class EntityProfiles {

  /** The tables, children before parents, as {@link CorpusBuild} empties them. */
  static final List<String> TABLES =
      List.of("corpus_name_use", "corpus_event", "corpus_descriptor", "corpus_relation", "corpus_said", "corpus_place");

  private static final String MEMBER = " FROM corpus_member cm JOIN entity e ON e.id = cm.entity_id";

  private static final List<String> FILL = List.of(
      "INSERT INTO corpus_name_use (corpus_id, name, uses) SELECT corpus_id, n, COUNT(*) FROM ("
          + "SELECT cm.corpus_id, e.name AS n" + MEMBER + " WHERE e.name IS NOT NULL"
          + " UNION ALL SELECT cm.corpus_id, al.name FROM corpus_member cm JOIN alias al ON al.entity_id = cm.entity_id) x"
          + " GROUP BY corpus_id, n",
      // one row per (event, role); the roles of one event share its place in the timeline
      "INSERT INTO corpus_event (corpus_id, event_id, role, event_day, timeline_seq, profile_seq)"
          + " SELECT corpus_id, event_id, role, event_day,"
          + " DENSE_RANK() OVER (PARTITION BY corpus_id"
          + " ORDER BY event_day NULLS LAST, published NULLS LAST, article_key, trigger_start, event_id),"
          + " ROW_NUMBER() OVER (PARTITION BY corpus_id ORDER BY event_day DESC NULLS LAST, article_id DESC, event_id, role)"
          + " FROM (SELECT DISTINCT cm.corpus_id, p.event_id, p.role, ev.event_day, ev.article_id, ev.trigger_start,"
          + " a.published, a.article_key FROM corpus_member cm JOIN participant p ON p.entity_id = cm.entity_id"
          + " JOIN event ev ON ev.id = p.event_id JOIN article a ON a.id = ev.article_id) x",
      "INSERT INTO corpus_descriptor (corpus_id, seq, article_id, role, qualifiers, start_off, end_off)"
          + " SELECT corpus_id, seq, article_id, role, qualifiers, start_off, end_off FROM ("
          + "SELECT cm.corpus_id, e.article_id, d.role, d.qualifiers, d.start_off, d.end_off, ROW_NUMBER() OVER ("
          + "PARTITION BY cm.corpus_id ORDER BY a.published DESC NULLS LAST, a.article_key, d.start_off, d.end_off, d.role) AS seq"
          + MEMBER + " JOIN article a ON a.id = e.article_id JOIN descriptor d ON d.entity_id = e.id) x"
          + " WHERE seq <= " + EntityProfile.LIMIT,
      relations(true),
      relations(false),
      "INSERT INTO corpus_said (corpus_id, source_kind, events) SELECT ce.corpus_id, ev.source_kind, COUNT(DISTINCT ev.id)"
          + " FROM corpus_event ce JOIN event ev ON ev.id = ce.event_id GROUP BY ce.corpus_id, ev.source_kind",
      // only places and facilities have coordinates
      "INSERT INTO corpus_place (corpus_id, lat, lon, country) SELECT corpus_id, lat, lon, country FROM ("
          + "SELECT cm.corpus_id, e.lat, e.lon, e.country, ROW_NUMBER() OVER (PARTITION BY cm.corpus_id ORDER BY e.id) AS seq"
          + MEMBER + " JOIN corpus_entity c ON c.id = cm.corpus_id WHERE c.type IN ('LOCATION', 'FACILITY')"
          + " AND e.lat IS NOT NULL AND e.lon IS NOT NULL) x WHERE seq = 1");

  private EntityProfiles() {}

  /** Fills the tables from the corpus entities and their members (the tables must be empty). */
  static void fill(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : FILL) {
        s.executeUpdate(sql);
      }
    }
  }

  /** Empties the tables and fills them again; for a store resolved before they existed. */
  static void rebuild(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String table : TABLES) {
        s.executeUpdate("DELETE FROM " + table);
      }
    }
    fill(c);
  }

  private static String relations(boolean outgoing) {
    String self = outgoing ? "subject_id" : "object_id";
    return "INSERT INTO corpus_relation (corpus_id, outgoing, seq, relation_id) SELECT corpus_id, " + outgoing + ", seq, id"
        + " FROM (SELECT cm.corpus_id, r.id, ROW_NUMBER() OVER (PARTITION BY cm.corpus_id"
        + " ORDER BY a.published DESC NULLS LAST, a.article_key, r.evidence_start, r.id) AS seq"
        + " FROM corpus_member cm JOIN relation r ON r." + self + " = cm.entity_id JOIN article a ON a.id = r.article_id) x"
        + " WHERE seq <= " + EntityProfile.LIMIT;
  }
}
