package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.analysis.Analysis;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Annotator;
import org.dossier.extract.ArticleProcessor;
import org.dossier.ingest.Input;
import org.dossier.text.Article;
import org.dossier.text.Deadline;
import org.dossier.text.Problem;
import org.junit.jupiter.api.Test;

/** What becomes of one article whose analysis is too slow, runs out of memory or fails. */
class AnalyzerTest {

  private static Input input(String body) {
    return new Input(Article.of("a.txt", LocalDate.of(2025, 4, 14), body), List.of(), "news/a.txt");
  }

  private static Analysis run(Annotator annotator, Optional<Duration> budget) {
    return new Analyzer(new ArticleProcessor(annotator), budget).analyse(input("The council met on Monday."));
  }

  private static Problem onlyProblem(Analysis a) {
    assertThat(a.problems()).hasSize(1);
    return a.problems().get(0);
  }

  /** An annotator that works in steps of 10 ms, checking its deadline between them, forever. */
  private static final Annotator ENDLESS = (article, deadline) -> {
    while (true) {
      deadline.check();
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
  };

  @Test
  void an_article_past_its_budget_is_stopped_and_reported_too_slow() {
    long start = System.nanoTime();
    Analysis a = run(ENDLESS, Optional.of(Duration.ofMillis(200)));
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
    assertThat(a.isFailed()).isTrue();
    Problem p = onlyProblem(a);
    assertThat(p.code()).isEqualTo(Problem.Codes.TOO_SLOW);
    assertThat(p.where()).contains("news/a.txt");
    assertThat(p.message()).contains("--timeout");
  }

  @Test
  void running_out_of_memory_is_the_article_s_problem_not_the_batch_s() {
    Annotator hungry = (article, deadline) -> {
      throw new OutOfMemoryError("Java heap space");
    };
    Problem p = onlyProblem(run(hungry, Optional.empty()));
    assertThat(p.code()).isEqualTo(Problem.Codes.OUT_OF_MEMORY);
    assertThat(p.message()).contains("-Xmx");
  }

  @Test
  void a_bug_in_the_analysis_is_analysis_failed_with_no_stack_trace() {
    Annotator broken = (article, deadline) -> {
      throw new IllegalStateException("no sentence\n\tat some.Frame");
    };
    Problem p = onlyProblem(run(broken, Optional.empty()));
    assertThat(p.code()).isEqualTo(Problem.Codes.ANALYSIS_FAILED);
    assertThat(p.message()).contains("IllegalStateException: no sentence").doesNotContain("at some.Frame");
  }

  @Test
  void no_budget_means_no_limit() {
    Annotator quick = (article, deadline) -> new AnnotatedArticle(article, List.of());
    Analysis a = run(quick, Limits.budget(0));
    assertThat(a.isFailed()).isFalse();
    assertThat(Deadline.NONE.budget()).isEqualTo(Duration.ZERO);
  }
}
