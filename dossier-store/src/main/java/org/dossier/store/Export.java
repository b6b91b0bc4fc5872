package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Event;
import org.dossier.text.Span;

/** Streams the corpus graph out, for GraphML, CSV or JSON Lines writers. */
final class Export {

  private Export() {}

  private interface RowSink {
    void accept(ResultSet rs) throws SQLException;
  }

  /** Streams the rows of {@code sql} without holding them all (a cursor, on PostgreSQL). */
  private static void stream(Db db, String doing, String sql, RowSink sink) {
    db.inTransaction(doing, c -> {
      stream(c, sql, sink);
      return null;
    });
  }

  private static void stream(Connection c, String sql, RowSink sink) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sink.accept(rs);
        }
      }
    }
  }

  static void entities(Db db, Consumer<ExportEntity> out) {
    ExportEntity[] current = {null};
    List<ExportEntity.Mention> mentions = new ArrayList<>();
    stream(db, "export entities", "SELECT ce.id, ce.name, ce.type, ce.wikipedia, a.article_key, m.start_off, m.end_off"
        + " FROM corpus_entity ce JOIN corpus_member cm ON cm.corpus_id = ce.id JOIN entity e ON e.id = cm.entity_id"
        + " JOIN article a ON a.id = e.article_id LEFT JOIN mention m ON m.entity_id = e.id"
        + " ORDER BY ce.id, a.article_key, m.start_off, m.end_off", rs -> {
          String id = rs.getString(1);
          if (current[0] != null && !current[0].corpusId().equals(id)) {
            out.accept(new ExportEntity(current[0].corpusId(), current[0].name(), current[0].type(), current[0].wikipedia(), mentions));
            mentions.clear();
          }
          if (current[0] == null || !current[0].corpusId().equals(id)) {
            current[0] = new ExportEntity(id, rs.getString(2), EntityType.valueOf(rs.getString(3)), Db.text(rs, "wikipedia"),
                List.of());
          }
          int start = rs.getInt(6);
          if (!rs.wasNull()) {
            mentions.add(new ExportEntity.Mention(rs.getString(5), new Span(start, rs.getInt(7))));
          }
        });
    if (current[0] != null) {
      out.accept(new ExportEntity(current[0].corpusId(), current[0].name(), current[0].type(), current[0].wikipedia(), mentions));
    }
  }

  static void edges(Db db, Consumer<Edge> out) {
    stream(db, "export relations", "SELECT cs.corpus_id AS s, co.corpus_id AS o, r.predicate, a.article_key, a.published,"
        + " a.outlet, r.evidence_start, r.evidence_end FROM relation r JOIN corpus_member cs ON cs.entity_id = r.subject_id"
        + " JOIN corpus_member co ON co.entity_id = r.object_id JOIN article a ON a.id = r.article_id"
        + " ORDER BY a.article_key, r.evidence_start, r.id",
        rs -> out.accept(new Edge.Related(rs.getString(1), rs.getString(2), rs.getString(3), EntityQueries.article(rs),
            new Span(rs.getInt(7), rs.getInt(8)))));
    Map<String, Integer> pairs = new TreeMap<>();
    long[] article = {-1};
    TreeSet<String> inArticle = new TreeSet<>();
    Runnable countPairs = () -> {
      List<String> ids = new ArrayList<>(inArticle);
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          pairs.merge(ids.get(i) + "\n" + ids.get(j), 1, Integer::sum);
        }
      }
      inArticle.clear();
    };
    stream(db, "export co-occurrences", "SELECT DISTINCT e.article_id, cm.corpus_id FROM entity e"
        + " JOIN corpus_member cm ON cm.entity_id = e.id ORDER BY e.article_id, cm.corpus_id", rs -> {
          if (rs.getLong(1) != article[0]) {
            countPairs.run();
            article[0] = rs.getLong(1);
          }
          inArticle.add(rs.getString(2));
        });
    countPairs.run();
    pairs.forEach((k, n) -> {
      String[] ab = k.split("\n");
      out.accept(new Edge.CoOccurs(ab[0], ab[1], n));
    });
    List<String[]> parties = new ArrayList<>(); // corpus id, role
    Object[] event = {null, null, null, null, null}; // row, type, day, article, local id
    Runnable emit = () -> {
      if (event[0] != null) {
        emitEvent(parties, event, out);
      }
      parties.clear();
    };
    stream(db, "export events", "SELECT ev.id, ev.type, ev.event_day, a.article_key, ev.local_id, p.role, cm.corpus_id"
        + " FROM event ev JOIN article a ON a.id = ev.article_id JOIN participant p ON p.event_id = ev.id"
        + " JOIN corpus_member cm ON cm.entity_id = p.entity_id ORDER BY ev.id, p.role, cm.corpus_id", rs -> {
          long row = rs.getLong(1);
          if (event[0] == null || (Long) event[0] != row) {
            emit.run();
            event[0] = row;
            event[1] = Event.Type.valueOf(rs.getString(2));
            event[2] = Db.date(rs, "event_day");
            event[3] = rs.getString(4);
            event[4] = rs.getString(5);
          }
          parties.add(new String[] {rs.getString(7), rs.getString(6)});
        });
    emit.run();
  }

  @SuppressWarnings("unchecked")
  private static void emitEvent(List<String[]> parties, Object[] event, Consumer<Edge> out) {
    Event.Type type = (Event.Type) event[1];
    Optional<java.time.LocalDate> day = (Optional<java.time.LocalDate>) event[2];
    for (int i = 0; i < parties.size(); i++) {
      for (int j = i + 1; j < parties.size(); j++) {
        String[] a = parties.get(i);
        String[] b = parties.get(j);
        if (a[0].equals(b[0])) {
          continue;
        }
        boolean bFirst = b[1].equals(Event.Role.SOURCE.name()) && !a[1].equals(Event.Role.SOURCE.name());
        String[] from = bFirst ? b : a;
        String[] to = bFirst ? a : b;
        out.accept(new Edge.InEvent(from[0], to[0], type, day, (String) event[3], (String) event[4]));
      }
    }
  }
}
