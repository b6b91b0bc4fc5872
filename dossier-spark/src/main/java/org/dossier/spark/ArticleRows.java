package org.dossier.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.dossier.json.AnalysisJson;
import org.dossier.store.BulkTable;
import org.dossier.text.Article;
import org.dossier.text.Problem;
import org.dossier.text.Span;

/**
 * One article's analysis as rows of the job's tables ({@link BulkTable}: the columns the store
 * loads), each row ending with the article's day, the partition column. An article is named by the
 * SHA-256 of its body, as the store names it, so that a task run twice writes the same rows.
 */
final class ArticleRows implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The partition of articles without a date. */
  static final String UNDATED = "undated";

  final String hash;
  final String day;
  final String json; // the contract's JSON line; null unless asked for
  final EnumMap<BulkTable, List<Object[]>> rows = new EnumMap<>(BulkTable.class);

  private ArticleRows(String hash, String day, String json) {
    this.hash = hash;
    this.day = day;
    this.json = json;
    for (BulkTable t : BulkTable.values()) {
      rows.put(t, new ArrayList<>());
    }
  }

  static String day(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse(UNDATED);
  }

  /** Problems with input that never became an article. */
  static ArticleRows unreadable(String id, String where, List<Problem> problems) {
    ArticleRows r = new ArticleRows(null, UNDATED, null);
    r.problems(id, where, problems);
    return r;
  }

  /** The rows of one analysis; a failed analysis has only its problems. */
  static ArticleRows of(Analysis analysis, String hash, String where, boolean withJson) {
    Article a = analysis.article();
    ArticleRows r = new ArticleRows(hash, day(a.date()), withJson ? AnalysisJson.toLine(analysis) : null);
    if (analysis.isFailed()) {
      r.problems(a.id(), where, analysis.problems());
      return r;
    }
    r.add(BulkTable.ARTICLES, hash, a.id(), storable(a.date()), a.title().orElse(null),
        a.source().orElse(null), a.url().orElse(null), a.body());
    for (Entity e : analysis.entities()) {
      String id = e.id().value();
      r.add(BulkTable.ENTITIES, hash, id, e.type().name(), e.name().orElse(null), e.subtype().orElse(null),
          e.link().map(l -> l.id()).orElse(null), e.link().map(l -> l.score()).orElse(null),
          e.place().map(p -> p.geonameId()).orElse(null), e.place().map(p -> p.latitude()).orElse(null),
          e.place().map(p -> p.longitude()).orElse(null), e.place().map(p -> p.country()).orElse(null),
          e.place().flatMap(p -> p.province()).orElse(null), e.place().flatMap(p -> p.city()).orElse(null),
          e.mentions().size());
      for (Span m : e.mentions()) {
        r.add(BulkTable.MENTIONS, hash, id, m.start(), m.end());
      }
      for (String alias : e.aliases()) {
        r.add(BulkTable.ALIASES, hash, id, alias);
      }
      for (Descriptor d : e.descriptors()) {
        r.add(BulkTable.DESCRIPTORS, hash, id, d.span().start(), d.span().end(), d.role(), String.join(" ", d.qualifiers()));
      }
    }
    for (TimeExpression t : analysis.times()) {
      r.add(BulkTable.TIMES, hash, t.id().value(), t.span().start(), t.span().end(), t.type().name(), t.value(),
          t.mod().orElse(null), t.anchor().name(), storable(t.interval().map(TimeExpression.Interval::first)),
          storable(t.interval().map(TimeExpression.Interval::last)), t.granularity().map(Enum::name).orElse(null));
    }
    for (Attribution at : analysis.attributions()) {
      r.add(BulkTable.ATTRIBUTIONS, hash, at.id().value(), at.kind().name(), at.cue().start(), at.cue().end(),
          at.source().map(Span::start).orElse(null), at.source().map(Span::end).orElse(null),
          at.sourceEntity().map(s -> s.value()).orElse(null), at.content().start(), at.content().end());
    }
    for (Event e : analysis.events()) {
      r.add(BulkTable.EVENTS, hash, e.id().value(), e.type().name(), e.trigger().start(), e.trigger().end(),
          e.time().map(t -> t.value()).orElse(null), e.timeSource().name(), e.place().map(p -> p.value()).orElse(null),
          e.attribution().map(x -> x.value()).orElse(null), e.polarity().name(), e.modality().name(), e.sentence());
      for (Event.Participant p : e.participants()) {
        r.add(BulkTable.PARTICIPANTS, hash, e.id().value(), p.entity().value(), p.role().name());
      }
    }
    for (Relation rel : analysis.relations()) {
      r.add(BulkTable.RELATIONS, hash, rel.subject().value(), rel.predicate(), rel.object().value(),
          rel.evidence().start(), rel.evidence().end());
    }
    r.problems(a.id(), where, analysis.problems());
    return r;
  }

  private void problems(String id, String where, List<Problem> problems) {
    for (Problem p : problems) {
      add(BulkTable.PROBLEMS, hash, id, p.where().orElse(where), p.code(), p.message());
    }
  }

  private void add(BulkTable table, Object... values) {
    Object[] row = new Object[values.length + 1];
    System.arraycopy(values, 0, row, 0, values.length);
    row[values.length] = day;
    rows.get(table).add(row);
  }

  /** A day Parquet's and PostgreSQL's dates hold (years 1 to 9999), as the store keeps days; else none. */
  private static LocalDate storable(Optional<LocalDate> day) {
    return day.filter(d -> d.getYear() >= 1 && d.getYear() <= 9999).orElse(null);
  }

  /** The number of rows of each table. */
  Map<BulkTable, Integer> counts() {
    Map<BulkTable, Integer> out = new EnumMap<>(BulkTable.class);
    rows.forEach((t, list) -> out.put(t, list.size()));
    return out;
  }
}
