package org.dossier.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dossier.analysis.Event;
import org.dossier.store.EntityHit;
import org.dossier.store.Store;
import org.dossier.store.TimelineItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier timeline}: the events an entity takes part in, by date, each with its source. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Show the events an entity takes part in, ordered by date: the day (of the event's resolved time, else of the"
          + " article), the PLOVER type, the participants, the words that express it, the kind of source and its words,"
          + " and the article.",
      "NAME is a name, an alias or the start of one, or a corpus id; when several entities match, the best is used"
          + " and the others are listed on standard error.",
      "Exit codes: 0 ok, 1 nothing matches NAME, 2 usage, 3 environment (no corpus)."
    })
final class TimelineCommand implements Callable<Integer> {

  @Mixin StoreOptions corpus;

  @Parameters(paramLabel = "NAME", description = "A name or a corpus id.")
  String name;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events of this day or later.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events of this day or earlier.")
  LocalDate to;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "text (for people) or json (one document, for scripts). Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    return corpus.run(this::show);
  }

  private int show(Store store, PrintWriter out) {
    Optional<EntityChoice> choice = EntityChoice.of(store, name);
    if (choice.isEmpty()) {
      System.err.println("dossier: no entity in the corpus matches '" + name + "'");
      return Main.SOME_PROBLEMS;
    }
    EntityHit who = choice.get().best();
    List<TimelineItem> items = store.timeline(who.corpusId(), Optional.ofNullable(from), Optional.ofNullable(to));
    if (format == OutputFormat.json) {
      out.println(Json.pretty(json(who, choice.get().others(), items)));
      return Main.OK;
    }
    out.printf("Timeline of %s%n", EntityChoice.describe(who));
    if (items.isEmpty()) {
      out.println("no events" + (from != null || to != null ? " in these dates" : ""));
    }
    for (TimelineItem i : items) {
      out.println();
      out.printf("%s  %s%s  \"%s\"%n", i.day().map(LocalDate::toString).orElse("no date"), i.type(), qualifiers(i), i.trigger());
      out.printf("  %s%n", i.participants().stream().map(p -> p.name() + " (" + p.role().json() + ")")
          .collect(Collectors.joining(", ")));
      out.printf("  source: %s%s%n", i.sourceKind(), i.sourceText().map(s -> " — " + s).orElse(""));
      out.printf("  %s %s%s%n", EntityCommand.reported(i.article()), i.eventId(), i.timeValue().map(t -> ", time " + t).orElse(""));
    }
    if (!choice.get().others().isEmpty()) {
      System.err.println("dossier: '" + name + "' also matches (pass an id to choose):");
      choice.get().others().forEach(h -> System.err.println("  " + EntityChoice.describe(h)));
    }
    return Main.OK;
  }

  private static String qualifiers(TimelineItem i) {
    String s = (i.polarity() == Event.Polarity.POSITIVE ? "" : " " + i.polarity().name().toLowerCase(java.util.Locale.ROOT))
        + (i.modality() == Event.Modality.ASSERTED ? "" : " " + i.modality().name().toLowerCase(java.util.Locale.ROOT));
    return s.isEmpty() ? "" : " (" + s.strip() + ")";
  }

  private ObjectNode json(EntityHit who, List<EntityHit> others, List<TimelineItem> items) {
    ObjectNode root = Json.object();
    root.putObject("entity").put("id", who.corpusId()).put("name", who.name()).put("type", who.type().name());
    Json.put(root, "from", Optional.ofNullable(from));
    Json.put(root, "to", Optional.ofNullable(to));
    ArrayNode events = root.putArray("events");
    for (TimelineItem i : items) {
      ObjectNode n = events.addObject();
      Json.put(n, "date", i.day());
      Json.put(n, "timeValue", i.timeValue());
      n.put("type", i.type().name()).put("trigger", i.trigger());
      n.set("triggerSpan", Json.span(i.triggerSpan()));
      ArrayNode parties = n.putArray("participants");
      for (TimelineItem.Party p : i.participants()) {
        ObjectNode pn = parties.addObject().put("name", p.name());
        Json.put(pn, "id", p.corpusId());
        pn.put("role", p.role().json());
      }
      n.put("sourceKind", i.sourceKind().name());
      Json.put(n, "sourceText", i.sourceText());
      n.put("polarity", i.polarity().name()).put("modality", i.modality().name());
      n.put("event", i.eventId());
      n.set("article", Json.article(i.article()));
    }
    ArrayNode alternatives = root.putArray("otherMatches");
    others.forEach(h -> alternatives.addObject().put("id", h.corpusId()).put("name", h.name()).put("type", h.type().name()));
    return root;
  }
}
