package org.dossier.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON API under {@code /api/v1}: everything a page shows, described by the OpenAPI document
 * at {@code /api/v1/openapi.json}.
 */
final class Api {

  static final String OPENAPI = openApi();

  private final Site site;

  Api(Site site) {
    this.site = site;
  }

  void register(RoutesConfig r) {
    r.get("/api/v1/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(OPENAPI));
    r.get("/api/v1/search", ctx -> json(ctx, site.search(Params.search(ctx, 20))));
    r.get("/api/v1/entities", ctx -> json(ctx, Map.of("hits", site.find(Params.text(ctx, "name")
        .orElseThrow(() -> Failures.badRequest("name is required"))))));
    r.get("/api/v1/entities/{id}", ctx -> json(ctx, site.entity(ctx.pathParam("id"))));
    r.get("/api/v1/entities/{id}/timeline", ctx -> {
      String id = ctx.pathParam("id");
      json(ctx, Map.of("events", site.timeline(id, Params.day(ctx, "from"), Params.day(ctx, "to"),
          Params.number(ctx, "limit", Site.TIMELINE, 1, Site.TIMELINE_MAX))));
    });
    r.get("/api/v1/entities/{id}/merges", ctx -> json(ctx, Map.of("merges", site.merges(ctx.pathParam("id")))));
    r.get("/api/v1/articles/{id}", ctx -> json(ctx, site.article(ctx.pathParam("id"))));
    r.get("/api/v1/stories", ctx -> json(ctx, Map.of("stories", site.stories(Params.text(ctx, "entity"),
        Params.number(ctx, "limit", 50, 1, 500)))));
    r.get("/api/v1/stories/{id}", ctx -> json(ctx, site.story(ctx.pathParam("id"))));
    r.get("/api/v1/graph", ctx -> json(ctx, site.graph(Params.graph(ctx))));
    r.get("/api/v1/outlets", ctx -> json(ctx, Map.of("outlets", site.outlets().stream()
        .map(e -> Map.of("outlet", e.getKey(), "articles", e.getValue())).toList())));
    r.get("/api/v1/sources", ctx -> json(ctx, site.sourcing(Params.text(ctx, "outlet"))));
  }

  private static void json(Context ctx, Object value) {
    ctx.contentType("application/json; charset=utf-8").result(Json.write(value));
  }

  private static String openApi() {
    try (InputStream in = Api.class.getResourceAsStream("/openapi.json")) {
      return new String(Optional.ofNullable(in).orElseThrow(() -> new IllegalStateException("openapi.json is missing"))
          .readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
