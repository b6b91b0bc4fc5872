package org.dossier.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dossier.analysis.Analysis;
import org.dossier.resolve.CorpusResolver;
import org.dossier.resolve.Stories;
import org.dossier.text.Article;
import org.dossier.text.Problem;

/**
 * The corpus: analyses of many articles in one database, with a Lucene index beside it, and the
 * questions the command line and the web UI ask of them.
 *
 * <p>The database is the truth. {@link #put} stores an article and its analysis in one
 * transaction, then adds it to the index, which is committed in batches; opening a store brings
 * the index back in line with the database, so that a crash at any moment loses nothing that was
 * committed and duplicates nothing.
 */
public final class Store implements AutoCloseable {

  private volatile Db db;
  private final SearchIndex index;
  private final Clock clock;

  private Store(Db db, SearchIndex index, Clock clock) {
    this.db = db;
    this.index = index;
    this.clock = clock;
  }

  /** The store named by {@code DOSSIER_DB}, else {@code ~/.dossier/corpus}. */
  public static String defaultLocation() {
    String env = System.getenv("DOSSIER_DB");
    return env != null && !env.isBlank() ? env : Location.home().resolve(".dossier").resolve("corpus").toString();
  }

  /**
   * Opens (creating when needed) the store at {@code db}: a directory (embedded database in
   * {@code db/corpus}, index in {@code db/index}), a {@code jdbc:postgresql://host:port/db?user=..&password=..}
   * URL (index in {@code ~/.dossier/index-<hash of the URL>}), or {@code jdbc:h2:mem:} (all in memory).
   */
  public static Store open(String db) {
    return open(db, Optional.empty());
  }

  /** As {@link #open(String)}, with the index in {@code indexDir} when given. */
  public static Store open(String db, Optional<Path> indexDir) {
    return open(Location.parse(db, indexDir), Clock.systemUTC());
  }

  static Store open(Location location, Clock clock) {
    location.directory().ifPresent(Store::createDirectory);
    location.indexDir().ifPresent(Store::createDirectory);
    Db db = Db.open(location);
    SearchIndex index;
    try {
      index = SearchIndex.open(location.indexDir(), clock);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    Store store = new Store(db, index, clock);
    try {
      Reconciliation.run(db, index);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return store;
  }

  private static void createDirectory(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("cannot create the directory " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The SHA-256 of the article's body: the same text ingested twice is stored once. */
  public static String contentHash(Article article) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(article.body().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Whether an article with this content hash is stored. */
  public boolean contains(String contentHash) {
    return db.read("look up an article", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article WHERE content_hash = ?")) {
        ps.setString(1, contentHash);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next();
        }
      }
    });
  }

  /**
   * Stores one analysis, in one transaction, and indexes it. An article whose body is already
   * stored is skipped; a failed analysis only has its problems recorded; an article whose data
   * the database refuses (a value out of range, a constraint) is not stored, and the refusal is
   * recorded as its {@code STORE_REJECTED} problem. A database that fails as a whole (gone, full,
   * locked) throws {@link StoreException}.
   */
  public PutResult put(Analysis analysis) {
    Article article = analysis.article();
    String hash = contentHash(article);
    if (analysis.isFailed()) {
      recordProblems(article.id(), analysis.problems());
      return new PutResult(article.id(), PutResult.Outcome.FAILED, hash);
    }
    if (contains(hash)) {
      return new PutResult(article.id(), PutResult.Outcome.SKIPPED, hash);
    }
    String suffixed = article.id() + "~" + hash.substring(0, 8);
    String key = keyTaken(article.id()) ? suffixed : article.id();
    Insert done = insert(analysis, key, hash);
    if (done == Insert.TAKEN && !key.equals(suffixed) && !contains(hash)) {
      key = suffixed; // another article took the id between the look-up and the insert
      done = insert(analysis, key, hash);
    }
    if (done.refused().isPresent()) {
      String why = "the database refused the article: " + done.refused().get();
      recordProblems(article.id(), List.of(Problem.of(Problem.Codes.STORE_REJECTED, why)));
      return new PutResult(key, PutResult.Outcome.REJECTED, hash, Optional.of(why));
    }
    if (done.row().isEmpty()) {
      return new PutResult(key, PutResult.Outcome.SKIPPED, hash);
    }
    Optional<Long> id = done.row();
    index.add(IndexedArticle.of(id.get(), key, analysis));
    index.maybeCommit();
    return new PutResult(key, PutResult.Outcome.STORED, hash);
  }

  /** What one insert did: the article's row, a unique key that was taken (neither), or the database's refusal. */
  private record Insert(Optional<Long> row, Optional<String> refused) {
    static final Insert TAKEN = new Insert(Optional.empty(), Optional.empty());
  }

  /** Inserts the article and its facts in one transaction. */
  private Insert insert(Analysis analysis, String key, String hash) {
    return db.read("store article " + analysis.article().id(), c -> {
      c.setAutoCommit(false);
      try {
        long row = ArticleWriter.write(c, analysis, key, hash, clock.instant());
        c.commit();
        return new Insert(Optional.of(row), Optional.empty());
      } catch (SQLException e) {
        c.rollback();
        if (Db.isUniqueViolation(e)) {
          return Insert.TAKEN;
        }
        if (Db.isDataError(e)) {
          return new Insert(Optional.empty(), Optional.of(Db.firstLine(e)));
        }
        throw e;
      } catch (RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    });
  }

  private boolean keyTaken(String key) {
    return db.read("look up an article", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article WHERE article_key = ?")) {
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next();
        }
      }
    });
  }

  /** Records problems with input that never became a stored article ({@code where}: a file, a line). */
  public void recordProblems(String where, List<Problem> problems) {
    db.inTransaction("record problems", c -> {
      ArticleWriter.problems(c, Optional.empty(), Optional.ofNullable(where), problems, clock.instant());
      return null;
    });
  }

  /** The problems recorded, oldest first. */
  public List<Problem> problems() {
    return Queries.problems(db);
  }

  /** Whether the database and the index agree. */
  public Consistency consistency() {
    return Reconciliation.check(db, index);
  }

  /**
   * Resolves entities across articles and groups events into stories, and rewrites the corpus
   * tables with the result, in one transaction. Deterministic.
   */
  public ResolveResult resolve() {
    return CorpusBuild.run(db, CorpusResolver::resolve, Stories::group);
  }

  /** As {@link #resolve()}, with another resolver and grouping; for tests. */
  ResolveResult resolve(CorpusBuild.Resolver resolver, CorpusBuild.Grouper grouper) {
    return CorpusBuild.run(db, resolver, grouper);
  }

  /**
   * Bulk-loads the tables of the Spark job ({@link BulkTable}) into a PostgreSQL store: copied
   * ({@code COPY}) into temporary tables, inserted in one transaction, articles already stored
   * (the same content hash) skipped, so that loading the same output again changes nothing; then
   * entities are resolved and stories grouped over the whole corpus ({@link #resolve()}) and the
   * new articles indexed for search.
   *
   * @throws StoreException for a store that is not PostgreSQL, or a database that fails
   */
  public LoadResult load(BulkSource source) {
    if (db.location().kind() != Location.Kind.POSTGRESQL) {
      throw new StoreException("load needs a PostgreSQL store (--db jdbc:postgresql://...): it copies with COPY");
    }
    BulkLoad.Counts counts = db.inTransaction("load the tables", c -> BulkLoad.run(c, source));
    db.read("analyse the tables", c -> {
      try (var s = c.createStatement()) {
        s.execute("ANALYZE");
      }
      return null;
    });
    long t0 = System.nanoTime();
    resolve();
    long t1 = System.nanoTime();
    Reconciliation.run(db, index);
    long t2 = System.nanoTime();
    return new LoadResult(counts.articles(), counts.skipped(), counts.rows(), counts.copyMillis(), counts.insertMillis(),
        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
  }

  /** Full-text search with filters, snippets and facet counts. */
  public SearchResult search(SearchQuery q) {
    Optional<Set<Long>> articles = q.corpusEntity().map(id -> EntityQueries.articlesOf(db, id));
    return index.search(q, articles);
  }

  /** Corpus entities whose name or alias is {@code name} or starts with it, most mentioned first. */
  public List<EntityHit> findEntities(String name) {
    return EntityQueries.find(db, name);
  }

  /** Whether there is a corpus entity of this id (without reading its profile). */
  public boolean hasEntity(String corpusId) {
    return EntityQueries.exists(db, corpusId);
  }

  /** Everything the corpus says of one corpus entity; empty when there is no such id. */
  public Optional<EntityProfile> entity(String corpusId) {
    return EntityQueries.profile(db, corpusId);
  }

  /**
   * Why the article entities of a corpus entity are one: the merges resolution made, each with its
   * reason; empty for an entity of one member or an unknown id.
   */
  public List<MergeEvidence> mergeEvidence(String corpusId) {
    return EntityQueries.mergeEvidence(db, corpusId);
  }

  /** The events a corpus entity takes part in, by their time, between two days when given. */
  public List<TimelineItem> timeline(String corpusId, Optional<LocalDate> from, Optional<LocalDate> to) {
    return timeline(corpusId, from, to, Integer.MAX_VALUE);
  }

  /** As {@link #timeline(String, Optional, Optional)}, the first {@code limit} events only. */
  public List<TimelineItem> timeline(String corpusId, Optional<LocalDate> from, Optional<LocalDate> to, int limit) {
    return EntityQueries.timeline(db, corpusId, from, to, limit);
  }

  /** One stored article with its entities, times, events and attributions; empty when there is no such id. */
  public Optional<ArticleView> article(String articleId) {
    return Views.article(db, articleId);
  }

  /** One story with its reports, conflicts and participants; empty when there is no such id. */
  public Optional<StoryView> story(String storyId) {
    return Queries.story(db, storyId);
  }

  /** The most mentioned corpus entities and the co-occurrences between them, bounded by the query. */
  public GraphView graph(GraphQuery q) {
    return Views.graph(db, q);
  }

  /** How claims are sourced, per outlet and month; for one outlet when given. */
  public CorpusSourcing sources(Optional<String> outlet) {
    return Queries.sources(db, outlet);
  }

  /** Stories, newest first; only those a corpus entity takes part in when given. */
  public List<StoryView> stories(Optional<String> corpusId, int limit) {
    return Queries.stories(db, corpusId, limit);
  }

  /** The size of the corpus. */
  public Stats stats() {
    Location where = db.location();
    long bytes = where.kind() == Location.Kind.POSTGRESQL
        ? db.bytesOnDisk() + where.indexDir().map(Store::size).orElse(0L)
        : where.directory().map(Store::size).orElse(0L);
    return Queries.stats(db, bytes);
  }

  /** Every corpus entity with all its mentions (article id and span), by corpus id. */
  public void exportEntities(Consumer<ExportEntity> sink) {
    Export.entities(db, sink);
  }

  /** Every story with its reports, newest first. */
  public void exportStories(Consumer<StoryView> sink) {
    Queries.stories(db, Optional.empty(), Integer.MAX_VALUE).forEach(sink);
  }

  /** The edges between corpus entities: relations, co-occurrence counts, events with dates. */
  public void exportEdges(Consumer<Edge> sink) {
    Export.edges(db, sink);
  }

  private static long size(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Gives the space of replaced rows back to the disk; for the end of a large ingest or a
   * maintenance command. An embedded store's file grows several-fold while articles stream in
   * (20,000 synthetic articles: 766 MB, 77 MB once compacted, in about 20 s). Nothing else may use
   * the store meanwhile.
   */
  public synchronized void compact() {
    index.commit();
    db = db.compact();
  }

  Db db() {
    return db;
  }

  /** Stops as a killed process would: uncommitted index changes are lost; for tests. */
  void crash() throws IOException {
    index.crash();
    db.close();
  }

  /** Commits the index and closes the database. */
  @Override
  public void close() {
    try {
      index.close();
    } finally {
      db.close();
    }
  }
}
