package org.dossier.store;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Event;
import org.dossier.text.Problem;

/** The questions asked of the whole corpus: sourcing, stories, problems, size. */
final class Queries {

  private Queries() {}

  static List<Problem> problems(Db db) {
    return db.list("read the problems", "SELECT code, message, location, article_key FROM problem ORDER BY id",
        rs -> {
          String where = rs.getString(3) != null ? rs.getString(3) : rs.getString(4);
          return new Problem(rs.getString(1), rs.getString(2), Optional.ofNullable(where));
        });
  }

  static CorpusSourcing sources(Db db, Optional<String> outlet) {
    Map<List<Object>, Map<Attribution.Kind, Long>> rows = new LinkedHashMap<>();
    db.list("count the sources",
        "SELECT a.outlet, EXTRACT(YEAR FROM a.published) AS y, EXTRACT(MONTH FROM a.published) AS m, k.kind, COUNT(*) AS n"
            + " FROM (SELECT article_id, source_kind AS kind FROM event UNION ALL SELECT at.article_id, at.kind"
            + " FROM attribution at WHERE NOT EXISTS (SELECT 1 FROM event ev WHERE ev.attribution_id = at.id)) k"
            + " JOIN article a ON a.id = k.article_id" + (outlet.isPresent() ? " WHERE a.outlet = ?" : "")
            + " GROUP BY a.outlet, EXTRACT(YEAR FROM a.published), EXTRACT(MONTH FROM a.published), k.kind"
            + " ORDER BY a.outlet NULLS LAST, y NULLS LAST, m NULLS LAST, k.kind",
        rs -> {
          String o = rs.getString(1);
          int y = rs.getInt(2);
          Optional<YearMonth> month = rs.wasNull() ? Optional.empty() : Optional.of(YearMonth.of(y, rs.getInt(3)));
          rows.computeIfAbsent(List.of(Optional.ofNullable(o), month), k -> new EnumMap<>(Attribution.Kind.class))
              .put(Attribution.Kind.valueOf(rs.getString(4)), rs.getLong(5));
          return null;
        }, outlet.map(o -> new Object[] {o}).orElse(new Object[0]));
    List<CorpusSourcing.Row> out = new ArrayList<>();
    rows.forEach((k, v) -> out.add(new CorpusSourcing.Row(optional(k.get(0)), optional(k.get(1)), v)));
    return new CorpusSourcing(out);
  }

  @SuppressWarnings("unchecked")
  private static <T> Optional<T> optional(Object o) {
    return (Optional<T>) o;
  }

  static List<StoryView> stories(Db db, Optional<String> corpusId, int limit) {
    String chosen = "SELECT s.id FROM story s"
        + (corpusId.isPresent() ? " WHERE s.id IN (SELECT sr.story_id FROM story_report sr JOIN participant p"
            + " ON p.event_id = sr.event_id JOIN corpus_member cm ON cm.entity_id = p.entity_id WHERE cm.corpus_id = ?)" : "")
        + " ORDER BY s.first_day DESC NULLS LAST, s.id LIMIT " + Math.max(0, limit);
    Object[] args = corpusId.map(id -> new Object[] {id}).orElse(new Object[0]);
    return stories(db, chosen, args);
  }

  static Optional<StoryView> story(Db db, String id) {
    return stories(db, "SELECT s.id FROM story s WHERE s.id = ?", new Object[] {id}).stream().findFirst();
  }

  private static List<StoryView> stories(Db db, String chosen, Object[] args) {
    return db.read("read stories", c -> {
      Map<String, List<StoryView.Participant>> participants = new LinkedHashMap<>();
      Db.list(c, "SELECT DISTINCT sr.story_id, ce.id, ce.name, ce.mention_count FROM story_report sr"
          + " JOIN participant p ON p.event_id = sr.event_id JOIN corpus_member cm ON cm.entity_id = p.entity_id"
          + " JOIN corpus_entity ce ON ce.id = cm.corpus_id WHERE sr.story_id IN (SELECT x.id FROM (" + chosen + ") x)"
          + " ORDER BY sr.story_id, ce.mention_count DESC, ce.id", rs -> {
            List<StoryView.Participant> list = participants.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
            if (list.size() < StoryView.PARTICIPANTS) {
              list.add(new StoryView.Participant(rs.getString(2), rs.getString(3)));
            }
            return null;
          }, args);
      Map<String, List<StoryView.Report>> reports = new LinkedHashMap<>();
      int reach = SentenceAround.REACH;
      Db.list(c, "SELECT sr.story_id, ev.local_id, ev.event_day, ev.source_kind, a.article_key, a.published, a.outlet,"
          + " ev.trigger_start, ev.trigger_end, GREATEST(ev.trigger_start - " + reach + ", 0) AS window_start,"
          + " SUBSTRING(a.body FROM GREATEST(ev.trigger_start - " + reach + ", 0) + 1"
          + " FOR ev.trigger_end - GREATEST(ev.trigger_start - " + reach + ", 0) + " + reach + ") AS window_text"
          + " FROM story_report sr JOIN event ev ON ev.id = sr.event_id JOIN article a ON a.id = ev.article_id"
          + " WHERE sr.story_id IN (SELECT x.id FROM (" + chosen + ") x)"
          + " ORDER BY sr.story_id, ev.event_day NULLS LAST, a.article_key, ev.local_id", rs -> {
            SentenceAround sentence = SentenceAround.cut(rs.getString("window_text"), rs.getInt("window_start"),
                rs.getInt("trigger_start"), rs.getInt("trigger_end"));
            return reports.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new StoryView.Report(
                EntityQueries.article(rs), rs.getString(2), Db.date(rs, "event_day"), sentence.word(), sentence.before(),
                sentence.after(), Attribution.Kind.valueOf(rs.getString(4))));
          }, args);
      Map<String, List<StoryView.Conflict>> conflicts = new LinkedHashMap<>();
      Db.list(c, "SELECT sc.story_id, sc.on_what, aa.article_key AS a_key, ea.local_id AS a_event, sc.a_says,"
          + " ab.article_key AS b_key, eb.local_id AS b_event, sc.b_says FROM story_conflict sc"
          + " JOIN event ea ON ea.id = sc.a_event_id JOIN article aa ON aa.id = ea.article_id"
          + " JOIN event eb ON eb.id = sc.b_event_id JOIN article ab ON ab.id = eb.article_id"
          + " WHERE sc.story_id IN (SELECT x.id FROM (" + chosen + ") x) ORDER BY sc.story_id, sc.on_what, aa.article_key",
          rs -> conflicts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new StoryView.Conflict(rs.getString(2),
              rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))), args);
      return Db.list(c, "SELECT s.id, s.type, s.first_day, s.last_day FROM story s WHERE s.id IN (SELECT x.id FROM ("
          + chosen + ") x) ORDER BY s.first_day DESC NULLS LAST, s.id",
          rs -> new StoryView(rs.getString(1), Event.Type.valueOf(rs.getString(2)), Db.date(rs, "first_day"),
              Db.date(rs, "last_day"), reports.getOrDefault(rs.getString(1), List.of()),
              conflicts.getOrDefault(rs.getString(1), List.of()), participants.getOrDefault(rs.getString(1), List.of())), args);
    });
  }

  static Stats stats(Db db, long bytes) {
    return db.read("count the corpus", c -> {
      long[] n = new long[6];
      String[] tables = {"article", "entity", "corpus_entity", "event", "story", "problem"};
      for (int i = 0; i < tables.length; i++) {
        n[i] = Db.list(c, "SELECT COUNT(*) FROM " + tables[i], rs -> rs.getLong(1)).get(0);
      }
      return new Stats(n[0], n[1], n[2], n[3], n[4], n[5], bytes);
    });
  }
}
