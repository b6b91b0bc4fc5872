package org.dossier.app;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.dossier.analysis.Analysis;
import org.dossier.extract.ArticleProcessor;
import org.dossier.extract.GuardedProcessor;
import org.dossier.ingest.Input;

/**
 * One input to one result, whatever happens inside: the commands that read articles in bulk
 * ({@code analyze}, {@code ingest}) run every article through here. An article that runs past
 * its time budget is stopped ({@code TOO_SLOW}); one that needs more memory than the JVM has
 * ({@code OUT_OF_MEMORY}) or that trips a bug ({@code ANALYSIS_FAILED}) is reported with its
 * problem, never with a stack trace, and the batch goes on. Loading the models is outside the
 * guard: missing models still end the run (exit 3).
 */
final class Analyzer {

  private final GuardedProcessor guarded;

  /** @param budget the time one article may take; empty for no limit */
  Analyzer(ArticleProcessor processor, Optional<Duration> budget) {
    this.guarded = new GuardedProcessor(processor, budget);
  }

  /** The analysis of one input, with the input's own problems and any of the analysis ({@link GuardedProcessor}). */
  Analysis analyse(Input input) {
    if (!input.isReadable()) {
      return Analysis.failed(input.article(), input.problems());
    }
    return guarded.analyse(input.article(), input.problems(), input.where());
  }

  /**
   * The analysis a worker thread made. Every failure inside one article is already its problem
   * ({@link #analyse}); what reaches here is the environment's (models missing), rethrown as it is.
   */
  static Analysis await(Future<Analysis> analysis) {
    try {
      return analysis.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
