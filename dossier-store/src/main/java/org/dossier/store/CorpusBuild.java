package org.dossier.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Event;
import org.dossier.resolve.EntityKey;
import org.dossier.resolve.EntityRecord;
import org.dossier.resolve.EventRecord;
import org.dossier.resolve.Evidence;
import org.dossier.resolve.Resolution;
import org.dossier.resolve.Story;
import org.dossier.resolve.TableRecords;

/**
 * Resolution over the stored corpus: reads the entity and event records from the tables, hands
 * them to the resolver and the story grouping, and rewrites the corpus tables in one transaction,
 * {@link EntityProfiles} included.
 */
final class CorpusBuild {

  /** Which article entities are one corpus entity. */
  interface Resolver {
    Resolution resolve(Collection<EntityRecord> records);
  }

  /** Which events are one story. */
  interface Grouper {
    List<Story> group(Collection<EventRecord> events, Resolution resolution);
  }

  /** What is known of one article entity row beyond its record. */
  private record Member(long row, long articleRow, EntityType type, Optional<String> name, Optional<String> wikipedia,
      int mentions) {}

  private static final int COOCCURRING = 50;

  private final TableRecords records = new TableRecords();
  private final Map<Long, EntityKey> keys = new TreeMap<>(); // entity row -> key
  private final Map<EntityKey, EntityRecord> byKey = new HashMap<>();
  private final Map<EntityKey, Member> members = new HashMap<>();
  private final Map<Story.EventKey, long[]> events = new HashMap<>(); // row id, epoch day or MIN

  private CorpusBuild() {}

  static ResolveResult run(Db db, Resolver resolver, Grouper grouper) {
    CorpusBuild build = new CorpusBuild();
    List<EventRecord> eventRecords = db.read("read the entities and events", c -> {
      build.loadEntities(c);
      return build.loadEvents(c);
    });
    List<EntityRecord> records = build.records.records();
    records.forEach(r -> build.byKey.put(r.key(), r));
    Resolution resolution = resolver.resolve(records);
    List<Story> stories = grouper.group(eventRecords, resolution);
    return db.inTransaction("write the corpus entities and stories", c -> build.write(c, resolution, stories));
  }

  private void loadEntities(Connection c) throws SQLException {
    Db.list(c, "SELECT e.id, a.article_key, e.local_id, a.published, e.type, e.name, e.wikipedia, e.geoname_id,"
        + " e.article_id, e.mention_count FROM entity e JOIN article a ON a.id = e.article_id ORDER BY e.id", rs -> {
          EntityKey key = new EntityKey(rs.getString("article_key"), rs.getString("local_id"));
          EntityType type = EntityType.valueOf(rs.getString("type"));
          Optional<String> name = Db.text(rs, "name");
          Optional<String> wikipedia = Db.text(rs, "wikipedia");
          long geo = rs.getLong("geoname_id");
          Optional<Long> geonameId = rs.wasNull() ? Optional.empty() : Optional.of(geo);
          long article = rs.getLong("article_id");
          long row = rs.getLong("id");
          records.entity(key, Db.date(rs, "published"), type, name, wikipedia, geonameId, Long.toString(article));
          keys.put(row, key);
          members.put(key, new Member(row, article, type, name, wikipedia, rs.getInt("mention_count")));
          return null;
        });
    Db.list(c, "SELECT entity_id, name FROM alias ORDER BY entity_id, name", rs -> {
      records.alias(keys.get(rs.getLong(1)), rs.getString(2));
      return null;
    });
    Db.list(c, "SELECT entity_id, role FROM descriptor ORDER BY entity_id, start_off", rs -> {
      records.descriptor(keys.get(rs.getLong(1)), rs.getString(2));
      return null;
    });
    Db.list(c, "SELECT r.subject_id, r.predicate, o.name FROM relation r JOIN entity o ON o.id = r.object_id"
        + " WHERE o.name IS NOT NULL ORDER BY r.id", rs -> {
          records.affiliation(keys.get(rs.getLong(1)), rs.getString(2), rs.getString(3));
          return null;
        });
  }

  private List<EventRecord> loadEvents(Connection c) throws SQLException {
    Map<Long, List<EventRecord.Participant>> participants = new HashMap<>();
    Db.list(c, "SELECT event_id, entity_id, role FROM participant ORDER BY event_id", rs -> {
      participants.computeIfAbsent(rs.getLong(1), e -> new ArrayList<>())
          .add(new EventRecord.Participant(keys.get(rs.getLong(2)), Event.Role.valueOf(rs.getString(3))));
      return null;
    });
    return Db.list(c, "SELECT ev.id, a.article_key, ev.local_id, a.published, ev.type, t.time_value, t.first_day,"
        + " t.last_day, ev.polarity, ev.modality, ev.source_kind, ev.event_day,"
        + " CASE WHEN at.source_start IS NULL THEN NULL"
        + " ELSE SUBSTRING(a.body FROM at.source_start + 1 FOR at.source_end - at.source_start) END AS source_text"
        + " FROM event ev JOIN article a ON a.id = ev.article_id LEFT JOIN time_expr t ON t.id = ev.time_id"
        + " LEFT JOIN attribution at ON at.id = ev.attribution_id ORDER BY ev.id", rs -> {
          long row = rs.getLong("id");
          String article = rs.getString("article_key");
          String local = rs.getString("local_id");
          Optional<LocalDate> day = Db.date(rs, "event_day");
          events.put(new Story.EventKey(article, local), new long[] {row, day.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE)});
          return new EventRecord(article, local, Db.date(rs, "published"), Event.Type.valueOf(rs.getString("type")),
              Db.text(rs, "time_value"), Db.date(rs, "first_day"), Db.date(rs, "last_day"),
              participants.getOrDefault(row, List.of()), Event.Polarity.valueOf(rs.getString("polarity")),
              Event.Modality.valueOf(rs.getString("modality")), Attribution.Kind.valueOf(rs.getString("source_kind")),
              Db.text(rs, "source_text"));
        });
  }

  private ResolveResult write(Connection c, Resolution resolution, List<Story> stories) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String table : EntityProfiles.TABLES) {
        s.executeUpdate("DELETE FROM " + table);
      }
      for (String table : List.of("story_conflict", "story_report", "story", "merge_evidence", "corpus_cooccurrence", "corpus_name", "corpus_member",
          "corpus_entity")) {
        s.executeUpdate("DELETE FROM " + table);
      }
    }
    Map<String, List<Member>> clusters = new TreeMap<>();
    resolution.corpusIds().forEach((key, id) -> {
      Member m = members.get(key);
      if (m != null) {
        clusters.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
      }
    });
    try (PreparedStatement ce = c.prepareStatement("INSERT INTO corpus_entity (id, name, norm_name, type, wikipedia,"
            + " mention_count, article_count) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement cm = c.prepareStatement("INSERT INTO corpus_member (corpus_id, entity_id) VALUES (?, ?)")) {
      for (Map.Entry<String, List<Member>> cluster : clusters.entrySet()) {
        List<Member> ms = cluster.getValue();
        ms.sort(Comparator.comparingLong(Member::row));
        EntityType type = mostCommon(ms.stream().map(Member::type).toList()).orElseThrow();
        String name = mostCommon(ms.stream().flatMap(m -> m.name().stream()).toList())
            .orElse("unnamed " + type.name().toLowerCase(java.util.Locale.ROOT));
        ce.setString(1, cluster.getKey());
        ce.setString(2, name);
        ce.setString(3, Names.normalise(name));
        ce.setString(4, type.name());
        ce.setString(5, mostCommon(ms.stream().flatMap(m -> m.wikipedia().stream()).toList()).orElse(null));
        ce.setInt(6, ms.stream().mapToInt(Member::mentions).sum());
        ce.setInt(7, (int) ms.stream().mapToLong(Member::articleRow).distinct().count());
        ce.addBatch();
        for (Member m : ms) {
          cm.setString(1, cluster.getKey());
          cm.setLong(2, m.row());
          cm.addBatch();
        }
      }
      ce.executeBatch();
      cm.executeBatch();
    }
    int merges = 0;
    try (PreparedStatement me = c.prepareStatement(
        "INSERT INTO merge_evidence (corpus_id, a_entity_id, b_entity_id, reason) VALUES (?, ?, ?, ?)")) {
      for (Evidence e : resolution.evidence()) {
        Member a = members.get(e.a());
        Member b = members.get(e.b());
        String id = resolution.corpusIds().get(e.a());
        if (a != null && b != null && id != null) {
          me.setString(1, id);
          me.setLong(2, a.row());
          me.setLong(3, b.row());
          me.setString(4, e.reason());
          me.addBatch();
          merges++;
        }
      }
      me.executeBatch();
    }
    writeNames(c, clusters);
    writeCooccurrences(c, clusters);
    EntityProfiles.fill(c);
    int written = writeStories(c, stories);
    return new ResolveResult(members.size(), clusters.size(), merges, written);
  }

  /** Every normalised name and alias of each corpus entity. */
  private void writeNames(Connection c, Map<String, List<Member>> clusters) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO corpus_name (corpus_id, norm_name) VALUES (?, ?)")) {
      for (Map.Entry<String, List<Member>> cluster : clusters.entrySet()) {
        Set<String> names = new TreeSet<>();
        for (Member m : cluster.getValue()) {
          EntityRecord r = byKey.get(keys.get(m.row()));
          r.name().ifPresent(n -> names.add(Names.normalise(n)));
          r.aliases().forEach(a -> names.add(Names.normalise(a)));
        }
        names.remove("");
        for (String name : names) {
          ps.setString(1, cluster.getKey());
          ps.setString(2, name);
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  /** For each corpus entity, the {@link #COOCCURRING} others found in the most articles with it. */
  private void writeCooccurrences(Connection c, Map<String, List<Member>> clusters) throws SQLException {
    List<String> ids = new ArrayList<>(clusters.keySet());
    Map<Long, Set<Integer>> byArticle = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      for (Member m : clusters.get(ids.get(i))) {
        byArticle.computeIfAbsent(m.articleRow(), a -> new TreeSet<>()).add(i);
      }
    }
    Map<Long, Integer> pairs = new HashMap<>();
    for (Set<Integer> inArticle : byArticle.values()) {
      Integer[] in = inArticle.toArray(new Integer[0]);
      for (int x = 0; x < in.length; x++) {
        for (int y = x + 1; y < in.length; y++) {
          pairs.merge(((long) in[x] << 32) | in[y], 1, Integer::sum);
        }
      }
    }
    Map<Integer, List<int[]>> others = new HashMap<>(); // entity -> [other, articles]
    pairs.forEach((pair, n) -> {
      int a = (int) (pair >>> 32);
      int b = (int) (long) pair;
      others.computeIfAbsent(a, k -> new ArrayList<>()).add(new int[] {b, n});
      others.computeIfAbsent(b, k -> new ArrayList<>()).add(new int[] {a, n});
    });
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO corpus_cooccurrence (corpus_id, other_id, articles) VALUES (?, ?, ?)")) {
      for (Map.Entry<Integer, List<int[]>> e : new TreeMap<>(others).entrySet()) {
        List<int[]> list = e.getValue();
        list.sort(Comparator.<int[]>comparingInt(o -> -o[1]).thenComparingInt(o -> o[0]));
        for (int[] o : list.subList(0, Math.min(COOCCURRING, list.size()))) {
          ps.setString(1, ids.get(e.getKey()));
          ps.setString(2, ids.get(o[0]));
          ps.setInt(3, o[1]);
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  private int writeStories(Connection c, List<Story> stories) throws SQLException {
    Set<String> seen = new HashSet<>();
    try (PreparedStatement st = c.prepareStatement(
            "INSERT INTO story (id, type, first_day, last_day, report_count) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement sr = c.prepareStatement("INSERT INTO story_report (story_id, event_id) VALUES (?, ?)");
        PreparedStatement sc = c.prepareStatement("INSERT INTO story_conflict (story_id, on_what, a_event_id, a_says,"
            + " b_event_id, b_says) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Story s : stories) {
        List<long[]> reports = s.reports().stream().map(events::get).filter(java.util.Objects::nonNull).toList();
        if (reports.isEmpty() || !seen.add(s.id())) {
          continue;
        }
        long first = reports.stream().mapToLong(r -> r[1]).filter(d -> d != Long.MIN_VALUE).min().orElse(Long.MIN_VALUE);
        long last = reports.stream().mapToLong(r -> r[1]).filter(d -> d != Long.MIN_VALUE).max().orElse(Long.MIN_VALUE);
        st.setString(1, s.id());
        st.setString(2, s.type().name());
        st.setDate(3, first == Long.MIN_VALUE ? null : Date.valueOf(LocalDate.ofEpochDay(first)));
        st.setDate(4, last == Long.MIN_VALUE ? null : Date.valueOf(LocalDate.ofEpochDay(last)));
        st.setInt(5, reports.size());
        st.addBatch();
        for (long[] r : reports) {
          sr.setString(1, s.id());
          sr.setLong(2, r[0]);
          sr.addBatch();
        }
        for (Story.Conflict k : s.conflicts()) {
          long[] a = events.get(k.a());
          long[] b = events.get(k.b());
          if (a != null && b != null) {
            sc.setString(1, s.id());
            sc.setString(2, k.on());
            sc.setLong(3, a[0]);
            sc.setString(4, k.aSays());
            sc.setLong(5, b[0]);
            sc.setString(6, k.bSays());
            sc.addBatch();
          }
        }
      }
      st.executeBatch();
      sr.executeBatch();
      sc.executeBatch();
    }
    return seen.size();
  }

  /** The most frequent value; ties go to the longest, then the first in natural order. */
  private static <T extends Comparable<T>> Optional<T> mostCommon(List<T> values) {
    Map<T, Integer> counts = new TreeMap<>();
    values.forEach(v -> counts.merge(v, 1, Integer::sum));
    return counts.entrySet().stream()
        .max(Comparator.<Map.Entry<T, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparingInt(e -> e.getKey().toString().length())
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey);
  }
}
