package org.dossier.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.store.ArticleRef;
import org.dossier.store.EntityHit;
import org.dossier.store.EntityProfile;
import org.dossier.store.MergeEvidence;
import org.dossier.store.SourceClass;
import org.dossier.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier entity}: everything the corpus says of one entity, each fact with its article. */
@Command(
    name = "entity",
    mixinStandardHelpOptions = true,
    description = {
      "Show what the corpus says of an entity: its names and aliases, roles and affiliations over time (each with"
          + " the article, date and outlet that reported it), its events, the entities it appears with, how what is"
          + " said of it is sourced (named, anonymous, hedged, the article's own voice), its Wikipedia link and coordinates.",
      "NAME is a name, an alias or the start of one, or a corpus id (C + 16 hex digits). When several entities"
          + " match, the best (exact name first, then most mentioned) is shown and the others are listed with their ids.",
      "Exit codes: 0 ok, 1 nothing matches NAME, 2 usage, 3 environment (no corpus)."
    })
final class EntityCommand implements Callable<Integer> {

  @Mixin StoreOptions corpus;

  @Parameters(paramLabel = "NAME", description = "A name or a corpus id.")
  String name;

  @Option(names = "--why", description = "Also show which evidence merged which articles' entities into this one.")
  boolean why;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "text (for people) or json (one document, for scripts). Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    return corpus.run(this::show);
  }

  private int show(Store store, PrintWriter out) {
    Optional<EntityChoice> choice = EntityChoice.of(store, name);
    Optional<EntityProfile> profile = choice.flatMap(c -> store.entity(c.best().corpusId()));
    if (profile.isEmpty()) {
      System.err.println("dossier: no entity in the corpus matches '" + name + "'");
      return Main.SOME_PROBLEMS;
    }
    EntityProfile p = profile.get();
    List<MergeEvidence> merges = why ? store.mergeEvidence(p.corpusId()) : List.of();
    if (format == OutputFormat.json) {
      out.println(Json.pretty(json(p, choice.get().others(), merges)));
    } else {
      text(p, choice.get().others(), merges, out);
    }
    return Main.OK;
  }

  private ObjectNode json(EntityProfile p, List<EntityHit> others, List<MergeEvidence> merges) {
    ObjectNode root = Json.object().put("id", p.corpusId()).put("name", p.name()).put("type", p.type().name())
        .put("mentions", p.mentions()).put("articles", p.articles());
    Json.put(root, "wikipedia", p.wikipedia().map(EntityCommand::wikipediaUrl));
    if (p.coordinates().isPresent()) {
      EntityProfile.Coordinates c = p.coordinates().get();
      Json.put(root.putObject("coordinates").put("latitude", c.latitude()).put("longitude", c.longitude()), "country", c.country());
    } else {
      root.putNull("coordinates");
    }
    ArrayNode names = root.putArray("names");
    p.names().forEach(n -> names.addObject().put("name", n.name()).put("count", n.count()));
    ArrayNode roles = root.putArray("descriptors");
    for (EntityProfile.Reported d : p.descriptors()) {
      ObjectNode n = roles.addObject().put("role", d.role());
      ArrayNode q = n.putArray("qualifiers");
      d.qualifiers().forEach(q::add);
      n.set("article", Json.article(d.article()));
      n.set("span", Json.span(d.span()));
    }
    ArrayNode affiliations = root.putArray("affiliations");
    for (EntityProfile.Affiliation a : p.affiliations()) {
      ObjectNode n = affiliations.addObject().put("predicate", a.predicate()).put("outgoing", a.outgoing());
      Json.put(n, "otherId", a.otherCorpusId());
      n.put("otherName", a.otherName());
      n.set("article", Json.article(a.article()));
      n.set("evidence", Json.span(a.evidence()));
    }
    ArrayNode events = root.putArray("events");
    for (EntityProfile.EventRole e : p.events()) {
      ObjectNode n = events.addObject().put("event", e.eventId()).put("type", e.type().name());
      Json.put(n, "date", e.day());
      n.put("role", e.role().json());
      n.set("article", Json.article(e.article()));
    }
    ArrayNode co = root.putArray("cooccurring");
    p.cooccurring().forEach(c -> co.addObject().put("id", c.corpusId()).put("name", c.name()).put("articles", c.articles()));
    ObjectNode said = root.putObject("saidAbout").put("claims", p.saidAbout().claims());
    for (SourceClass c : SourceClass.values()) {
      said.put(c.name().toLowerCase(Locale.ROOT), p.saidAbout().share(c));
    }
    ObjectNode byKind = said.putObject("byKind");
    p.saidAbout().byKind().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> byKind.put(e.getKey().name(), e.getValue()));
    ArrayNode alternatives = root.putArray("otherMatches");
    others.forEach(h -> alternatives.addObject().put("id", h.corpusId()).put("name", h.name()).put("type", h.type().name())
        .put("mentions", h.mentions()).put("articles", h.articles()));
    if (why) {
      ArrayNode evidence = root.putArray("mergeEvidence");
      for (MergeEvidence m : merges) {
        ObjectNode n = evidence.addObject();
        n.set("a", member(m.a()));
        n.set("b", member(m.b()));
        n.put("reason", m.reason());
      }
    }
    return root;
  }

  private static ObjectNode member(MergeEvidence.Member m) {
    ObjectNode n = Json.article(m.article());
    n.put("entity", m.entityId()).put("name", m.name());
    return n;
  }

  private void text(EntityProfile p, List<EntityHit> others, List<MergeEvidence> merges, PrintWriter out) {
    out.printf("%s — %s, %s%n", p.name(), p.type(), p.corpusId());
    out.printf("%d mention%s in %d article%s%n", p.mentions(), p.mentions() == 1 ? "" : "s", p.articles(),
        p.articles() == 1 ? "" : "s");
    p.wikipedia().ifPresent(w -> out.println("Wikipedia: " + wikipediaUrl(w)));
    p.coordinates().ifPresent(c -> out.printf(Locale.ROOT, "Coordinates: %.4f, %.4f%s%n", c.latitude(), c.longitude(),
        c.country().map(x -> " (" + x + ")").orElse("")));
    section(out, "Names", p.names().isEmpty());
    p.names().forEach(n -> out.printf("  %s (%d)%n", n.name(), n.count()));
    section(out, "Roles", p.descriptors().isEmpty());
    for (EntityProfile.Reported d : p.descriptors()) {
      String role = (String.join(" ", d.qualifiers()) + " " + d.role()).strip();
      out.printf("  %s — %s%n", role, reported(d.article()));
    }
    section(out, "Affiliations", p.affiliations().isEmpty());
    for (EntityProfile.Affiliation a : p.affiliations()) {
      String what = a.outgoing() ? a.predicate() + " " + a.otherName() : a.otherName() + " " + a.predicate() + " it";
      out.printf("  %s%s — %s%n", what, a.otherCorpusId().map(id -> " [" + id + "]").orElse(""), reported(a.article()));
    }
    section(out, "Events", p.events().isEmpty());
    for (EntityProfile.EventRole e : p.events()) {
      out.printf("  %s  %-12s %-6s %s %s%n", e.day().map(Object::toString).orElse("no date   "), e.type(),
          e.role().json(), e.article().articleId(), e.eventId());
    }
    section(out, "Appears with", p.cooccurring().isEmpty());
    p.cooccurring().forEach(c -> out.printf("  %s [%s] in %d article%s%n", c.name(), c.corpusId(), c.articles(),
        c.articles() == 1 ? "" : "s"));
    EntityProfile.SaidAbout said = p.saidAbout();
    section(out, "What is said of it, by source", said.claims() == 0);
    if (said.claims() > 0) {
      out.printf(Locale.ROOT, "  %d claim%s: named %.0f%%, anonymous %.0f%%, hedged %.0f%%, the article's own voice %.0f%%%n",
          said.claims(), said.claims() == 1 ? "" : "s", 100 * said.share(SourceClass.NAMED),
          100 * said.share(SourceClass.ANONYMOUS), 100 * said.share(SourceClass.HEDGED), 100 * said.share(SourceClass.AUTHOR));
    }
    if (why) {
      section(out, "Why these are one (merge evidence)", false);
      if (merges.isEmpty()) {
        out.println("  one article entity: nothing was merged");
      }
      for (MergeEvidence m : merges) {
        out.printf("  %s %s '%s' + %s %s '%s': %s%n", m.a().article().articleId(), m.a().entityId(), m.a().name(),
            m.b().article().articleId(), m.b().entityId(), m.b().name(), m.reason());
      }
    }
    if (!others.isEmpty()) {
      section(out, "Also matching '" + name + "' (pass the id to see one)", false);
      others.forEach(h -> out.println("  " + EntityChoice.describe(h)));
    }
  }

  private static void section(PrintWriter out, String title, boolean empty) {
    if (!empty) {
      out.println();
      out.println(title);
    }
  }

  /** "2025-04-14, Lakeland Herald, herald-1". */
  static String reported(ArticleRef a) {
    return a.date().map(Object::toString).orElse("no date") + ", " + a.outlet().orElse("no outlet") + ", " + a.articleId();
  }

  /** A link as stored (a page title, {@code Amina_Okafor}) as a URL; a URL stays as it is. */
  static String wikipediaUrl(String link) {
    return link.startsWith("http") ? link : "https://en.wikipedia.org/wiki/" + link.replace(' ', '_');
  }
}
