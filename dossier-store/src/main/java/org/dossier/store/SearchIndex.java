package org.dossier.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of the stored articles: one document per article, keyed by its row id (seq).
 * Added after the database commit and committed in batches; each commit records the highest seq
 * it holds, from which {@link Reconciliation} catches up after a crash.
 */
final class SearchIndex implements AutoCloseable {

  static final String MARK = "dossier.seq";
  private static final int COMMIT_EVERY = 1000;
  private static final long COMMIT_MILLIS = 5000;
  private static final List<String> FACETS = List.of("month", "entity_type", "event_type", "source_kind", "outlet");
  private static final FieldType BODY = bodyType();

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final Clock clock;
  private long highest;
  private int pending;
  private long lastCommit;

  private SearchIndex(Directory directory, Clock clock) throws IOException {
    this.directory = directory;
    this.clock = clock;
    this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    this.searchers = new SearcherManager(writer, null);
    this.highest = committedMark();
    this.lastCommit = clock.millis();
  }

  /** Opens the index in {@code dir}, or in memory when there is none. */
  static SearchIndex open(Optional<Path> dir, Clock clock) {
    try {
      Directory d = dir.isPresent() ? FSDirectory.open(dir.get()) : new ByteBuffersDirectory();
      return new SearchIndex(d, clock);
    } catch (LockObtainFailedException e) {
      throw new StoreException("cannot open the search index " + dir.orElseThrow()
          + ": it is locked by another process (is another dossier command running on it?)", e);
    } catch (IOException e) {
      throw Db.translate("cannot open the search index " + dir.map(Path::toString).orElse("in memory"), e);
    }
  }

  /** The highest seq recorded by the last commit; 0 for a new index. */
  long committedMark() {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (MARK.equals(e.getKey())) {
          return Long.parseLong(e.getValue());
        }
      }
    }
    return 0;
  }

  /** Adds or replaces the document of one article. */
  synchronized void add(IndexedArticle a) {
    try {
      writer.updateDocument(new Term("id", Long.toString(a.seq())), document(a));
      highest = Math.max(highest, a.seq());
      pending++;
    } catch (IOException e) {
      throw Db.translate("cannot add article " + a.key() + " to the search index", e);
    }
  }

  synchronized void delete(long seq) {
    try {
      writer.deleteDocuments(new Term("id", Long.toString(seq)));
      pending++;
    } catch (IOException e) {
      throw Db.translate("cannot delete from the search index", e);
    }
  }

  /** Commits when enough articles came in or enough time went by since the last commit. */
  synchronized void maybeCommit() {
    if (pending >= COMMIT_EVERY || (pending > 0 && clock.millis() - lastCommit >= COMMIT_MILLIS)) {
      commit();
    }
  }

  /** Makes everything added so far durable, with the highest seq as the mark. */
  synchronized void commit() {
    try {
      writer.setLiveCommitData(Map.of(MARK, Long.toString(highest)).entrySet());
      writer.commit();
      pending = 0;
      lastCommit = clock.millis();
    } catch (IOException e) {
      throw Db.translate("cannot commit the search index", e);
    }
  }

  /** The seq of every document, with how many documents carry it (more than one is a duplicate). */
  Map<Long, Integer> seqs() {
    return withSearcher(s -> {
      Map<Long, Integer> out = new HashMap<>();
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        NumericDocValues seq = leaf.reader().getNumericDocValues("seq");
        var live = leaf.reader().getLiveDocs();
        if (seq == null) {
          continue;
        }
        for (int doc = seq.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = seq.nextDoc()) {
          if (live == null || live.get(doc)) {
            out.merge(seq.longValue(), 1, Integer::sum);
          }
        }
      }
      return out;
    });
  }

  int documents() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /** Runs a query; {@code articles}, when given, keeps only those article seqs. */
  SearchResult search(SearchQuery q, Optional<Set<Long>> articles) {
    return withSearcher(s -> {
      Query text = q.text().isBlank() ? new MatchAllDocsQuery() : parser().parse(q.text());
      BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
      if (q.from().isPresent() || q.to().isPresent()) {
        b.add(LongPoint.newRangeQuery("day", q.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE),
            q.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)), Occur.FILTER);
      }
      articles.ifPresent(ids -> b.add(new TermInSetQuery("id", ids.stream().map(id -> new BytesRef(Long.toString(id))).toList()),
          Occur.FILTER));
      q.eventType().ifPresent(t -> b.add(new TermQuery(new Term("event_type", t.name())), Occur.FILTER));
      q.sourceKind().ifPresent(k -> b.add(new TermQuery(new Term("source_kind", k.name())), Occur.FILTER));
      q.outlet().ifPresent(o -> b.add(new TermQuery(new Term("outlet", o)), Occur.FILTER));
      q.entityType().ifPresent(t -> b.add(new TermQuery(new Term("entity_type", t.name())), Occur.FILTER));
      Query query = b.build();
      int n = q.offset() + q.limit();
      CollectorManager<?, ? extends TopDocs> best = q.text().isBlank()
          ? new TopFieldCollectorManager(newestFirst(), n, null, Integer.MAX_VALUE, false)
          : new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE, false);
      // one pass over the hits: the page and the facet counts
      Object[] found = s.search(query, new MultiCollectorManager(best, FacetCounter.manager(FACETS)));
      TopDocs top = (TopDocs) found[0];
      FacetCounter facets = (FacetCounter) found[1];
      ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(q.offset(), top.scoreDocs.length), top.scoreDocs.length);
      int[] docIds = java.util.Arrays.stream(page).mapToInt(d -> d.doc).toArray();
      List<List<SearchResult.Snippet>> snippets = Snippets.of(s, analyzer).of("body", text, docIds);
      List<SearchResult.Hit> hits = new ArrayList<>();
      for (int i = 0; i < page.length; i++) {
        Document d = s.storedFields().document(page[i].doc);
        hits.add(new SearchResult.Hit(d.get("key"), Optional.ofNullable(d.get("title")),
            Optional.ofNullable(d.get("date")).map(LocalDate::parse), Optional.ofNullable(d.get("outlet")),
            Float.isNaN(page[i].score) ? 0 : page[i].score, snippets.get(i)));
      }
      return new SearchResult(facets.total(), hits, new SearchResult.Facets(facets.counts("month"),
          facets.counts("entity_type"), facets.counts("event_type"), facets.counts("source_kind"), facets.counts("outlet")));
    });
  }

  private SimpleQueryParser parser() {
    SimpleQueryParser p = new SimpleQueryParser(analyzer, Map.of("title", 2f, "body", 1f));
    p.setDefaultOperator(Occur.MUST);
    return p;
  }

  private static Sort newestFirst() {
    SortField day = new SortField("day_sort", SortField.Type.LONG, true);
    day.setMissingValue(Long.MIN_VALUE);
    return new Sort(day, new SortField("seq", SortField.Type.LONG, true));
  }

  private interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher s = searchers.acquire();
      try {
        return work.run(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw Db.translate("cannot read the search index", e);
    }
  }

  private static Document document(IndexedArticle a) {
    Document d = new Document();
    d.add(new StringField("id", Long.toString(a.seq()), Field.Store.NO));
    d.add(new NumericDocValuesField("seq", a.seq()));
    d.add(new StoredField("key", a.key()));
    a.title().ifPresent(t -> d.add(new TextField("title", t, Field.Store.YES)));
    d.add(new Field("body", a.body(), BODY));
    a.date().ifPresent(day -> {
      d.add(new LongPoint("day", day.toEpochDay()));
      d.add(new NumericDocValuesField("day_sort", day.toEpochDay()));
      d.add(new StoredField("date", day.toString()));
      d.add(new SortedSetDocValuesField("month", new BytesRef(day.toString().substring(0, 7))));
    });
    a.outlet().ifPresent(o -> {
      d.add(new StringField("outlet", o, Field.Store.YES));
      d.add(new SortedSetDocValuesField("outlet", new BytesRef(o)));
    });
    keywords(d, "event_type", a.eventTypes());
    keywords(d, "source_kind", a.sourceKinds());
    keywords(d, "entity_type", a.entityTypes());
    return d;
  }

  private static void keywords(Document d, String field, Set<String> values) {
    for (String v : values) {
      d.add(new StringField(field, v, Field.Store.NO));
      d.add(new SortedSetDocValuesField(field, new BytesRef(v)));
    }
  }

  private static FieldType bodyType() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /** Drops what was not committed, as a crash would; for tests. */
  synchronized void crash() throws IOException {
    searchers.close();
    writer.rollback();
    directory.close();
  }

  @Override
  public synchronized void close() {
    try {
      commit();
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw Db.translate("cannot close the search index", e);
    }
  }
}
