package org.dossier.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.store.CorpusSourcing;
import org.dossier.store.SourceClass;
import org.dossier.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier sources}: how outlets source their claims, month by month. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = {
      "Show how an outlet (or every outlet) sources its claims, per month: the number of claims and the share resting"
          + " on named sources (people, organisations, outlets, documents), anonymous ones (an official, an unnamed"
          + " outlet), hedges (reportedly) and the article's own voice.",
      "A claim is an event (resting on the attribution that covers it, or on the article's own voice) or an"
          + " attribution that covers no event.",
      "Exit codes: 0 ok, 2 usage, 3 environment (no corpus)."
    })
final class SourcesCommand implements Callable<Integer> {

  @Mixin StoreOptions corpus;

  @Parameters(paramLabel = "OUTLET", arity = "0..1", description = "The outlet, as articles name it; every outlet when left out.")
  String outlet;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "text (for people) or json (one document, for scripts). Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    return corpus.run(this::show);
  }

  private int show(Store store, PrintWriter out) {
    CorpusSourcing sourcing = store.sources(Optional.ofNullable(outlet));
    if (format == OutputFormat.json) {
      ObjectNode root = Json.object();
      Json.put(root, "outlet", Optional.ofNullable(outlet));
      ArrayNode rows = root.putArray("rows");
      for (CorpusSourcing.Row r : sourcing.rows()) {
        ObjectNode n = rows.addObject();
        Json.put(n, "outlet", r.outlet());
        Json.put(n, "month", r.month());
        n.put("claims", r.claims());
        ObjectNode counts = n.putObject("counts");
        ObjectNode shares = n.putObject("shares");
        for (SourceClass c : SourceClass.values()) {
          counts.put(key(c), r.count(c));
          shares.put(key(c), r.share(c));
        }
        ObjectNode byKind = n.putObject("byKind");
        r.byKind().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> byKind.put(e.getKey().name(), e.getValue()));
      }
      out.println(Json.pretty(root));
      return Main.OK;
    }
    if (sourcing.rows().isEmpty()) {
      out.println(outlet == null ? "no claims in the corpus" : "no claims from the outlet '" + outlet + "'");
      return Main.OK;
    }
    String header = String.format("%-24s %-8s %7s %7s %10s %7s %7s", "outlet", "month", "claims", "named", "anonymous",
        "hedged", "author");
    out.println(header);
    for (CorpusSourcing.Row r : sourcing.rows()) {
      out.println(String.format(Locale.ROOT, "%-24s %-8s %7d %6.0f%% %9.0f%% %6.0f%% %6.0f%%", r.outlet().orElse("(none)"),
          r.month().map(Object::toString).orElse("no date"), r.claims(), 100 * r.share(SourceClass.NAMED),
          100 * r.share(SourceClass.ANONYMOUS), 100 * r.share(SourceClass.HEDGED), 100 * r.share(SourceClass.AUTHOR)));
    }
    return Main.OK;
  }

  private static String key(SourceClass c) {
    return c.name().toLowerCase(Locale.ROOT);
  }
}
