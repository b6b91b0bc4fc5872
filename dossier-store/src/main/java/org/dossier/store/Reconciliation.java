package org.dossier.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Brings the index in line with the database, which is the truth. Fast path: index the articles
 * above the index's committed mark. When the counts still differ (or the mark is above every
 * article, as after a database restored from a backup), compare every id both ways.
 */
final class Reconciliation {

  private static final int BATCH = 500;

  private Reconciliation() {}

  static void run(Db db, SearchIndex index) {
    long mark = index.committedMark();
    indexFrom(db, index, mark + 1);
    long[] countAndMax = db.read("count the articles", c -> {
      try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(id) FROM article")) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2)};
      }
    });
    if (countAndMax[0] != index.documents() || mark > countAndMax[1]) {
      Set<Long> stored = ids(db);
      Map<Long, Integer> indexed = index.seqs();
      for (Long seq : indexed.keySet()) {
        if (!stored.contains(seq)) {
          index.delete(seq);
        }
      }
      for (Long id : stored) {
        Integer n = indexed.get(id);
        if (n == null || n > 1) {
          load(db, id, id).forEach(index::add);
        }
      }
    }
    index.commit();
  }

  static Consistency check(Db db, SearchIndex index) {
    Map<Long, String> stored = db.read("list the articles", c -> {
      Map<Long, String> out = new HashMap<>();
      try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, article_key FROM article")) {
        while (rs.next()) {
          out.put(rs.getLong(1), rs.getString(2));
        }
      }
      return out;
    });
    long duplicateHashes = db.read("look for duplicates", c -> {
      try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT COUNT(*) FROM (SELECT content_hash FROM article GROUP BY content_hash HAVING COUNT(*) > 1) d")) {
        rs.next();
        return rs.getLong(1);
      }
    });
    Map<Long, Integer> indexed = index.seqs();
    List<String> missing = new ArrayList<>();
    new TreeMap<>(stored).forEach((id, key) -> {
      if (!indexed.containsKey(id)) {
        missing.add(key);
      }
    });
    List<Long> extra = indexed.keySet().stream().filter(seq -> !stored.containsKey(seq)).sorted().toList();
    long duplicateDocs = indexed.values().stream().filter(n -> n > 1).count();
    return new Consistency(stored.size(), index.documents(), duplicateHashes, duplicateDocs, missing, extra);
  }

  private static void indexFrom(Db db, SearchIndex index, long first) {
    long next = first;
    while (true) {
      List<IndexedArticle> batch = load(db, next, Long.MAX_VALUE);
      if (batch.isEmpty()) {
        return;
      }
      batch.forEach(index::add);
      index.maybeCommit();
      next = batch.get(batch.size() - 1).seq() + 1;
    }
  }

  private static Set<Long> ids(Db db) {
    return db.read("list the articles", c -> {
      Set<Long> out = new HashSet<>();
      try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM article")) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
      return out;
    });
  }

  /** Up to {@link #BATCH} articles with ids in [from, to], in id order, as the index holds them. */
  static List<IndexedArticle> load(Db db, long from, long to) {
    return db.read("read articles for the search index", c -> {
      Map<Long, Row> rows = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id, article_key, title, body, published, outlet FROM article"
          + " WHERE id BETWEEN ? AND ? ORDER BY id LIMIT " + BATCH)) {
        ps.setLong(1, from);
        ps.setLong(2, to);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Date d = rs.getDate(5);
            rows.put(rs.getLong(1), new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                d == null ? null : d.toLocalDate(), rs.getString(6)));
          }
        }
      }
      if (rows.isEmpty()) {
        return List.of();
      }
      long lo = rows.keySet().stream().mapToLong(Long::longValue).min().orElseThrow();
      long hi = rows.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
      collect(c, "SELECT DISTINCT article_id, type FROM event WHERE article_id BETWEEN ? AND ?", lo, hi, rows, r -> r.events);
      collect(c, "SELECT DISTINCT article_id, type FROM entity WHERE article_id BETWEEN ? AND ?", lo, hi, rows, r -> r.entities);
      collect(c, IndexedArticle.SOURCE_KINDS_SQL, lo, hi, rows, r -> r.kinds);
      List<IndexedArticle> out = new ArrayList<>();
      for (Row r : rows.values()) {
        out.add(new IndexedArticle(r.id, r.key, Optional.ofNullable(r.title), r.body, Optional.ofNullable(r.date),
            Optional.ofNullable(r.outlet), r.events, r.kinds, r.entities));
      }
      return out;
    });
  }

  private static void collect(Connection c, String sql, long lo, long hi, Map<Long, Row> rows,
      java.util.function.Function<Row, Set<String>> into) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int params = sql.split("\\?", -1).length - 1;
      for (int i = 0; i < params; i += 2) {
        ps.setLong(i + 1, lo);
        ps.setLong(i + 2, hi);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Row r = rows.get(rs.getLong(1));
          if (r != null) {
            into.apply(r).add(rs.getString(2));
          }
        }
      }
    }
  }

  private static final class Row {
    final long id;
    final String key;
    final String title;
    final String body;
    final java.time.LocalDate date;
    final String outlet;
    final Set<String> events = new HashSet<>();
    final Set<String> kinds = new HashSet<>();
    final Set<String> entities = new HashSet<>();

    Row(long id, String key, String title, String body, java.time.LocalDate date, String outlet) {
      this.id = id;
      this.key = key;
      this.title = title;
      this.body = body;
      this.date = date;
      this.outlet = outlet;
    }
  }
}
