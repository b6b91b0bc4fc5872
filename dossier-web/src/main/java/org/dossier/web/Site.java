package org.dossier.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.store.ArticleView;
import org.dossier.store.CorpusSourcing;
import org.dossier.store.EntityHit;
import org.dossier.store.EntityProfile;
import org.dossier.store.GraphQuery;
import org.dossier.store.GraphView;
import org.dossier.store.MergeEvidence;
import org.dossier.store.SearchQuery;
import org.dossier.store.SearchResult;
import org.dossier.store.Store;
import org.dossier.store.StoryView;
import org.dossier.store.TimelineItem;

/** The questions pages and API ask of the store, each bounded; a missing thing is a 404. */
final class Site {

  /** Events on a timeline when the request names no limit. */
  static final int TIMELINE = 200;
  static final int TIMELINE_MAX = 1000;

  private final Store store;

  Site(Store store) {
    this.store = store;
  }

  SearchResult search(SearchQuery q) {
    return store.search(q);
  }

  List<EntityHit> find(String name) {
    return store.findEntities(name);
  }

  EntityProfile entity(String id) {
    return store.entity(id).orElseThrow(() -> Failures.notFound("there is no entity " + id));
  }

  List<TimelineItem> timeline(String id, Optional<LocalDate> from, Optional<LocalDate> to, int limit) {
    if (!store.hasEntity(id)) {
      throw Failures.notFound("there is no entity " + id);
    }
    return store.timeline(id, from, to, limit);
  }

  List<MergeEvidence> merges(String id) {
    return store.mergeEvidence(id);
  }

  ArticleView article(String id) {
    return store.article(id).orElseThrow(() -> Failures.notFound("there is no article " + id));
  }

  StoryView story(String id) {
    return store.story(id).orElseThrow(() -> Failures.notFound("there is no story " + id));
  }

  List<StoryView> stories(Optional<String> entity, int limit) {
    return store.stories(entity, limit);
  }

  GraphView graph(GraphQuery q) {
    return store.graph(q);
  }

  CorpusSourcing sourcing(Optional<String> outlet) {
    return store.sources(outlet);
  }

  /** Every outlet with its number of articles, most first (the outlet facet of the whole corpus). */
  List<Map.Entry<String, Long>> outlets() {
    return store.search(SearchQuery.of("").page(0, 1)).facets().outlets().entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .toList();
  }
}
