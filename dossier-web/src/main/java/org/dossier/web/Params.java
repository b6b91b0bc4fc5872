package org.dossier.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Event;
import org.dossier.store.GraphQuery;
import org.dossier.store.SearchQuery;

/** The query parameters of a request, checked: a bad one is a 400 that names it. */
final class Params {

  private Params() {}

  static Optional<String> text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  static Optional<LocalDate> day(Context ctx, String name) {
    Optional<String> v = text(ctx, name);
    try {
      return v.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw Failures.badRequest(name + " must be a day as YYYY-MM-DD");
    }
  }

  static int number(Context ctx, String name, int fallback, int min, int max) {
    Optional<String> v = text(ctx, name);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.get());
      if (n < min || n > max) {
        throw Failures.badRequest(name + " must be in " + min + ".." + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw Failures.badRequest(name + " must be a whole number");
    }
  }

  static <E extends Enum<E>> Optional<E> choice(Context ctx, String name, Class<E> type) {
    Optional<String> v = text(ctx, name);
    try {
      return v.map(s -> Enum.valueOf(type, s.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw Failures.badRequest(name + " must be one of " + EnumSet.allOf(type));
    }
  }

  /** The search a request asks for: q, from, to, entity, type, event, source, outlet, offset, limit. */
  static SearchQuery search(Context ctx, int defaultLimit) {
    SearchQuery q = SearchQuery.of(text(ctx, "q").orElse(""))
        .page(number(ctx, "offset", 0, 0, 10_000), number(ctx, "limit", defaultLimit, 1, 100));
    Optional<LocalDate> from = day(ctx, "from");
    Optional<LocalDate> to = day(ctx, "to");
    if (from.isPresent() || to.isPresent()) {
      q = q.between(from.orElse(LocalDate.of(1, 1, 1)), to.orElse(LocalDate.of(9999, 12, 31)));
    }
    Optional<String> entity = text(ctx, "entity");
    if (entity.isPresent()) {
      q = q.mentioning(entity.get());
    }
    Optional<EntityType> type = choice(ctx, "type", EntityType.class);
    if (type.isPresent()) {
      q = q.mentioningA(type.get());
    }
    Optional<Event.Type> event = choice(ctx, "event", Event.Type.class);
    if (event.isPresent()) {
      q = q.reporting(event.get());
    }
    Optional<Attribution.Kind> source = choice(ctx, "source", Attribution.Kind.class);
    if (source.isPresent()) {
      q = q.sourcedBy(source.get());
    }
    Optional<String> outlet = text(ctx, "outlet");
    if (outlet.isPresent()) {
      q = q.from(outlet.get());
    }
    return q;
  }

  /** The graph a request asks for: types (comma-separated), from, to, nodes, edges. */
  static GraphQuery graph(Context ctx) {
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    for (String t : text(ctx, "types").orElse("").split(",")) {
      if (!t.isBlank()) {
        try {
          types.add(EntityType.valueOf(t.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw Failures.badRequest("types must be among " + EnumSet.allOf(EntityType.class));
        }
      }
    }
    choice(ctx, "type", EntityType.class).ifPresent(types::add);
    return new GraphQuery(types, day(ctx, "from"), day(ctx, "to"), number(ctx, "nodes", 80, 1, GraphQuery.MAX_NODES),
        number(ctx, "edges", 300, 0, GraphQuery.MAX_EDGES));
  }
}
