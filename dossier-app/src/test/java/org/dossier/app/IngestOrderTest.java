package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.dossier.analysis.Analysis;
import org.dossier.ingest.Ingest;
import org.dossier.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo corpus stored in two orders: the same corpus entities and the same stories. */
class IngestOrderTest {

  @TempDir static Path dir;

  private static final List<Analysis> analyses = new ArrayList<>();

  @BeforeAll
  static void analyseTheDemo() {
    Analyzer analyzer = new Analyzer(Pipeline.processor(), Optional.empty());
    new Ingest(Optional.empty(), 5_000_000).read(List.of(Path.of("..", "examples", "demo").toString()),
        input -> analyses.add(analyzer.analyse(input)));
    assertThat(analyses).hasSizeGreaterThan(20);
  }

  /** Every corpus entity as its name, type and members, and every story as its reports: sorted. */
  private static List<String> corpus(List<Analysis> order, String name) {
    List<String> facts = new ArrayList<>();
    try (Store store = Store.open(dir.resolve(name).toString())) {
      order.forEach(store::put);
      store.resolve();
      store.exportEntities(e -> facts.add("entity " + e.corpusId() + " " + e.name() + " " + e.type() + " "
          + new TreeSet<>(e.mentions().stream().map(m -> m.articleId() + ":" + m.span().start()).toList())));
      store.exportStories(s -> facts.add("story " + s.id() + " " + s.type() + " "
          + new TreeSet<>(s.reports().stream().map(r -> r.article().articleId() + "/" + r.eventId()).toList())
          + " conflicts " + s.conflicts().size()));
    }
    Collections.sort(facts);
    return facts;
  }

  @Test
  void two_orders_give_the_same_entities_and_stories() {
    List<Analysis> reversed = new ArrayList<>(analyses);
    Collections.reverse(reversed);
    List<Analysis> shuffled = new ArrayList<>(analyses);
    Collections.shuffle(shuffled, new Random(7));
    List<String> first = corpus(analyses, "in-order");
    assertThat(first).anyMatch(f -> f.startsWith("entity ")).anyMatch(f -> f.startsWith("story "));
    assertThat(corpus(reversed, "reversed")).isEqualTo(first);
    assertThat(corpus(shuffled, "shuffled")).isEqualTo(first);
  }
}
