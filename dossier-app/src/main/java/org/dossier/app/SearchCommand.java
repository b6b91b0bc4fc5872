package org.dossier.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Event;
import org.dossier.store.SearchQuery;
import org.dossier.store.SearchResult;
import org.dossier.store.Store;
import org.dossier.text.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier search}: full-text search of the corpus, with filters and facet counts. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the articles of the corpus: hits with title, date, outlet, article id and the passages that match,"
          + " the number of hits, and counts of them by month, outlet, entity type, event type and kind of source.",
      "TEXT: words (all must match), \"quoted phrases\", -excluded, a | b, prefix*; empty (\"\") lists every article,"
          + " newest first.",
      "Exit codes: 0 ok, 1 an --entity matches nothing, 2 usage, 3 environment (no corpus)."
    })
final class SearchCommand implements Callable<Integer> {

  @Mixin StoreOptions corpus;

  @Parameters(paramLabel = "TEXT", arity = "0..1", defaultValue = "", description = "What to find.")
  String text;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Articles of this day or later.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Articles of this day or earlier.")
  LocalDate to;

  @Option(names = "--entity", paramLabel = "NAME", description = "Only articles that mention this entity (a name or a corpus id).")
  String entity;

  @Option(names = "--event-type", paramLabel = "TYPE",
      description = "Only articles reporting an event of this PLOVER type: ${COMPLETION-CANDIDATES}.")
  Event.Type eventType;

  @Option(names = "--source-kind", paramLabel = "KIND",
      description = "Only articles with a claim resting on this kind of source: ${COMPLETION-CANDIDATES}.")
  Attribution.Kind sourceKind;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Only articles of this outlet.")
  String outlet;

  @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Hits to show, 1 to 1000. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--offset", defaultValue = "0", paramLabel = "N", description = "Hits to skip. Default: ${DEFAULT-VALUE}.")
  int offset;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "text (for people) or json (one document, for scripts). Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || limit > 1000) {
      throw new ParameterException(spec.commandLine(), "--limit must be in 1..1000: " + limit);
    }
    if (offset < 0) {
      throw new ParameterException(spec.commandLine(), "--offset must be 0 or more: " + offset);
    }
    return corpus.run(this::search);
  }

  private int search(Store store, PrintWriter out) {
    Optional<String> corpusId = Optional.empty();
    if (entity != null) {
      Optional<EntityChoice> choice = EntityChoice.of(store, entity);
      if (choice.isEmpty()) {
        System.err.println("dossier: no entity in the corpus matches '" + entity + "'");
        return Main.SOME_PROBLEMS;
      }
      corpusId = Optional.of(choice.get().best().corpusId());
      if (!choice.get().others().isEmpty()) {
        System.err.println("dossier: --entity '" + entity + "' is " + EntityChoice.describe(choice.get().best())
            + "; " + choice.get().others().size() + " more match (dossier entity '" + entity + "' lists them)");
      }
    }
    SearchQuery q = new SearchQuery(text, Optional.ofNullable(from), Optional.ofNullable(to), corpusId,
        Optional.ofNullable(eventType), Optional.ofNullable(sourceKind), Optional.ofNullable(outlet), offset, limit);
    SearchResult result = store.search(q);
    if (format == OutputFormat.json) {
      out.println(Json.pretty(json(result, corpusId)));
    } else {
      text(result, out, System.console() != null);
    }
    return Main.OK;
  }

  private ObjectNode json(SearchResult r, Optional<String> corpusId) {
    ObjectNode root = Json.object().put("query", text);
    Json.put(root, "entity", corpusId);
    root.put("total", r.total()).put("offset", offset).put("limit", limit);
    ArrayNode hits = root.putArray("hits");
    for (SearchResult.Hit h : r.hits()) {
      ObjectNode n = hits.addObject().put("article", h.articleId());
      Json.put(n, "title", h.title());
      Json.put(n, "date", h.date());
      Json.put(n, "outlet", h.outlet());
      n.put("score", h.score());
      ArrayNode snippets = n.putArray("snippets");
      for (SearchResult.Snippet s : h.snippets()) {
        ObjectNode sn = snippets.addObject().put("text", s.text()).put("marked", s.marked());
        sn.set("where", Json.span(s.where()));
        ArrayNode marks = sn.putArray("marks");
        s.marks().forEach(m -> marks.add(Json.span(m)));
      }
    }
    ObjectNode facets = root.putObject("facets");
    facets.set("months", Json.counts(r.facets().months()));
    facets.set("outlets", Json.counts(r.facets().outlets()));
    facets.set("entityTypes", Json.counts(r.facets().entityTypes()));
    facets.set("eventTypes", Json.counts(r.facets().eventTypes()));
    facets.set("sourceKinds", Json.counts(r.facets().sourceKinds()));
    return root;
  }

  private void text(SearchResult r, PrintWriter out, boolean terminal) {
    long last = Math.min(r.total(), offset + (long) r.hits().size());
    out.printf("%d article%s match%s", r.total(), r.total() == 1 ? "" : "s", r.total() == 1 ? "es" : "");
    out.println(r.hits().isEmpty() ? "." : String.format(" (%d to %d):", offset + 1, last));
    int n = offset;
    for (SearchResult.Hit h : r.hits()) {
      out.println();
      out.printf("%d. %s%n", ++n, h.title().orElse("(no title)"));
      out.printf("   %s · %s · %s%n", h.date().map(LocalDate::toString).orElse("no date"), h.outlet().orElse("no outlet"),
          h.articleId());
      for (SearchResult.Snippet s : h.snippets()) {
        out.println("   " + highlight(s, terminal).replaceAll("\\s+", " ").strip());
      }
    }
    if (r.total() > 0) {
      out.println();
      facet(out, "months", r.facets().months());
      facet(out, "outlets", r.facets().outlets());
      facet(out, "entity types", r.facets().entityTypes());
      facet(out, "event types", r.facets().eventTypes());
      facet(out, "source kinds", r.facets().sourceKinds());
    }
  }

  /** The snippet with its matches in bold on a terminal, else between « and ». */
  static String highlight(SearchResult.Snippet s, boolean terminal) {
    if (!terminal) {
      return s.marked();
    }
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (Span m : s.marks()) {
      b.append(s.text(), at, m.start()).append("\u001b[1m").append(s.text(), m.start(), m.end()).append("\u001b[0m");
      at = m.end();
    }
    return b.append(s.text().substring(at)).toString();
  }

  private static void facet(PrintWriter out, String label, Map<String, Long> counts) {
    if (counts.isEmpty()) {
      return;
    }
    StringBuilder b = new StringBuilder();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> b.append(b.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue()));
    out.printf("%-14s %s%n", label + ":", b);
  }
}
