package org.dossier.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.dossier.analysis.Analysis;
import org.dossier.extract.ArticleProcessor;
import org.dossier.ingest.Input;
import org.dossier.text.Deadline;
import org.dossier.text.Problem;

/**
 * One input to one result, whatever happens inside: the commands that read articles in bulk
 * ({@code analyze}, {@code ingest}) run every article through here. An article that runs past
 * its time budget is stopped ({@code TOO_SLOW}); one that needs more memory than the JVM has
 * ({@code OUT_OF_MEMORY}) or that trips a bug ({@code ANALYSIS_FAILED}) is reported with its
 * problem, never with a stack trace, and the batch goes on. Loading the models is outside the
 * guard: missing models still end the run (exit 3).
 */
final class Analyzer {

  private final ArticleProcessor processor;
  private final Optional<Duration> budget;

  /** @param budget the time one article may take; empty for no limit */
  Analyzer(ArticleProcessor processor, Optional<Duration> budget) {
    this.processor = Objects.requireNonNull(processor, "processor");
    this.budget = Objects.requireNonNull(budget, "budget");
  }

  /** The analysis of one input, with the input's own problems and any of the analysis. */
  Analysis analyse(Input input) {
    if (!input.isReadable()) {
      return Analysis.failed(input.article(), input.problems());
    }
    Analysis a;
    try {
      a = processor.process(input.article(), budget.map(Deadline::in).orElse(Deadline.NONE));
    } catch (Deadline.Exceeded e) {
      return failed(input, Problem.Codes.TOO_SLOW, "the analysis " + e.getMessage()
          + " and was stopped (" + input.article().body().length() / 1000 + " thousand characters); give it more time with --timeout");
    } catch (OutOfMemoryError e) {
      return failed(input, Problem.Codes.OUT_OF_MEMORY, "the analysis needed more memory than the JVM has ("
          + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB): give it more with DOSSIER_JAVA_OPTS=-Xmx4g,"
          + " or use fewer --threads");
    } catch (RuntimeException | StackOverflowError e) {
      String why = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
      return failed(input, Problem.Codes.ANALYSIS_FAILED,
          "the analysis failed (" + e.getClass().getSimpleName() + why + "); please report it");
    }
    boolean badDate = input.problems().stream().anyMatch(p -> p.code().equals(Problem.Codes.BAD_DATE));
    List<Problem> all = new ArrayList<>(input.problems());
    for (Problem p : a.problems()) {
      if (badDate && p.code().equals(Problem.Codes.NO_DATE)) {
        continue; // BAD_DATE already says the article is analysed without a date
      }
      all.add(p.where().isPresent() ? p : Problem.at(input.where(), p.code(), p.message()));
    }
    return new Analysis(a.article(), a.sentences(), a.entities(), a.times(), a.events(), a.attributions(), a.relations(), all);
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

  private static Analysis failed(Input input, String code, String message) {
    List<Problem> problems = new ArrayList<>(input.problems());
    problems.add(Problem.at(input.where(), code, message));
    return Analysis.failed(input.article(), problems);
  }
}
