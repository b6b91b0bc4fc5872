package org.dossier.app;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.analysis.Analysis;
import org.dossier.ingest.Input;
import org.dossier.store.PutResult;
import org.dossier.store.Store;
import org.dossier.text.Problem;

/**
 * The analyse-and-store loop of {@code dossier ingest}, also timed by {@code dossier bench store}:
 * articles are analysed on a pool of threads and stored on the calling thread in input order,
 * each in one transaction with its search-index entry. An article whose body is stored already
 * is skipped before it is analysed. At most twice as many articles as threads are in flight, so
 * a stopped run loses only those.
 */
final class Ingestion implements AutoCloseable {

  private final Store store;
  private final Analyzer analyzer;
  private final int threads;
  private final PrintWriter err;
  private final Progress progress;
  private final ExecutorService pool;
  private final Deque<Pending> pending = new ArrayDeque<>();
  private int articles;
  private int stored;
  private int skipped;
  private int withProblems;

  /**
   * @param err where each problem gets its line (as {@code analyze} writes them)
   * @param progress redrawn as articles are stored
   */
  Ingestion(Store store, Analyzer analyzer, int threads, PrintWriter err, Progress progress) {
    this.store = store;
    this.analyzer = analyzer;
    this.threads = threads;
    this.err = err;
    this.progress = progress;
    this.pool = Executors.newFixedThreadPool(threads);
  }

  /** Takes the next article: analysis starts now; stored articles further back are written. */
  void accept(Input input) {
    if (input.isReadable() && store.contains(Store.contentHash(input.article()))) {
      pending.add(new Pending(input, null)); // already stored: not analysed again
    } else {
      pending.add(new Pending(input, pool.submit(() -> analyzer.analyse(input))));
    }
    while (pending.size() > 2 * threads) {
      store(pending.poll());
    }
  }

  /** Stores every article still in flight. */
  void finish() {
    while (!pending.isEmpty()) {
      store(pending.poll());
    }
  }

  int articles() {
    return articles;
  }

  int stored() {
    return stored;
  }

  int skipped() {
    return skipped;
  }

  int withProblems() {
    return withProblems;
  }

  /** Stops the analysis threads; articles not yet stored are dropped. */
  @Override
  public void close() {
    pool.shutdownNow();
    progress.clear();
  }

  /** An input in flight: its analysis, or none when the article is stored already. */
  private record Pending(Input input, Future<Analysis> analysis) {}

  private void store(Pending p) {
    articles++;
    if (p.analysis() == null) {
      skipped++;
      progress.update(articles);
      return;
    }
    Analysis a = Analyzer.await(p.analysis());
    boolean problem = false;
    for (Problem pr : a.problems()) {
      if (!Problem.Codes.NO_DATE.equals(pr.code())) {
        progress.clear();
        err.println("dossier: " + (pr.isFatal() ? "" : "warning: ") + pr.where().orElse(a.article().id()) + ": "
            + pr.message() + " [" + pr.code() + "]");
        problem = true;
      }
    }
    if (problem) {
      withProblems++;
    }
    if (a.isFailed()) {
      store.recordProblems(p.input().where(), a.problems());
    } else {
      PutResult r = store.put(a);
      switch (r.outcome()) {
        case STORED -> stored++;
        case SKIPPED -> skipped++;
        case FAILED -> { }
        case REJECTED -> {
          progress.clear();
          err.println("dossier: " + a.article().id() + ": " + r.message().orElse("") + " ["
              + Problem.Codes.STORE_REJECTED + "]");
          if (!problem) {
            withProblems++;
          }
        }
      }
    }
    progress.update(articles);
  }
}
