package org.dossier.analysis;

import java.util.List;
import java.util.Objects;
import org.dossier.text.Article;
import org.dossier.text.Problem;
import org.dossier.text.Span;

/**
 * Everything Dossier read out of one article. An article that could not be analysed is an
 * analysis with no content and at least one fatal problem.
 */
public record Analysis(
    Article article,
    List<Span> sentences,
    List<Entity> entities,
    List<TimeExpression> times,
    List<Event> events,
    List<Attribution> attributions,
    List<Relation> relations,
    List<Problem> problems) {

  /** The version of the JSON contract this model writes. */
  public static final int SCHEMA = 1;

  public Analysis {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    events = List.copyOf(events);
    attributions = List.copyOf(attributions);
    relations = List.copyOf(relations);
    problems = List.copyOf(problems);
  }

  /** The result for an article that could not be read or analysed. */
  public static Analysis failed(Article article, List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a failed analysis needs at least one problem");
    }
    return new Analysis(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), problems);
  }

  public boolean isFailed() {
    return problems.stream().anyMatch(Problem::isFatal);
  }

  public SourcingProfile sourcing() {
    return SourcingProfile.of(events, attributions);
  }
}
