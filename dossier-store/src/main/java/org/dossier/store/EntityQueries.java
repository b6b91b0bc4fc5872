package org.dossier.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

/** The questions asked of one corpus entity: find it by name, its profile, its timeline. */
final class EntityQueries {

  private static final String ARTICLE = "a.article_key, a.published, a.outlet";
  private static final java.util.Set<String> PLACES = java.util.Set.of(EntityType.LOCATION.name(), EntityType.FACILITY.name());

  private EntityQueries() {}

  static Set<Long> articlesOf(Db db, String corpusId) {
    return new HashSet<>(db.list("find the articles of an entity",
        "SELECT DISTINCT e.article_id FROM corpus_member cm JOIN entity e ON e.id = cm.entity_id WHERE cm.corpus_id = ?",
        rs -> rs.getLong(1), corpusId));
  }

  static List<EntityHit> find(Db db, String name) {
    String norm = Names.normalise(name);
    if (norm.isEmpty()) {
      return List.of();
    }
    return db.list("find entities",
        // one join led by the names (an index range): H2 led a union of the two matches by a
        // scan of every corpus entity, 0.7 s on the Reuters corpus
        "SELECT ce.id, ce.name, ce.type, ce.mention_count, ce.article_count,"
            + " MAX(CASE WHEN cn.norm_name = ? THEN 1 ELSE 0 END) AS exact"
            + " FROM corpus_name cn JOIN corpus_entity ce ON ce.id = cn.corpus_id WHERE cn.norm_name LIKE ?"
            + " GROUP BY ce.id, ce.name, ce.type, ce.mention_count, ce.article_count"
            + " ORDER BY exact DESC, ce.mention_count DESC, ce.id LIMIT 50",
        rs -> new EntityHit(rs.getString(1), rs.getString(2), EntityType.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5)),
        norm, norm + "%");
  }

  static boolean exists(Db db, String id) {
    return !db.list("find an entity", "SELECT 1 FROM corpus_entity WHERE id = ?", rs -> 1, id).isEmpty();
  }

  static Optional<EntityProfile> profile(Db db, String id) {
    return db.read("read an entity", c -> {
      List<Object[]> head = Db.list(c, "SELECT name, type, wikipedia, mention_count, article_count FROM corpus_entity"
          + " WHERE id = ?", rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)}, id);
      if (head.isEmpty()) {
        return Optional.empty();
      }
      Object[] h = head.get(0);
      // every section reads rows kept for this entity at resolution (EntityProfiles), a hundred at
      // most, through an index; none joins the members, whose number grows with the corpus
      Optional<EntityProfile.Coordinates> where = !PLACES.contains((String) h[1]) ? Optional.empty()
          : Db.list(c, "SELECT lat, lon, country FROM corpus_place WHERE corpus_id = ?",
              rs -> new EntityProfile.Coordinates(rs.getDouble(1), rs.getDouble(2), Db.text(rs, "country")), id)
          .stream().findFirst();
      Map<String, Integer> names = new LinkedHashMap<>();
      Db.list(c, "SELECT name, uses FROM corpus_name_use WHERE corpus_id = ? ORDER BY uses DESC, name", rs -> {
        names.put(rs.getString(1), rs.getInt(2));
        return null;
      }, id);
      List<EntityProfile.Reported> descriptors = Db.list(c, "SELECT d.role, d.qualifiers, d.start_off, d.end_off, " + ARTICLE
          + " FROM corpus_descriptor d JOIN article a ON a.id = d.article_id WHERE d.corpus_id = ? ORDER BY d.seq",
          rs -> new EntityProfile.Reported(rs.getString(1), words(rs.getString(2)), article(rs),
              new Span(rs.getInt(3), rs.getInt(4))), id);
      List<EntityProfile.Affiliation> affiliations = new ArrayList<>();
      affiliations.addAll(affiliations(c, id, true));
      affiliations.addAll(affiliations(c, id, false));
      List<EntityProfile.EventRole> events = Db.list(c, "SELECT ev.local_id, ev.type, ev.event_day, ce.role, " + ARTICLE
          + " FROM corpus_event ce JOIN event ev ON ev.id = ce.event_id JOIN article a ON a.id = ev.article_id"
          + " WHERE ce.corpus_id = ? AND ce.profile_seq <= " + EntityProfile.LIMIT + " ORDER BY ce.profile_seq",
          rs -> new EntityProfile.EventRole(rs.getString(1), Event.Type.valueOf(rs.getString(2)), Db.date(rs, "event_day"),
              Event.Role.valueOf(rs.getString(4)), article(rs)), id);
      List<EntityProfile.Cooccurrence> cooccurring = Db.list(c, "SELECT co.other_id, ce.name, co.articles"
          + " FROM corpus_cooccurrence co JOIN corpus_entity ce ON ce.id = co.other_id WHERE co.corpus_id = ?"
          + " ORDER BY co.articles DESC, co.other_id",
          rs -> new EntityProfile.Cooccurrence(rs.getString(1), rs.getString(2), rs.getInt(3)), id);
      Map<Attribution.Kind, Integer> said = new EnumMap<>(Attribution.Kind.class);
      Db.list(c, "SELECT source_kind, events FROM corpus_said WHERE corpus_id = ?", rs -> {
            said.put(Attribution.Kind.valueOf(rs.getString(1)), rs.getInt(2));
            return null;
          }, id);
      return Optional.of(new EntityProfile(id, (String) h[0], EntityType.valueOf((String) h[1]), Optional.ofNullable((String) h[2]),
          where, (Integer) h[3], (Integer) h[4],
          names.entrySet().stream().map(e -> new EntityProfile.NameCount(e.getKey(), e.getValue())).toList(),
          descriptors, affiliations, events, cooccurring, new EntityProfile.SaidAbout(said)));
    });
  }

  private static List<EntityProfile.Affiliation> affiliations(java.sql.Connection c, String id, boolean outgoing)
      throws SQLException {
    String other = outgoing ? "object_id" : "subject_id";
    return Db.list(c, "SELECT r.predicate, cmo.corpus_id, COALESCE(ceo.name, o.name, o.type) AS other_name,"
        + " r.evidence_start, r.evidence_end, " + ARTICLE + " FROM corpus_relation cr"
        + " JOIN relation r ON r.id = cr.relation_id JOIN entity o ON o.id = r." + other
        + " LEFT JOIN corpus_member cmo ON cmo.entity_id = o.id LEFT JOIN corpus_entity ceo ON ceo.id = cmo.corpus_id"
        + " JOIN article a ON a.id = r.article_id WHERE cr.corpus_id = ? AND cr.outgoing = " + outgoing + " ORDER BY cr.seq",
        rs -> new EntityProfile.Affiliation(rs.getString(1), outgoing, Db.text(rs, "corpus_id"), rs.getString(3), article(rs),
            new Span(rs.getInt(4), rs.getInt(5))), id);
  }

  static List<MergeEvidence> mergeEvidence(Db db, String id) {
    String member = "a%1$s.article_key AS %1$s_key, a%1$s.published AS %1$s_published, a%1$s.outlet AS %1$s_outlet,"
        + " e%1$s.local_id AS %1$s_local, COALESCE(e%1$s.name, e%1$s.type) AS %1$s_name";
    return db.list("read the merge evidence", "SELECT " + member.formatted("a") + ", " + member.formatted("b")
        + ", me.reason FROM merge_evidence me JOIN entity ea ON ea.id = me.a_entity_id JOIN article aa ON aa.id = ea.article_id"
        + " JOIN entity eb ON eb.id = me.b_entity_id JOIN article ab ON ab.id = eb.article_id WHERE me.corpus_id = ?"
        + " ORDER BY aa.article_key, ea.local_id, ab.article_key, eb.local_id LIMIT " + MergeEvidence.LIMIT,
        rs -> new MergeEvidence(member(rs, "a"), member(rs, "b"), rs.getString("reason")), id);
  }

  private static MergeEvidence.Member member(ResultSet rs, String side) throws SQLException {
    ArticleRef article = new ArticleRef(rs.getString(side + "_key"), Db.date(rs, side + "_published"),
        Db.text(rs, side + "_outlet"));
    return new MergeEvidence.Member(article, rs.getString(side + "_local"), rs.getString(side + "_name"));
  }

  static List<TimelineItem> timeline(Db db, String id, Optional<LocalDate> from, Optional<LocalDate> to, int limit) {
    String range = (from.isPresent() ? " AND ev.event_day >= ?" : "") + (to.isPresent() ? " AND ev.event_day <= ?" : "");
    List<Object> args = new ArrayList<>(List.of(id));
    from.ifPresent(d -> args.add(java.sql.Date.valueOf(d)));
    to.ifPresent(d -> args.add(java.sql.Date.valueOf(d)));
    args.add(Math.max(0, limit));
    return db.read("read a timeline", c -> {
      Map<Long, Object[]> rows = new LinkedHashMap<>();
      Db.list(c, "SELECT ev.id, ev.local_id, ev.type, ev.event_day, t.time_value, ev.trigger_start, ev.trigger_end,"
          + " SUBSTRING(a.body FROM ev.trigger_start + 1 FOR ev.trigger_end - ev.trigger_start) AS trigger_text,"
          + " ev.source_kind, CASE WHEN at.source_start IS NULL THEN NULL"
          + " ELSE SUBSTRING(a.body FROM at.source_start + 1 FOR at.source_end - at.source_start) END AS source_text,"
          + " ev.polarity, ev.modality, " + ARTICLE
          // the events are chosen first, in the timeline order kept at resolution (EntityProfiles),
          // and only those few have their words read from the bodies
          + " FROM (SELECT DISTINCT ce.event_id, ce.timeline_seq FROM corpus_event ce WHERE ce.corpus_id = ?"
          + range.replace("ev.", "ce.") + " ORDER BY ce.timeline_seq LIMIT ?) pick"
          + " JOIN event ev ON ev.id = pick.event_id JOIN article a ON a.id = ev.article_id"
          + " LEFT JOIN time_expr t ON t.id = ev.time_id LEFT JOIN attribution at ON at.id = ev.attribution_id"
          + " ORDER BY pick.timeline_seq", rs -> {
            rows.put(rs.getLong("id"), new Object[] {article(rs), rs.getString("local_id"), Event.Type.valueOf(rs.getString("type")),
                Db.date(rs, "event_day"), Db.text(rs, "time_value"), rs.getString("trigger_text"),
                new Span(rs.getInt("trigger_start"), rs.getInt("trigger_end")),
                Attribution.Kind.valueOf(rs.getString("source_kind")), Db.text(rs, "source_text"),
                Event.Polarity.valueOf(rs.getString("polarity")), Event.Modality.valueOf(rs.getString("modality"))});
            return null;
          }, args.toArray());
      Map<Long, List<TimelineItem.Party>> parties = new LinkedHashMap<>();
      List<Long> ids = new ArrayList<>(rows.keySet());
      for (int at = 0; at < ids.size(); at += 500) {
        List<Long> chunk = ids.subList(at, Math.min(ids.size(), at + 500));
        Db.list(c, "SELECT p.event_id, p.role, COALESCE(ce.name, e.name, e.type) AS party, cm.corpus_id FROM participant p"
            + " JOIN entity e ON e.id = p.entity_id LEFT JOIN corpus_member cm ON cm.entity_id = e.id"
            + " LEFT JOIN corpus_entity ce ON ce.id = cm.corpus_id WHERE p.event_id IN ("
            + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ") ORDER BY p.event_id, e.id",
            rs -> parties.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new TimelineItem.Party(rs.getString(3),
                Db.text(rs, "corpus_id"), Event.Role.valueOf(rs.getString(2)))), chunk.toArray());
      }
      List<TimelineItem> out = new ArrayList<>();
      rows.forEach((row, r) -> out.add(new TimelineItem((ArticleRef) r[0], (String) r[1], (Event.Type) r[2], optional(r[3]),
          optional(r[4]), (String) r[5], (Span) r[6], parties.getOrDefault(row, List.of()), (Attribution.Kind) r[7],
          optional(r[8]), (Event.Polarity) r[9], (Event.Modality) r[10])));
      return List.copyOf(out);
    });
  }

  @SuppressWarnings("unchecked")
  private static <T> Optional<T> optional(Object o) {
    return (Optional<T>) o;
  }

  static ArticleRef article(ResultSet rs) throws SQLException {
    return new ArticleRef(rs.getString("article_key"), Db.date(rs, "published"), Db.text(rs, "outlet"));
  }

  private static List<String> words(String text) {
    return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(" "));
  }
}
