package org.dossier.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.analysis.Analysis;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Descriptor;
import org.dossier.analysis.Entity;
import org.dossier.analysis.Event;
import org.dossier.analysis.Relation;
import org.dossier.analysis.TimeExpression;
import org.dossier.text.Article;
import org.dossier.text.Problem;
import org.dossier.text.Span;

/** Writes one analysis into the tables, on a connection whose transaction the caller owns. */
final class ArticleWriter {

  private final Connection c;
  private final Map<String, Long> entities = new HashMap<>();
  private final Map<String, Long> times = new HashMap<>();
  private final Map<String, Long> attributions = new HashMap<>();
  private final Map<String, Long> events = new HashMap<>();

  private ArticleWriter(Connection c) {
    this.c = c;
  }

  /** Inserts the article under {@code key} and all its facts; its row id. */
  static long write(Connection c, Analysis analysis, String key, String hash, Instant now) throws SQLException {
    return new ArticleWriter(c).article(analysis, key, hash, now);
  }

  /** Records problems, with the article's row when there is one. */
  static void problems(Connection c, Optional<Long> articleId, Optional<String> articleKey, List<Problem> problems, Instant now)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO problem (article_id, article_key, location, code, message, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Problem p : problems) {
        setLong(ps, 1, articleId);
        ps.setString(2, articleKey.orElse(null));
        ps.setString(3, p.where().orElse(null));
        ps.setString(4, p.code());
        ps.setString(5, p.message());
        ps.setTimestamp(6, Timestamp.from(now));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private long article(Analysis analysis, String key, String hash, Instant now) throws SQLException {
    Article a = analysis.article();
    long id = insert(
        "INSERT INTO article (article_key, content_hash, published, title, outlet, url, body, ingested_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        key, hash, date(a.date()), a.title().orElse(null), a.source().orElse(null), a.url().orElse(null), a.body(),
        Timestamp.from(now));
    for (Entity e : analysis.entities()) {
      entity(id, e);
    }
    for (TimeExpression t : analysis.times()) {
      times.put(t.id().value(), insert(
          "INSERT INTO time_expr (article_id, local_id, start_off, end_off, type, time_value, time_mod, anchor,"
              + " first_day, last_day, granularity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          id, t.id().value(), t.span().start(), t.span().end(), t.type().name(), t.value(), t.mod().orElse(null),
          t.anchor().name(), date(t.interval().map(TimeExpression.Interval::first)),
          date(t.interval().map(TimeExpression.Interval::last)),
          t.granularity().map(Enum::name).orElse(null)));
    }
    Map<String, Attribution.Kind> kinds = new HashMap<>();
    for (Attribution at : analysis.attributions()) {
      kinds.put(at.id().value(), at.kind());
      attributions.put(at.id().value(), insert(
          "INSERT INTO attribution (article_id, local_id, kind, cue_start, cue_end, source_start, source_end,"
              + " source_entity_id, content_start, content_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          id, at.id().value(), at.kind().name(), at.cue().start(), at.cue().end(),
          at.source().map(Span::start).orElse(null), at.source().map(Span::end).orElse(null),
          at.sourceEntity().map(s -> entities.get(s.value())).orElse(null),
          at.content().start(), at.content().end()));
    }
    Map<String, LocalDate> firstDays = new HashMap<>();
    for (TimeExpression t : analysis.times()) {
      t.interval().ifPresent(i -> firstDays.put(t.id().value(), i.first()));
    }
    for (Event e : analysis.events()) {
      event(id, e, kinds, firstDays, a.date());
    }
    for (Relation r : analysis.relations()) {
      Long subject = entities.get(r.subject().value());
      Long object = entities.get(r.object().value());
      if (subject != null && object != null) {
        insert("INSERT INTO relation (article_id, subject_id, predicate, object_id, evidence_start, evidence_end)"
            + " VALUES (?, ?, ?, ?, ?, ?)", id, subject, r.predicate(), object, r.evidence().start(), r.evidence().end());
      }
    }
    problems(c, Optional.of(id), Optional.of(key), analysis.problems(), now);
    return id;
  }

  private void entity(long articleId, Entity e) throws SQLException {
    long id = insert(
        "INSERT INTO entity (article_id, local_id, type, name, norm_name, subtype, wikipedia, link_score, geoname_id,"
            + " lat, lon, country, province, city, mention_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        articleId, e.id().value(), e.type().name(), e.name().orElse(null), e.name().map(Names::normalise).orElse(null),
        e.subtype().orElse(null), e.link().map(l -> l.id()).orElse(null), e.link().map(l -> l.score()).orElse(null),
        e.place().map(p -> p.geonameId()).orElse(null), e.place().map(p -> p.latitude()).orElse(null),
        e.place().map(p -> p.longitude()).orElse(null), e.place().map(p -> p.country()).orElse(null),
        e.place().flatMap(p -> p.province()).orElse(null), e.place().flatMap(p -> p.city()).orElse(null),
        e.mentions().size());
    entities.put(e.id().value(), id);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO mention (entity_id, start_off, end_off) VALUES (?, ?, ?)")) {
      for (Span m : e.mentions()) {
        ps.setLong(1, id);
        ps.setInt(2, m.start());
        ps.setInt(3, m.end());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO alias (entity_id, name, norm_name) VALUES (?, ?, ?)")) {
      for (String alias : e.aliases()) {
        ps.setLong(1, id);
        ps.setString(2, alias);
        ps.setString(3, Names.normalise(alias));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO descriptor (entity_id, start_off, end_off, role, qualifiers) VALUES (?, ?, ?, ?, ?)")) {
      for (Descriptor d : e.descriptors()) {
        ps.setLong(1, id);
        ps.setInt(2, d.span().start());
        ps.setInt(3, d.span().end());
        ps.setString(4, d.role());
        ps.setString(5, String.join(" ", d.qualifiers()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void event(long articleId, Event e, Map<String, Attribution.Kind> kinds, Map<String, LocalDate> firstDays,
      Optional<LocalDate> articleDate) throws SQLException {
    Attribution.Kind kind = e.attribution().map(a -> kinds.get(a.value())).orElse(Attribution.Kind.AUTHOR);
    Optional<LocalDate> day = e.time().map(t -> firstDays.get(t.value())).or(() -> articleDate);
    long id = insert(
        "INSERT INTO event (article_id, local_id, type, trigger_start, trigger_end, time_id, time_source,"
            + " place_entity_id, attribution_id, source_kind, polarity, modality, sentence, event_day)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        articleId, e.id().value(), e.type().name(), e.trigger().start(), e.trigger().end(),
        e.time().map(t -> times.get(t.value())).orElse(null), e.timeSource().name(),
        e.place().map(p -> entities.get(p.value())).orElse(null),
        e.attribution().map(a -> attributions.get(a.value())).orElse(null), kind.name(), e.polarity().name(),
        e.modality().name(), e.sentence(), date(day));
    events.put(e.id().value(), id);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO participant (event_id, entity_id, role) VALUES (?, ?, ?)")) {
      for (Event.Participant p : e.participants()) {
        Long entity = entities.get(p.entity().value());
        if (entity != null) {
          ps.setLong(1, id);
          ps.setLong(2, entity);
          ps.setString(3, p.role().name());
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  private long insert(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
      for (int i = 0; i < args.length; i++) {
        if (args[i] == null) {
          ps.setNull(i + 1, Types.NULL);
        } else {
          ps.setObject(i + 1, args[i]);
        }
      }
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /**
   * A day as the database keeps it; none for a day outside the years 1 to 9999 (a time such as
   * "5,000 years ago" resolves there), which PostgreSQL's {@code DATE} cannot always hold and no
   * timeline needs. The time's value keeps what the text said.
   */
  private static Date date(Optional<LocalDate> day) {
    return day.filter(d -> d.getYear() >= 1 && d.getYear() <= 9999).map(Date::valueOf).orElse(null);
  }

  private static void setLong(PreparedStatement ps, int i, Optional<Long> value) throws SQLException {
    if (value.isPresent()) {
      ps.setLong(i, value.get());
    } else {
      ps.setNull(i, Types.BIGINT);
    }
  }
}
