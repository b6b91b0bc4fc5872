package org.dossier.extract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.analysis.Analysis;
import org.dossier.text.Article;
import org.dossier.text.Deadline;
import org.dossier.text.Problem;

/**
 * One article to one analysis, whatever happens inside: an article that runs past its time
 * budget is stopped ({@code TOO_SLOW}); one that needs more memory than the JVM has
 * ({@code OUT_OF_MEMORY}) or that trips a bug ({@code ANALYSIS_FAILED}) becomes a failed analysis
 * carrying its problem, never an exception, so that a batch (the command line, a Spark task) goes
 * on. Loading the models is outside the guard: missing models still end the run.
 */
public final class GuardedProcessor {

  private final ArticleProcessor processor;
  private final Optional<Duration> budget;

  /** @param budget the time one article may take; empty for no limit */
  public GuardedProcessor(ArticleProcessor processor, Optional<Duration> budget) {
    this.processor = Objects.requireNonNull(processor, "processor");
    this.budget = Objects.requireNonNull(budget, "budget");
  }

  /**
   * The analysis of one article read without fatal problems, with the problems met reading it
   * ({@code inputProblems}) and those of the analysis, each placed at {@code where} (a file, a line).
   */
  public Analysis analyse(Article article, List<Problem> inputProblems, String where) {
    Analysis a;
    try {
      a = processor.process(article, budget.map(Deadline::in).orElse(Deadline.NONE));
    } catch (Deadline.Exceeded e) {
      return failed(article, inputProblems, where, Problem.Codes.TOO_SLOW, "the analysis " + e.getMessage()
          + " and was stopped (" + article.body().length() / 1000 + " thousand characters); give it more time with --timeout");
    } catch (OutOfMemoryError e) {
      return failed(article, inputProblems, where, Problem.Codes.OUT_OF_MEMORY, "the analysis needed more memory than the JVM has ("
          + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB): give it more with DOSSIER_JAVA_OPTS=-Xmx4g,"
          + " or use fewer --threads");
    } catch (RuntimeException | StackOverflowError e) {
      String why = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
      return failed(article, inputProblems, where, Problem.Codes.ANALYSIS_FAILED,
          "the analysis failed (" + e.getClass().getSimpleName() + why + "); please report it");
    }
    boolean badDate = inputProblems.stream().anyMatch(p -> p.code().equals(Problem.Codes.BAD_DATE));
    List<Problem> all = new ArrayList<>(inputProblems);
    for (Problem p : a.problems()) {
      if (badDate && p.code().equals(Problem.Codes.NO_DATE)) {
        continue; // BAD_DATE already says the article is analysed without a date
      }
      all.add(p.where().isPresent() ? p : Problem.at(where, p.code(), p.message()));
    }
    return new Analysis(a.article(), a.sentences(), a.entities(), a.times(), a.events(), a.attributions(), a.relations(), all);
  }

  private static Analysis failed(Article article, List<Problem> inputProblems, String where, String code, String message) {
    List<Problem> problems = new ArrayList<>(inputProblems);
    problems.add(Problem.at(where, code, message));
    return Analysis.failed(article, problems);
  }
}
