package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.analysis.Analysis;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Event;
import org.dossier.text.Article;
import org.dossier.text.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every store does, whatever its database: run against H2 always and PostgreSQL when there is one. */
abstract class StoreContract {

  @TempDir
  Path temp;

  Store store;

  /** The {@code db} argument of a fresh, empty store. */
  abstract String location();

  /** Where its index goes, when the location does not say. */
  abstract Optional<Path> indexDir();

  Store open() {
    return Store.open(location(), indexDir());
  }

  @BeforeEach
  void openStore() {
    store = open();
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  void putAll() {
    store.put(Fixtures.talks());
    store.put(Fixtures.rejection());
    store.put(Fixtures.floods());
    store.resolve(FakeResolution::resolve, FakeResolution::group);
  }

  @Test
  void stores_an_article_once_and_finds_it_by_content_hash() {
    Analysis talks = Fixtures.talks();
    String hash = Store.contentHash(talks.article());
    assertThat(store.contains(hash)).isFalse();

    assertThat(store.put(talks).outcome()).isEqualTo(PutResult.Outcome.STORED);
    assertThat(store.contains(hash)).isTrue();
    assertThat(store.put(talks).outcome()).isEqualTo(PutResult.Outcome.SKIPPED);

    Article sameBodyOtherId = new Article("copy", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        talks.article().body());
    assertThat(store.put(Analysis.failed(sameBodyOtherId, List.of(Problem.of("EMPTY", "x")))).outcome())
        .isEqualTo(PutResult.Outcome.FAILED);
    assertThat(store.put(new Analysis(sameBodyOtherId, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of())).outcome()).isEqualTo(PutResult.Outcome.SKIPPED);
    assertThat(store.stats().articles()).isEqualTo(1);
    assertThat(store.consistency().consistent()).isTrue();
  }

  @Test
  void stores_a_time_far_outside_the_years_a_date_column_holds() {
    assertThat(store.put(Fixtures.deepPast(false)).outcome()).isEqualTo(PutResult.Outcome.STORED);

    assertThat(store.stats().articles()).isEqualTo(1);
    assertThat(store.consistency().consistent()).isTrue();
  }

  @Test
  void an_article_the_database_refuses_is_reported_and_the_next_one_goes_in() {
    PutResult refused = store.put(Fixtures.deepPast(true));

    assertThat(refused.outcome()).isEqualTo(PutResult.Outcome.REJECTED);
    assertThat(refused.message()).hasValueSatisfying(m -> assertThat(m).startsWith("the database refused the article: "));
    assertThat(store.problems()).extracting(Problem::code).containsExactly(Problem.Codes.STORE_REJECTED);
    assertThat(store.stats().articles()).isZero();
    assertThat(store.put(Fixtures.talks()).outcome()).isEqualTo(PutResult.Outcome.STORED);
    assertThat(store.stats().articles()).isEqualTo(1);
    assertThat(store.consistency().consistent()).isTrue();
  }

  @Test
  void stores_a_second_article_with_a_taken_id_under_a_suffixed_id() {
    store.put(Fixtures.numbered(1));
    Analysis other = Fixtures.numbered(2);
    Analysis sameId = new Analysis(new Article("n-1", other.article().date(), Optional.empty(), Optional.empty(),
        Optional.empty(), other.article().body()), List.of(), other.entities(), List.of(), List.of(), List.of(), List.of(),
        List.of());

    PutResult result = store.put(sameId);

    assertThat(result.outcome()).isEqualTo(PutResult.Outcome.STORED);
    assertThat(result.articleId()).startsWith("n-1~").hasSize("n-1~".length() + 8);
    assertThat(store.stats().articles()).isEqualTo(2);
  }

  @Test
  void stores_each_article_once_when_threads_race_to_put_it() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    List<java.util.concurrent.Future<PutResult>> results = new ArrayList<>();
    for (int copy = 0; copy < 4; copy++) {
      for (int i = 0; i < 10; i++) {
        Analysis a = Fixtures.numbered(i);
        results.add(pool.submit(() -> store.put(a)));
      }
    }
    pool.shutdown();
    long stored = 0;
    for (var r : results) {
      stored += r.get().outcome() == PutResult.Outcome.STORED ? 1 : 0;
    }

    assertThat(stored).isEqualTo(10);
    assertThat(store.consistency()).isEqualTo(new Consistency(10, 10, 0, 0, List.of(), List.of()));
  }

  @Test
  void keeps_every_span_through_the_round_trip() {
    putAll();
    String okafor = store.findEntities("Amina Okafor").get(0).corpusId();

    EntityProfile profile = store.entity(okafor).orElseThrow();
    EntityProfile.Reported former = profile.descriptors().get(profile.descriptors().size() - 1);
    assertThat(former.role()).isEqualTo("finance minister");
    assertThat(former.qualifiers()).containsExactly("former");
    assertThat(former.article().articleId()).isEqualTo("herald-1");
    assertThat(former.span().of(Fixtures.BODY_1)).isEqualTo("Former finance minister");

    List<ExportEntity> exported = new ArrayList<>();
    store.exportEntities(exported::add);
    ExportEntity e = exported.stream().filter(x -> x.corpusId().equals(okafor)).findFirst().orElseThrow();
    assertThat(e.mentions()).extracting(m -> m.articleId() + ":" + m.span().of(body(m.articleId())))
        .containsExactly("herald-1:Amina Okafor", "herald-1:Okafor", "times-7:Amina Okafor", "times-7:Okafor");

    TimelineItem met = store.timeline(okafor, Optional.empty(), Optional.empty()).get(0);
    assertThat(met.trigger()).isEqualTo("met");
    assertThat(met.triggerSpan().of(Fixtures.BODY_1)).isEqualTo("met");
  }

  private static String body(String articleId) {
    return articleId.equals("herald-1") ? Fixtures.BODY_1 : articleId.equals("times-7") ? Fixtures.BODY_2 : Fixtures.BODY_3;
  }

  @Test
  void records_problems_of_bad_input_failed_analyses_and_warnings() {
    store.recordProblems("feed.jsonl:12", List.of(Problem.of(Problem.Codes.BAD_JSON, "line 12 is not a JSON object")));
    store.put(Analysis.failed(Article.of("empty.txt", null, ""), List.of(Problem.of(Problem.Codes.EMPTY, "no text"))));
    store.put(Fixtures.rejection());

    assertThat(store.problems()).extracting(Problem::toString).containsExactly(
        "feed.jsonl:12: BAD_JSON: line 12 is not a JSON object",
        "empty.txt: EMPTY: no text",
        "times-7: BAD_DATE: the date '2025-05-32' is not a real date");
    assertThat(store.stats().articles()).isEqualTo(1);
    assertThat(store.stats().problems()).isEqualTo(3);
  }

  @Test
  void searches_title_and_body_with_marked_snippets_and_facets() {
    putAll();

    SearchResult result = store.search(SearchQuery.of("funding"));

    assertThat(result.total()).isEqualTo(1);
    SearchResult.Hit hit = result.hits().get(0);
    assertThat(hit.articleId()).isEqualTo("herald-1");
    assertThat(hit.title()).contains("Okafor meets Reyes");
    assertThat(hit.date()).contains(LocalDate.of(2025, 4, 14));
    assertThat(hit.snippets().get(0).marked()).contains("«funding»");
    SearchResult.Snippet snippet = hit.snippets().get(0);
    assertThat(snippet.where().of(Fixtures.BODY_1)).isEqualTo(snippet.text());

    SearchResult harbour = store.search(SearchQuery.of("harbour"));
    assertThat(harbour.total()).isEqualTo(3);
    assertThat(harbour.facets().outlets()).containsEntry("Lakeland Herald", 2L).containsEntry("Coastal Times", 1L);
    assertThat(harbour.facets().months()).containsEntry("2025-04", 1L).containsEntry("2025-05", 2L);
    assertThat(harbour.facets().eventTypes()).containsEntry("REJECT", 1L).containsEntry("OTHER", 1L);
    assertThat(harbour.facets().sourceKinds()).containsEntry("ANONYMOUS_SOURCE", 1L).containsEntry("AUTHOR", 3L)
        .containsEntry("HEDGE", 1L).containsEntry("NAMED_ORGANIZATION", 1L);
    assertThat(harbour.facets().entityTypes()).containsEntry("PERSON", 2L).containsEntry("LOCATION", 2L);
  }

  @Test
  void filters_search_by_date_outlet_event_type_source_kind_and_entity() {
    putAll();
    SearchQuery harbour = SearchQuery.of("harbour");

    assertThat(ids(store.search(harbour.from("Lakeland Herald")))).containsExactlyInAnyOrder("herald-1", "herald-2");
    assertThat(ids(store.search(harbour.between(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2))))).containsExactly("times-7");
    assertThat(ids(store.search(harbour.reporting(Event.Type.REJECT)))).containsExactly("times-7");
    assertThat(ids(store.search(harbour.sourcedBy(Attribution.Kind.HEDGE)))).containsExactly("herald-1");
    String reyes = store.findEntities("Reyes").get(0).corpusId();
    assertThat(ids(store.search(harbour.mentioning(reyes)))).containsExactlyInAnyOrder("herald-1", "times-7");
    assertThat(ids(store.search(SearchQuery.of("")))).containsExactly("herald-2", "times-7", "herald-1");

    SearchResult page = store.search(SearchQuery.of("").page(1, 1));
    assertThat(page.total()).isEqualTo(3);
    assertThat(ids(page)).containsExactly("times-7");
  }

  @Test
  void never_fails_on_odd_search_text() {
    putAll();

    for (String text : List.of("the", "\"unclosed phrase", "((( -* |", "*", "~2", "harb*", "«»<script>")) {
      assertThat(store.search(SearchQuery.of(text)).total()).as(text).isBetween(0L, 3L);
    }
    assertThat(store.search(SearchQuery.of("harb*")).total()).isEqualTo(3);
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchResult.Hit::articleId).toList();
  }

  @Test
  void finds_entities_by_name_or_alias_most_mentioned_first() {
    putAll();

    List<EntityHit> hits = store.findEntities("okafor");

    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).name()).isEqualTo("Amina Okafor");
    assertThat(hits.get(0).type()).isEqualTo(EntityType.PERSON);
    assertThat(hits.get(0).mentions()).isEqualTo(4);
    assertThat(hits.get(0).articles()).isEqualTo(2);
    assertThat(store.findEntities("Port")).extracting(EntityHit::name).containsExactly("Port Alder");
    assertThat(store.findEntities("  ")).isEmpty();
  }

  @Test
  void profiles_an_entity_with_the_sources_of_every_fact() {
    putAll();
    String okafor = store.findEntities("Amina Okafor").get(0).corpusId();

    EntityProfile p = store.entity(okafor).orElseThrow();

    assertThat(p.name()).isEqualTo("Amina Okafor");
    assertThat(p.wikipedia()).contains("Amina_Okafor");
    assertThat(p.names()).containsExactly(new EntityProfile.NameCount("Amina Okafor", 2), new EntityProfile.NameCount("Okafor", 2));
    assertThat(p.affiliations()).singleElement().satisfies(a -> {
      assertThat(a.predicate()).isEqualTo("member_of");
      assertThat(a.otherName()).isEqualTo("Northern Party");
      assertThat(a.outgoing()).isTrue();
      assertThat(a.article()).isEqualTo(new ArticleRef("herald-1", Optional.of(LocalDate.of(2025, 4, 14)),
          Optional.of("Lakeland Herald")));
    });
    assertThat(p.events()).extracting(ev -> ev.type() + "@" + ev.article().articleId())
        .containsExactlyInAnyOrder("CONSULT@herald-1", "ASSURE@herald-1", "REJECT@times-7", "DISAPPROVE@times-7");
    assertThat(p.cooccurring()).extracting(EntityProfile.Cooccurrence::name).startsWith("Northern Party", "Tomas Reyes");
    assertThat(p.saidAbout().claims()).isEqualTo(4);
    assertThat(p.saidAbout().share(SourceClass.ANONYMOUS)).isEqualTo(0.25);
    assertThat(p.saidAbout().share(SourceClass.NAMED)).isEqualTo(0.25);
    assertThat(p.saidAbout().share(SourceClass.AUTHOR)).isEqualTo(0.5);

    EntityProfile alder = store.entity(store.findEntities("Port Alder").get(0).corpusId()).orElseThrow();
    assertThat(alder.coordinates()).contains(new EntityProfile.Coordinates(12.5, -45.25, Optional.of("LK")));
    assertThat(store.entity("no such id")).isEmpty();
  }

  @Test
  void lists_an_entitys_events_in_time_order_with_their_sources() {
    putAll();
    String okafor = store.findEntities("Amina Okafor").get(0).corpusId();

    List<TimelineItem> timeline = store.timeline(okafor, Optional.empty(), Optional.empty());

    assertThat(timeline).extracting(TimelineItem::type)
        .containsExactly(Event.Type.CONSULT, Event.Type.ASSURE, Event.Type.REJECT, Event.Type.DISAPPROVE);
    TimelineItem met = timeline.get(0);
    assertThat(met.day()).contains(LocalDate.of(2025, 4, 14));
    assertThat(met.timeValue()).contains("2025-04-14");
    assertThat(met.participants()).extracting(TimelineItem.Party::name).containsExactly("Amina Okafor", "Tomas Reyes");
    assertThat(met.sourceKind()).isEqualTo(Attribution.Kind.AUTHOR);
    TimelineItem rejected = timeline.get(2);
    assertThat(rejected.sourceKind()).isEqualTo(Attribution.Kind.NAMED_ORGANIZATION);
    assertThat(rejected.sourceText()).contains("the Northern Party");
    assertThat(timeline.get(1).sourceText()).contains("officials");

    assertThat(store.timeline(okafor, Optional.of(LocalDate.of(2025, 5, 1)), Optional.empty()))
        .extracting(TimelineItem::type).containsExactly(Event.Type.REJECT, Event.Type.DISAPPROVE);
  }

  @Test
  void profiles_sourcing_per_outlet_and_month() {
    putAll();

    CorpusSourcing all = store.sources(Optional.empty());
    CorpusSourcing herald = store.sources(Optional.of("Lakeland Herald"));

    assertThat(all.rows()).hasSize(3);
    CorpusSourcing.Row april = herald.rows().get(0);
    assertThat(april.month()).contains(java.time.YearMonth.of(2025, 4));
    assertThat(april.claims()).isEqualTo(3);
    assertThat(april.count(SourceClass.HEDGED)).isEqualTo(1);
    assertThat(april.share(SourceClass.ANONYMOUS)).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(herald.rows()).extracting(r -> r.outlet().orElseThrow()).containsOnly("Lakeland Herald");
  }

  @Test
  void rewrites_corpus_entities_and_stories_deterministically() {
    putAll();
    List<Object> first = snapshot();

    ResolveResult again = store.resolve(FakeResolution::resolve, FakeResolution::group);

    assertThat(snapshot()).isEqualTo(first);
    assertThat(again.articleEntities()).isEqualTo(8);
    assertThat(again.corpusEntities()).isEqualTo(4);
    assertThat(again.merges()).isEqualTo(4);
    assertThat(store.stats().corpusEntities()).isEqualTo(4);
  }

  @Test
  void fills_the_entity_profiles_of_a_store_resolved_before_they_were_kept() throws Exception {
    putAll();
    String okafor = store.findEntities("Amina Okafor").get(0).corpusId();
    EntityProfile profile = store.entity(okafor).orElseThrow();
    List<TimelineItem> timeline = store.timeline(okafor, Optional.empty(), Optional.empty());
    store.close();
    store = null;
    // back to schema version 1, as a store made before the profiles were kept looks
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(Location.parse(location(), indexDir()).jdbcUrl());
        java.sql.Statement s = c.createStatement()) {
      for (String table : EntityProfiles.TABLES) {
        s.executeUpdate("DROP TABLE " + table);
      }
      s.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '2'");
    }

    store = open();

    assertThat(store.entity(okafor)).contains(profile);
    assertThat(store.timeline(okafor, Optional.empty(), Optional.empty())).isEqualTo(timeline);
  }

  private List<Object> snapshot() {
    List<Object> out = new ArrayList<>();
    store.exportEntities(out::add);
    store.exportStories(out::add);
    store.exportEdges(out::add);
    return out;
  }

  @Test
  void lists_stories_with_their_reports() {
    store.put(Fixtures.talks());
    Analysis sameTalksElsewhere = new Analysis(new Article("times-8", Optional.of(LocalDate.of(2025, 4, 15)),
        Optional.empty(), Optional.of("Coastal Times"), Optional.empty(), Fixtures.BODY_1 + " "),
        List.of(), Fixtures.talks().entities(), Fixtures.talks().times(), Fixtures.talks().events(),
        Fixtures.talks().attributions(), List.of(), List.of());
    store.put(sameTalksElsewhere);
    store.resolve(FakeResolution::resolve, FakeResolution::group);
    String reyes = store.findEntities("Tomas Reyes").get(0).corpusId();

    List<StoryView> stories = store.stories(Optional.of(reyes), 10);

    assertThat(stories).singleElement().satisfies(s -> {
      assertThat(s.type()).isEqualTo(Event.Type.CONSULT);
      assertThat(s.reports()).extracting(r -> r.article().articleId()).containsExactly("herald-1", "times-8");
      assertThat(s.reports()).extracting(StoryView.Report::trigger).containsOnly("met");
      assertThat(s.firstDay()).contains(LocalDate.of(2025, 4, 14));
      assertThat(s.conflicts()).singleElement().satisfies(c -> assertThat(c.on()).isEqualTo("date"));
    });
    assertThat(store.stories(Optional.empty(), 100)).hasSize(2);
  }

  @Test
  void exports_relations_cooccurrences_and_events_as_edges() {
    putAll();
    List<Edge> edges = new ArrayList<>();

    store.exportEdges(edges::add);

    assertThat(edges).filteredOn(e -> e instanceof Edge.Related).singleElement().satisfies(e -> {
      Edge.Related r = (Edge.Related) e;
      assertThat(r.predicate()).isEqualTo("member_of");
      assertThat(r.evidence().of(Fixtures.BODY_1)).isEqualTo("a member of the Northern Party");
    });
    assertThat(edges).filteredOn(e -> e instanceof Edge.CoOccurs).hasSize(6);
    assertThat(edges).filteredOn(e -> e instanceof Edge.InEvent).hasSize(2);
  }

  @Test
  void keeps_every_article_through_compaction() {
    putAll();

    store.compact();

    assertThat(store.consistency().consistent()).isTrue();
    assertThat(store.findEntities("okafor")).hasSize(1);
    assertThat(store.put(Fixtures.numbered(1)).outcome()).isEqualTo(PutResult.Outcome.STORED);
    assertThat(store.stats().articles()).isEqualTo(4);
  }

  @Test
  void catches_up_the_index_after_a_crash_before_its_commit() throws Exception {
    store.put(Fixtures.talks());
    store.put(Fixtures.rejection());
    store.put(Fixtures.floods());
    store.crash();

    store = open();

    assertThat(store.consistency()).isEqualTo(new Consistency(3, 3, 0, 0, List.of(), List.of()));
    assertThat(store.search(SearchQuery.of("harbour")).total()).isEqualTo(3);
  }

  @Test
  void drops_index_documents_whose_article_is_gone() {
    store.put(Fixtures.talks());
    store.put(Fixtures.rejection());
    store.put(Fixtures.floods());
    store.db().update("DELETE FROM article WHERE article_key = ?", "times-7");
    assertThat(store.consistency().extraInIndex()).hasSize(1);
    store.close();

    store = open();

    Consistency c = store.consistency();
    assertThat(c.consistent()).isTrue();
    assertThat(c.documents()).isEqualTo(2);
    assertThat(store.search(SearchQuery.of("harbour")).total()).isEqualTo(2);
  }

  @Test
  void indexes_articles_put_after_recovering_from_a_crash() throws Exception {
    for (int i = 0; i < 20; i++) {
      store.put(Fixtures.numbered(i));
    }
    store.crash();
    store = open();
    store.put(Fixtures.numbered(20));

    Consistency c = store.consistency();

    assertThat(c.articles()).isEqualTo(21);
    assertThat(c.consistent()).isTrue();
    assertThat(store.search(SearchQuery.of("report").page(0, 100)).total()).isEqualTo(21);
  }

  @Test
  void explains_each_merge_with_the_entities_it_joined_and_the_reason() {
    putAll();
    String reyes = store.findEntities("Tomas Reyes").get(0).corpusId();

    List<MergeEvidence> why = store.mergeEvidence(reyes);

    assertThat(why).hasSize(1);
    MergeEvidence m = why.get(0);
    assertThat(m.a().article().articleId() + " " + m.a().entityId() + " " + m.a().name()).isEqualTo("herald-1 E2 Tomas Reyes");
    assertThat(m.b().article().articleId() + " " + m.b().entityId() + " " + m.b().name()).isEqualTo("times-7 E3 Reyes");
    assertThat(m.b().article().outlet()).contains("Coastal Times");
    assertThat(m.reason()).isEqualTo("same key N:tomas_reyes");
    assertThat(store.mergeEvidence(store.findEntities("Port Alder").get(0).corpusId())).hasSize(1);
    assertThat(store.mergeEvidence("C0000000000000000")).isEmpty();
  }

  @Test
  void shows_an_article_with_its_spans_and_its_sourcing() {
    putAll();

    ArticleView a = store.article("herald-1").orElseThrow();

    assertThat(a.body()).isEqualTo(Fixtures.BODY_1);
    assertThat(a.title()).contains("Okafor meets Reyes");
    assertThat(a.entities()).anySatisfy(e -> {
      assertThat(e.name()).contains("Amina Okafor");
      assertThat(e.corpusId()).isPresent();
      assertThat(e.mentions()).extracting(m -> m.of(a.body())).contains("Amina Okafor");
    });
    assertThat(a.events()).extracting(e -> e.trigger().of(a.body())).contains("met");
    assertThat(a.events()).allSatisfy(e -> assertThat(e.participants()).isNotEmpty());
    assertThat(a.sourcing().values().stream().mapToInt(Integer::intValue).sum()).isPositive();
    assertThat(store.article("nothing")).isEmpty();
  }

  @Test
  void shows_one_story_with_the_entities_taking_part() {
    putAll();
    StoryView any = store.stories(Optional.empty(), 1).get(0);

    StoryView one = store.story(any.id()).orElseThrow();

    assertThat(one.reports()).isEqualTo(any.reports());
    assertThat(one.participants()).isEqualTo(any.participants());
    assertThat(store.story("nothing")).isEmpty();
    String okafor = store.findEntities("Amina Okafor").get(0).corpusId();
    assertThat(store.stories(Optional.of(okafor), 10)).allSatisfy(st ->
        assertThat(st.participants()).extracting(StoryView.Participant::corpusId).contains(okafor));
  }

  @Test
  void draws_a_bounded_graph_of_the_most_mentioned_entities() {
    putAll();

    GraphView all = store.graph(GraphQuery.all());
    GraphView people = store.graph(new GraphQuery(java.util.Set.of(EntityType.PERSON), Optional.empty(), Optional.empty(), 2, 1));

    assertThat(all.nodes()).isNotEmpty();
    assertThat(all.links()).allSatisfy(l -> assertThat(all.nodes()).extracting(GraphView.Node::id).contains(l.from(), l.to()));
    assertThat(people.nodes()).hasSizeLessThanOrEqualTo(2).allSatisfy(n -> assertThat(n.type()).isEqualTo(EntityType.PERSON));
    assertThat(people.links()).hasSizeLessThanOrEqualTo(1);
    GraphView later = store.graph(new GraphQuery(java.util.Set.of(), Optional.of(LocalDate.of(2025, 5, 1)), Optional.empty(), 100, 10));
    assertThat(later.nodes()).allSatisfy(n -> assertThat(n.articles()).isPositive());
  }

  @Test
  void filters_search_by_entity_type_and_cuts_a_timeline_at_its_limit() {
    putAll();
    String okafor = store.findEntities("Amina Okafor").get(0).corpusId();

    assertThat(store.search(SearchQuery.of("").mentioningA(EntityType.PERSON)).total()).isPositive();
    assertThat(store.search(SearchQuery.of("").mentioningA(EntityType.EVENT_NAME)).total()).isZero();
    List<TimelineItem> all = store.timeline(okafor, Optional.empty(), Optional.empty());
    assertThat(store.timeline(okafor, Optional.empty(), Optional.empty(), 1)).containsExactly(all.get(0));
  }
}
