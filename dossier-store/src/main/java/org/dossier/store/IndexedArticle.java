package org.dossier.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.analysis.Analysis;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Entity;
import org.dossier.analysis.Event;

/** What the index holds of one stored article: its text, and the values it is filtered and counted by. */
record IndexedArticle(
    long seq, String key, Optional<String> title, String body, Optional<LocalDate> date, Optional<String> outlet,
    Set<String> eventTypes, Set<String> sourceKinds, Set<String> entityTypes) {

  IndexedArticle {
    Objects.requireNonNull(key, "key");
    eventTypes = Set.copyOf(eventTypes);
    sourceKinds = Set.copyOf(sourceKinds);
    entityTypes = Set.copyOf(entityTypes);
  }

  /**
   * From an analysis. Source kinds are those of its events (AUTHOR when no attribution covers
   * one) and of its attributions, as {@link #SOURCE_KINDS_SQL} reads them back.
   */
  static IndexedArticle of(long seq, String key, Analysis analysis) {
    Set<String> events = new TreeSet<>();
    Set<String> kinds = new TreeSet<>();
    for (Event e : analysis.events()) {
      events.add(e.type().name());
      if (e.attribution().isEmpty()) {
        kinds.add(Attribution.Kind.AUTHOR.name());
      }
    }
    for (Attribution a : analysis.attributions()) {
      kinds.add(a.kind().name());
    }
    Set<String> entities = new TreeSet<>();
    for (Entity e : analysis.entities()) {
      entities.add(e.type().name());
    }
    var a = analysis.article();
    return new IndexedArticle(seq, key, a.title(), a.body(), a.date(), a.source(), events, kinds, entities);
  }

  /** The same source kinds, from the tables: one row (article id, kind) each. */
  static final String SOURCE_KINDS_SQL =
      "SELECT article_id, source_kind FROM event WHERE attribution_id IS NULL AND article_id BETWEEN ? AND ?"
          + " UNION SELECT article_id, kind FROM attribution WHERE article_id BETWEEN ? AND ?";
}
