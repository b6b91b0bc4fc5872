package org.dossier.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.store.ArticleView;
import org.dossier.store.EntityHit;
import org.dossier.store.EntityProfile;
import org.dossier.store.GraphQuery;
import org.dossier.store.SearchQuery;
import org.dossier.store.SearchResult;
import org.dossier.store.TimelineItem;
import org.dossier.web.view.Format;
import org.dossier.web.view.Marked;
import org.dossier.web.view.Pages;

/** The pages: search, entity, article, story, stories, graph, outlets, outlet. */
final class Html {

  private static final List<String> SEARCH_FIELDS = List.of("q", "from", "to", "type", "event", "source", "outlet", "entity");

  private final Site site;

  Html(Site site) {
    this.site = site;
  }

  void register(RoutesConfig r) {
    r.get("/", this::search);
    r.get("/search", this::search);
    r.get("/entity", ctx -> {
      String name = Params.text(ctx, "name").orElseThrow(() -> Failures.badRequest("name is required"));
      List<EntityHit> hits = site.find(name);
      if (hits.isEmpty()) {
        throw Failures.notFound("no entity is called " + name);
      }
      ctx.redirect("/entity/" + Format.path(hits.get(0).corpusId()));
    });
    r.get("/entity/{id}", this::entity);
    r.get("/article/{id}", ctx -> {
      ArticleView a = site.article(ctx.pathParam("id"));
      page(ctx, "article.jte", new Pages.Article(a, Marked.of(a), Format.sourcing(a.sourcing())));
    });
    r.get("/story/{id}", ctx -> page(ctx, "story.jte", new Pages.Story(site.story(ctx.pathParam("id")))));
    r.get("/stories", ctx -> page(ctx, "stories.jte", new Pages.Stories(site.stories(Params.text(ctx, "entity"),
        Params.number(ctx, "limit", 60, 1, 500)))));
    r.get("/graph", ctx -> {
      GraphQuery q = Params.graph(ctx);
      Map<String, String> form = new LinkedHashMap<>();
      form.put("types", Params.text(ctx, "types").orElse(Params.text(ctx, "type").orElse("")));
      form.put("from", Params.text(ctx, "from").orElse(""));
      form.put("to", Params.text(ctx, "to").orElse(""));
      form.put("nodes", Integer.toString(q.nodes()));
      page(ctx, "graph.jte", new Pages.Graph(q, site.graph(q), form));
    });
    r.get("/outlets", ctx -> page(ctx, "outlets.jte", new Pages.Outlets(site.outlets().stream()
        .map(e -> new Pages.OutletRow(e.getKey(), e.getValue(), Format.sourcing(total(site.sourcing(Optional.of(e.getKey()))))))
        .toList())));
    r.get("/outlet/{name}", ctx -> {
      String outlet = ctx.pathParam("name");
      var sourcing = site.sourcing(Optional.of(outlet));
      if (sourcing.rows().isEmpty()) {
        throw Failures.notFound("there is no outlet " + outlet);
      }
      page(ctx, "outlet.jte", new Pages.Outlet(outlet, sourcing, Format.sourcing(total(sourcing))));
    });
  }

  private static Map<org.dossier.analysis.Attribution.Kind, Long> total(org.dossier.store.CorpusSourcing s) {
    Map<org.dossier.analysis.Attribution.Kind, Long> out = new java.util.EnumMap<>(org.dossier.analysis.Attribution.Kind.class);
    s.rows().forEach(row -> row.byKind().forEach((k, n) -> out.merge(k, n, Long::sum)));
    return out;
  }

  private void search(Context ctx) {
    SearchQuery q = Params.search(ctx, 10);
    SearchResult result = site.search(q);
    Map<String, String> form = new LinkedHashMap<>();
    SEARCH_FIELDS.forEach(f -> form.put(f, Params.text(ctx, f).orElse("")));
    List<EntityHit> entities = q.text().isBlank() ? List.of() : site.find(q.text()).stream().limit(8).toList();
    page(ctx, "search.jte", new Pages.Search(form, result, Format.histogram(result.facets().months()), entities,
        q.offset(), q.limit()));
  }

  private void entity(Context ctx) {
    String id = ctx.pathParam("id");
    EntityProfile p = site.entity(id);
    List<TimelineItem> timeline = site.timeline(id, Params.day(ctx, "from"), Params.day(ctx, "to"), Site.TIMELINE + 1);
    boolean cut = timeline.size() > Site.TIMELINE;
    Optional<Format.Pin> pin = p.coordinates().map(c -> new Format.Pin(c.latitude(), c.longitude(), c.country()));
    page(ctx, "entity.jte", new Pages.Entity(p, cut ? timeline.subList(0, Site.TIMELINE) : timeline, cut,
        site.stories(Optional.of(id), 12), pin, Format.sourcing(p.saidAbout().byKind())));
  }

  private static void page(Context ctx, String template, Object model) {
    ctx.html(Templates.render(template, model)).contentType("text/html; charset=utf-8");
  }
}
