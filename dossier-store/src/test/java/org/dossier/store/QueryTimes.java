package org.dossier.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.dossier.analysis.Analysis;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Descriptor;
import org.dossier.analysis.Entity;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Event;
import org.dossier.analysis.Ids.AttributionId;
import org.dossier.analysis.Ids.EventId;
import org.dossier.analysis.Relation;
import org.dossier.text.Article;
import org.dossier.text.Span;

/**
 * How long the store's queries take on a synthetic corpus: {@code QueryTimes DIR ARTICLES}.
 * A measurement to run by hand, not a test; prints the median and 95th percentile of each query.
 */
public final class QueryTimes {

  private static final String[] OUTLETS = {"Lakeland Herald", "Coastal Times", "Wire", "Evening Post", "Valley News"};

  private QueryTimes() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    boolean fresh = !Files.exists(dir);
    Random random = new Random(42);
    try (Store store = Store.open(dir.toString())) {
      if (fresh) {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
          store.put(article(i, random));
        }
        System.out.printf("put %d articles: %.1f ms each%n", n, (System.nanoTime() - t0) / 1e6 / n);
        t0 = System.nanoTime();
        System.out.println(store.resolve(FakeResolution::resolve, FakeResolution::group));
        System.out.printf("resolve: %.1f s%n", (System.nanoTime() - t0) / 1e9);
      }
      if (args.length > 2) {
        long t0 = System.nanoTime();
        System.out.println(store.resolve(FakeResolution::resolve, FakeResolution::group));
        System.out.printf("resolve: %.1f s%n", (System.nanoTime() - t0) / 1e9);
      }
      System.out.println(store.stats());
      String top = store.findEntities("person 1").get(0).corpusId();
      String mid = store.findEntities("person 250").get(0).corpusId();
      time("search text", () -> store.search(SearchQuery.of("harbour talks")));
      time("search all + facets", () -> store.search(SearchQuery.of("")));
      time("search filtered", () -> store.search(SearchQuery.of("funding").from("Wire").reporting(Event.Type.CONSULT)));
      time("search by entity", () -> store.search(SearchQuery.of("harbour").mentioning(mid)));
      time("findEntities", () -> store.findEntities("person 12"));
      time("entity (top)", () -> store.entity(top));
      time("entity (mid)", () -> store.entity(mid));
      time("timeline (top)", () -> store.timeline(top, Optional.empty(), Optional.empty()));
      time("timeline (mid)", () -> store.timeline(mid, Optional.empty(), Optional.empty()));
      time("stories (mid)", () -> store.stories(Optional.of(mid), 20));
      time("sources (one outlet)", () -> store.sources(Optional.of("Wire")));
      time("sources (all)", () -> store.sources(Optional.empty()));
      time("stats", store::stats);
    }
  }

  private static void time(String what, Supplier<?> query) {
    for (int i = 0; i < 5; i++) {
      query.get();
    }
    Object result = query.get();
    String size = result instanceof java.util.Collection<?> c ? c.size() + " items" : "";
    double[] ms = new double[40];
    for (int i = 0; i < ms.length; i++) {
      long t0 = System.nanoTime();
      query.get();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf("%-22s p50 %6.1f ms   p95 %6.1f ms  %s%n", what, ms[ms.length / 2], ms[(int) (ms.length * 0.95)], size);
  }

  /** An invented article: people from a pool of 5000 (a few very frequent), a place, a party, events. */
  static Analysis article(int i, Random random) {
    StringBuilder body = new StringBuilder();
    List<Entity> entities = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    List<Attribution> attributions = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    int people = 4 + random.nextInt(6);
    for (int p = 1; p <= people; p++) {
      int who = (int) Math.min(4999, Math.abs(random.nextGaussian()) * 400);
      String name = "Person " + who;
      body.append("Senior adviser ");
      int start = body.length();
      body.append(name);
      Span mention = new Span(start, body.length());
      body.append(" spoke about the harbour talks and the funding of article ").append(i).append(". ");
      entities.add(new Entity(Fixtures.e(p), EntityType.PERSON, Optional.of(name), Optional.empty(), List.of("P" + who),
          List.of(mention), List.of(new Descriptor(new Span(start - 15, start - 1), "adviser", List.of("senior"))),
          Optional.empty(), Optional.empty()));
    }
    int party = people + 1;
    int start = body.length();
    body.append("Party ").append(i % 40);
    entities.add(new Entity(Fixtures.e(party), EntityType.ORGANIZATION, Optional.of("Party " + (i % 40)), Optional.empty(),
        List.of(), List.of(new Span(start, body.length())), List.of(), Optional.empty(), Optional.empty()));
    body.append(" met and agreed, according to officials. ");
    for (int v = 1; v <= 5; v++) {
      int t = body.length();
      body.append("met ");
      Optional<AttributionId> attribution = Optional.empty();
      if (v % 2 == 0) {
        AttributionId a = new AttributionId("A" + v);
        attributions.add(new Attribution(a, Attribution.Kind.values()[random.nextInt(8)], new Span(t, t + 3),
            Optional.of(new Span(t, t + 3)), Optional.empty(), new Span(t, t + 3)));
        attribution = Optional.of(a);
      }
      events.add(new Event(new EventId("V" + v), Event.Type.values()[random.nextInt(21)], new Span(t, t + 3),
          List.of(new Event.Participant(Fixtures.e(1 + random.nextInt(people)), Event.Role.SOURCE),
              new Event.Participant(Fixtures.e(party), Event.Role.TARGET)),
          Optional.empty(), Event.TimeSource.DCT, Optional.empty(), attribution, Event.Polarity.POSITIVE,
          Event.Modality.ASSERTED, 0));
    }
    relations.add(new Relation(Fixtures.e(1), "member_of", Fixtures.e(party), new Span(0, 5)));
    body.append("The harbour budget, worth millions, was discussed at length by everyone present. ".repeat(12));
    Article article = new Article("syn-" + i, Optional.of(LocalDate.of(2023, 1, 1).plusDays(i % 900)), Optional.of("Talks " + i),
        Optional.of(OUTLETS[i % OUTLETS.length]), Optional.empty(), body.toString());
    return new Analysis(article, List.of(), entities, List.of(), events, attributions, relations, List.of());
  }
}
