package org.dossier.app.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.analysis.Analysis;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Entity;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Event;
import org.dossier.analysis.Ids.AttributionId;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.analysis.Ids.TimeId;
import org.dossier.analysis.SourcingProfile;
import org.dossier.analysis.TimeExpression;
import org.dossier.text.Problem;
import org.dossier.text.Span;

/**
 * A dossier for a person to read: who is who, places, a dated timeline of events each with its
 * source, the article's time expressions, and its sourcing profile.
 */
public final class TextReport {

  private final Analysis a;
  private final String body;
  private final Map<EntityId, Entity> entities = new HashMap<>();
  private final Map<TimeId, TimeExpression> times = new HashMap<>();
  private final Map<AttributionId, Attribution> attributions = new HashMap<>();
  private final StringBuilder out = new StringBuilder();

  private TextReport(Analysis a) {
    this.a = a;
    this.body = a.article().body();
    a.entities().forEach(e -> entities.put(e.id(), e));
    a.times().forEach(t -> times.put(t.id(), t));
    a.attributions().forEach(t -> attributions.put(t.id(), t));
  }

  public static String render(Analysis analysis) {
    return new TextReport(analysis).render();
  }

  private String render() {
    header();
    section("People", e -> e.type() == EntityType.PERSON && e.name().isPresent());
    section("Organisations", e -> e.type() == EntityType.ORGANIZATION);
    section("Groups and unnamed actors",
        e -> e.type() == EntityType.GROUP || (e.type() == EntityType.PERSON && e.name().isEmpty()));
    section("Places", e -> e.type() == EntityType.LOCATION || e.type() == EntityType.FACILITY);
    section("Other names", e -> e.type() == EntityType.NATIONALITY || e.type() == EntityType.EVENT_NAME
        || e.type() == EntityType.MISC);
    timeline();
    timeExpressions();
    sourcing();
    problems();
    return out.toString();
  }

  private void header() {
    var art = a.article();
    String title = art.title().orElse(art.id());
    line("DOSSIER  " + title);
    line("date     " + art.date().map(Object::toString).orElse("unknown (relative times unresolved)")
        + art.source().map(s -> "   source " + s).orElse(""));
    line(String.format(Locale.ROOT, "read     %d sentences, %d entities, %d time expressions, %d events, %d attributions",
        a.sentences().size(), a.entities().size(), a.times().size(), a.events().size(), a.attributions().size()));
  }

  private void section(String title, java.util.function.Predicate<Entity> which) {
    List<Entity> list = a.entities().stream().filter(which).toList();
    if (list.isEmpty()) {
      return;
    }
    line("");
    line(title.toUpperCase(Locale.ROOT));
    for (Entity e : list) {
      StringBuilder sb = new StringBuilder("  ").append(e.label(body));
      e.subtype().ifPresent(s -> sb.append(" (").append(s).append(')'));
      if (!e.descriptors().isEmpty()) {
        sb.append(" — ").append(e.descriptors().stream().map(d -> d.span().of(body)).distinct()
            .collect(Collectors.joining("; ")));
      }
      List<String> also = e.aliases().stream().filter(x -> !x.equals(e.label(body))).toList();
      if (!also.isEmpty()) {
        sb.append("; also \"").append(String.join("\", \"", also)).append('"');
      }
      e.link().ifPresent(l -> sb.append(String.format(Locale.ROOT, "; %s:%s (%.2f)", l.kb(), l.id(), l.score())));
      e.place().ifPresent(p -> sb.append(String.format(Locale.ROOT, "; %.4f, %.4f %s%s", p.latitude(), p.longitude(),
          p.province().map(x -> x + ", ").orElse(""), p.country())));
      sb.append(String.format(Locale.ROOT, "  [%d mention%s]", e.mentions().size(), e.mentions().size() == 1 ? "" : "s"));
      line(sb.toString());
      for (var r : a.relations()) {
        if (r.subject().equals(e.id()) && entities.containsKey(r.object())) {
          line("      " + r.predicate() + " " + entities.get(r.object()).label(body));
        }
      }
    }
  }

  private void timeline() {
    if (a.events().isEmpty()) {
      return;
    }
    line("");
    line("TIMELINE");
    List<Event> events = new ArrayList<>(a.events());
    events.sort(Comparator.comparing((Event e) -> sortKey(e)).thenComparing(e -> e.trigger().start()));
    for (Event e : events) {
      String when = e.time().map(times::get).map(TextReport::when).orElse("—");
      if (e.timeSource() == Event.TimeSource.DCT) {
        when = a.article().date().map(Object::toString).orElse("now");
      }
      // "2024-11  CONSULT  Imran Khan -> a US-based Pakistani  [conversation]"
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %-11s %-10s ", when, e.type()));
      if (e.polarity() == Event.Polarity.NEGATIVE) {
        sb.append("NOT: ");
      }
      String source = who(e, Event.Role.SOURCE);
      String target = who(e, Event.Role.TARGET);
      String other = who(e, Event.Role.OTHER);
      sb.append(source.equals("?") && !target.equals("?") ? "? -> " + target
          : target.equals("?") ? source : source + " -> " + target);
      if (!other.equals("?")) {
        sb.append(" (with ").append(other).append(')');
      }
      sb.append("  [").append(e.trigger().of(body));
      e.place().map(entities::get).ifPresent(p -> sb.append(", in ").append(p.label(body)));
      if (e.modality() != Event.Modality.ASSERTED) {
        sb.append(", ").append(e.modality().json());
      }
      sb.append(']');
      line(sb.toString());
      line("              per " + e.attribution().map(attributions::get).map(this::sourceOf)
          .orElse("the article") + "  — \"" + sentenceOf(e) + "\"");
    }
  }

  /** A time as the timeline shows it: its value, or the years a duration spans. */
  private static String when(TimeExpression t) {
    if (t.type() == TimeExpression.Type.DURATION && t.interval().isPresent()) {
      var i = t.interval().get();
      return i.first().getYear() + "–" + i.last().getYear();
    }
    return t.value();
  }

  private String sortKey(Event e) {
    if (e.timeSource() == Event.TimeSource.DCT) {
      return a.article().date().map(Object::toString).orElse("9999");
    }
    return e.time().map(times::get).flatMap(TimeExpression::interval).map(i -> i.first().toString()).orElse("9999");
  }

  private String who(Event e, Event.Role role) {
    List<String> names = e.participants().stream().filter(p -> p.role() == role)
        .map(p -> entities.get(p.entity())).filter(x -> x != null).map(x -> x.label(body)).toList();
    return names.isEmpty() ? "?" : String.join(" and ", names);
  }

  private String sourceOf(Attribution at) {
    String who = at.source().map(s -> s.of(body)).orElse(at.cue().of(body));
    return who + " (" + at.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
  }

  private String sentenceOf(Event e) {
    Span s = a.sentences().get(e.sentence());
    String text = s.of(body).replaceAll("\\s+", " ");
    return text.length() <= 110 ? text : text.substring(0, 107) + "...";
  }

  private void timeExpressions() {
    if (a.times().isEmpty()) {
      return;
    }
    line("");
    line("TIME EXPRESSIONS");
    for (TimeExpression t : a.times()) {
      line(String.format(Locale.ROOT, "  %-28s %-9s %s%s%s", '"' + t.span().of(body) + '"', t.type(), t.value(),
          t.mod().map(m -> " " + m).orElse(""),
          t.interval().map(i -> "  (" + i.first() + ".." + i.last() + ")").orElse("")));
    }
  }

  private void sourcing() {
    SourcingProfile s = a.sourcing();
    line("");
    line("SOURCING");
    if (s.claims() == 0) {
      line("  no claims found");
      return;
    }
    List<String> parts = new ArrayList<>();
    for (Attribution.Kind k : Attribution.Kind.values()) {
      int n = s.byKind().getOrDefault(k, 0);
      if (n > 0) {
        parts.add(n + " " + (k == Attribution.Kind.AUTHOR ? "unattributed (the article's own voice)"
            : k.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
      }
    }
    line(String.format(Locale.ROOT, "  %d claims: %s", s.claims(), String.join(", ", parts)));
    line(String.format(Locale.ROOT, "  %.0f%% rest on anonymous sources", 100 * s.anonymousShare()));
    for (Attribution at : a.attributions()) {
      line(String.format(Locale.ROOT, "  %-17s %s", at.kind(), '"' + at.cue().of(body) + '"'
          + at.source().map(src -> " — " + src.of(body)).orElse("")));
    }
  }

  private void problems() {
    List<Problem> list = a.problems();
    if (list.isEmpty()) {
      return;
    }
    line("");
    line("PROBLEMS");
    list.forEach(p -> line("  " + p.code() + ": " + p.message()));
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
