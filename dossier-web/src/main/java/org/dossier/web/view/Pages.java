package org.dossier.web.view;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.store.ArticleView;
import org.dossier.store.CorpusSourcing;
import org.dossier.store.EntityHit;
import org.dossier.store.EntityProfile;
import org.dossier.store.GraphQuery;
import org.dossier.store.GraphView;
import org.dossier.store.SearchResult;
import org.dossier.store.StoryView;
import org.dossier.store.TimelineItem;

/** The model of each page: what its template shows, computed before it renders. */
public final class Pages {

  private Pages() {}

  /** The search form's values, the hits, the facets, and the entities whose name matches the words. */
  public record Search(
      Map<String, String> form, SearchResult result, List<Format.Bar> histogram, List<EntityHit> entities, int offset,
      int limit) {}

  /** An entity: its profile, its timeline, its stories, where it is, how it is sourced. */
  public record Entity(
      EntityProfile profile, List<TimelineItem> timeline, boolean timelineCut, List<StoryView> stories,
      Optional<Format.Pin> pin, List<Format.Bar> said) {}

  /** An article cut into marked segments, with its sourcing bar. */
  public record Article(ArticleView article, List<Segment> segments, List<Format.Bar> sourcing) {}

  public record Story(StoryView story) {}

  public record Stories(List<StoryView> stories) {}

  public record Graph(GraphQuery query, GraphView graph, Map<String, String> form) {}

  /** Every outlet, its articles and its sourcing over all its claims. */
  public record Outlets(List<OutletRow> outlets) {}

  public record OutletRow(String outlet, long articles, List<Format.Bar> sourcing) {}

  /** One outlet's sourcing month by month. */
  public record Outlet(String outlet, CorpusSourcing sourcing, List<Format.Bar> overall) {}

  public record Error(int status, String code, String message) {}
}
