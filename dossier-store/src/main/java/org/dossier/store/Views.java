package org.dossier.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Event;
import org.dossier.text.Span;

/** What the web pages show of one article, and of the graph of entities. Every query is bounded. */
final class Views {

  private Views() {}

  static Optional<ArticleView> article(Db db, String key) {
    return db.read("read an article", c -> {
      List<Object[]> head = Db.list(c, "SELECT id, title, published, outlet, url, body FROM article WHERE article_key = ?",
          rs -> new Object[] {rs.getLong(1), Db.text(rs, "title"), Db.date(rs, "published"), Db.text(rs, "outlet"),
              Db.text(rs, "url"), rs.getString("body")}, key);
      if (head.isEmpty()) {
        return Optional.empty();
      }
      Object[] h = head.get(0);
      long id = (Long) h[0];
      Map<Long, List<Span>> mentions = new LinkedHashMap<>();
      Db.list(c, "SELECT m.entity_id, m.start_off, m.end_off FROM mention m JOIN entity e ON e.id = m.entity_id"
          + " WHERE e.article_id = ? ORDER BY m.entity_id, m.start_off", rs -> mentions.computeIfAbsent(rs.getLong(1),
              k -> new ArrayList<>()).add(new Span(rs.getInt(2), rs.getInt(3))), id);
      Map<Long, String> localIds = new LinkedHashMap<>();
      List<ArticleView.EntityMark> entities = Db.list(c, "SELECT e.id, e.local_id, e.type, e.name, cm.corpus_id FROM entity e"
          + " LEFT JOIN corpus_member cm ON cm.entity_id = e.id WHERE e.article_id = ? ORDER BY e.id", rs -> {
            localIds.put(rs.getLong(1), rs.getString(2));
            return new ArticleView.EntityMark(rs.getString(2), EntityType.valueOf(rs.getString(3)), Db.text(rs, "name"),
                Db.text(rs, "corpus_id"), mentions.getOrDefault(rs.getLong(1), List.of()));
          }, id);
      List<ArticleView.TimeMark> times = Db.list(c, "SELECT local_id, start_off, end_off, time_value FROM time_expr"
          + " WHERE article_id = ? ORDER BY start_off", rs -> new ArticleView.TimeMark(rs.getString(1),
              new Span(rs.getInt(2), rs.getInt(3)), rs.getString(4)), id);
      Map<Long, List<ArticleView.Party>> parties = new LinkedHashMap<>();
      Db.list(c, "SELECT p.event_id, p.entity_id, p.role FROM participant p JOIN event ev ON ev.id = p.event_id"
          + " WHERE ev.article_id = ? ORDER BY p.event_id, p.entity_id", rs -> parties.computeIfAbsent(rs.getLong(1),
              k -> new ArrayList<>()).add(new ArticleView.Party(localIds.getOrDefault(rs.getLong(2), "?"),
              Event.Role.valueOf(rs.getString(3)))), id);
      List<ArticleView.EventMark> events = Db.list(c, "SELECT ev.id, ev.local_id, ev.type, ev.trigger_start, ev.trigger_end,"
          + " ev.event_day, ev.source_kind, at.local_id AS attribution FROM event ev LEFT JOIN attribution at"
          + " ON at.id = ev.attribution_id WHERE ev.article_id = ? ORDER BY ev.trigger_start", rs -> new ArticleView.EventMark(
              rs.getString(2), Event.Type.valueOf(rs.getString(3)), new Span(rs.getInt(4), rs.getInt(5)),
              Db.date(rs, "event_day"), Attribution.Kind.valueOf(rs.getString(7)), Db.text(rs, "attribution"),
              parties.getOrDefault(rs.getLong(1), List.of())), id);
      List<ArticleView.AttributionMark> attributions = Db.list(c, "SELECT local_id, kind, cue_start, cue_end, source_start,"
          + " source_end, content_start, content_end FROM attribution WHERE article_id = ? ORDER BY content_start",
          rs -> {
            int ss = rs.getInt(5);
            Optional<Span> source = rs.wasNull() ? Optional.empty() : Optional.of(new Span(ss, rs.getInt(6)));
            return new ArticleView.AttributionMark(rs.getString(1), Attribution.Kind.valueOf(rs.getString(2)),
                new Span(rs.getInt(3), rs.getInt(4)), source, new Span(rs.getInt(7), rs.getInt(8)));
          }, id);
      Map<Attribution.Kind, Integer> sourcing = new EnumMap<>(Attribution.Kind.class);
      Set<String> covering = new HashSet<>();
      for (ArticleView.EventMark e : events) {
        sourcing.merge(e.sourceKind(), 1, Integer::sum);
        e.attributionId().ifPresent(covering::add);
      }
      for (ArticleView.AttributionMark a : attributions) {
        if (!covering.contains(a.localId())) {
          sourcing.merge(a.kind(), 1, Integer::sum);
        }
      }
      @SuppressWarnings("unchecked")
      ArticleView view = new ArticleView(key, (Optional<String>) h[1], (Optional<java.time.LocalDate>) h[2],
          (Optional<String>) h[3], (Optional<String>) h[4], (String) h[5], entities, times, events, attributions, sourcing);
      return Optional.of(view);
    });
  }

  static GraphView graph(Db db, GraphQuery q) {
    return db.read("read the graph", c -> {
      List<Object> args = new ArrayList<>();
      String types = "";
      if (!q.types().isEmpty()) {
        types = " AND ce.type IN (" + String.join(", ", Collections.nCopies(q.types().size(), "?")) + ")";
        q.types().stream().map(Enum::name).sorted().forEach(args::add);
      }
      List<GraphView.Node> nodes;
      if (q.from().isEmpty() && q.to().isEmpty()) {
        args.add(q.nodes());
        nodes = Db.list(c, "SELECT ce.id, ce.name, ce.type, ce.mention_count, ce.article_count FROM corpus_entity ce"
            + " WHERE ce.name NOT LIKE 'unnamed %'" + types + " ORDER BY ce.mention_count DESC, ce.id LIMIT ?", Views::node, args.toArray());
      } else {
        List<Object> ranged = new ArrayList<>();
        ranged.add(java.sql.Date.valueOf(q.from().orElse(java.time.LocalDate.of(1, 1, 1))));
        ranged.add(java.sql.Date.valueOf(q.to().orElse(java.time.LocalDate.of(9999, 12, 31))));
        ranged.addAll(args);
        ranged.add(q.nodes());
        nodes = Db.list(c, "SELECT ce.id, ce.name, ce.type, ce.mention_count, COUNT(DISTINCT e.article_id) AS n"
            + " FROM article a JOIN entity e ON e.article_id = a.id JOIN corpus_member cm ON cm.entity_id = e.id"
            + " JOIN corpus_entity ce ON ce.id = cm.corpus_id WHERE a.published BETWEEN ? AND ?"
            + " AND ce.name NOT LIKE 'unnamed %'" + types
            + " GROUP BY ce.id, ce.name, ce.type, ce.mention_count ORDER BY n DESC, ce.mention_count DESC, ce.id LIMIT ?",
            Views::node, ranged.toArray());
      }
      return new GraphView(nodes, links(c, nodes, q.edges()));
    });
  }

  private static GraphView.Node node(java.sql.ResultSet rs) throws SQLException {
    return new GraphView.Node(rs.getString(1), rs.getString(2), EntityType.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5));
  }

  private static List<GraphView.Link> links(Connection c, List<GraphView.Node> nodes, int most) throws SQLException {
    if (nodes.isEmpty() || most == 0) {
      return List.of();
    }
    List<Object> ids = new ArrayList<>();
    nodes.forEach(n -> ids.add(n.id()));
    String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
    List<Object> args = new ArrayList<>(ids);
    args.addAll(ids);
    Set<String> seen = new HashSet<>();
    List<GraphView.Link> out = new ArrayList<>();
    for (GraphView.Link l : Db.list(c, "SELECT corpus_id, other_id, articles FROM corpus_cooccurrence WHERE corpus_id IN (" + in
        + ") AND other_id IN (" + in + ") ORDER BY articles DESC, corpus_id, other_id",
        rs -> new GraphView.Link(rs.getString(1), rs.getString(2), rs.getInt(3)), args.toArray())) {
      String from = l.from().compareTo(l.to()) < 0 ? l.from() : l.to();
      String to = from.equals(l.from()) ? l.to() : l.from();
      if (!from.equals(to) && seen.add(from + " " + to) && out.size() < most) {
        out.add(new GraphView.Link(from, to, l.articles()));
      }
    }
    return out;
  }
}
