package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dossier.analysis.Analysis;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Event;
import org.dossier.analysis.Relation;
import org.dossier.analysis.TimeExpression;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Annotator;
import org.dossier.annotation.Sentence;
import org.dossier.extract.attribution.AttributionExtractor;
import org.dossier.extract.entity.EntityExtractor;
import org.dossier.extract.entity.EntityLayer;
import org.dossier.extract.entity.QuotedSpeakers;
import org.dossier.extract.event.EventExtractor;
import org.dossier.extract.relation.RelationExtractor;
import org.dossier.extract.time.TimeTagger;
import org.dossier.text.Article;
import org.dossier.text.Deadline;
import org.dossier.text.Problem;

/**
 * The whole analysis of one article, in order. Each stage is a small final class whose
 * parameters say what it needs; the compiler, not a registry, checks the order.
 *
 * <p>Thread-safe when the annotator is: the stages hold no per-article state.
 */
public final class ArticleProcessor {

  private final Annotator annotator;
  private final TimeTagger times = new TimeTagger();
  private final EntityExtractor entities = new EntityExtractor();
  private final AttributionExtractor attributions;
  private final EventExtractor events = new EventExtractor();
  private final RelationExtractor relations = new RelationExtractor();

  /** The extraction stages, as the benchmark reports them. */
  public enum Stage {
    TIMES,
    ENTITIES,
    EVENTS_AND_ATTRIBUTION,
    RELATIONS
  }

  /** Receives the time each stage took on one article; for benchmarks. */
  @FunctionalInterface
  public interface StageClock {
    StageClock NONE = (stage, nanos) -> {};

    void record(Stage stage, long nanos);
  }

  public ArticleProcessor(Annotator annotator) {
    this(annotator, new AttributionExtractor());
  }

  private ArticleProcessor(Annotator annotator, AttributionExtractor attributions) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.attributions = Objects.requireNonNull(attributions, "attributions");
  }

  /**
   * This processor with another attribution reading ({@link AttributionExtractor#broad()}: also
   * stance, belief and intention), sharing the same annotator.
   */
  public ArticleProcessor withAttributions(AttributionExtractor reading) {
    return new ArticleProcessor(annotator, reading);
  }

  public Analysis process(Article article) {
    return process(article, Deadline.NONE);
  }

  /**
   * The analysis of {@code article}, stopped with {@link Deadline.Exceeded} if it runs past
   * {@code deadline} (checked between pieces of the annotation and between stages).
   */
  public Analysis process(Article article, Deadline deadline) {
    List<Problem> problems = new ArrayList<>();
    if (article.date().isEmpty()) {
      problems.add(Problem.of(Problem.Codes.NO_DATE,
          "the article has no date: relative times stay unresolved (give one with --date)"));
    }
    AnnotatedArticle text = annotator.annotate(article, deadline);
    deadline.check();
    return extract(text, problems, StageClock.NONE, deadline);
  }

  /** The linguistic layer alone: the annotator this processor runs. */
  public Annotator annotator() {
    return annotator;
  }

  /** The extraction stages alone, on an article that is already annotated. */
  public Analysis extract(AnnotatedArticle text, List<Problem> problems) {
    return extract(text, problems, StageClock.NONE);
  }

  /** As {@link #extract(AnnotatedArticle, List)}, telling {@code clock} how long each stage took. */
  public Analysis extract(AnnotatedArticle text, List<Problem> problems, StageClock clock) {
    return extract(text, problems, clock, Deadline.NONE);
  }

  private Analysis extract(AnnotatedArticle text, List<Problem> problems, StageClock clock, Deadline deadline) {
    long t0 = System.nanoTime();
    List<TimeExpression> timex = times.tag(text);
    long t1 = System.nanoTime();
    deadline.check();
    EntityLayer entityLayer = entities.extract(text);
    long t2 = System.nanoTime();
    deadline.check();
    List<Attribution> claims = attributions.extract(text, entityLayer);
    entityLayer = QuotedSpeakers.apply(text, entityLayer, claims);
    List<Event> eventList = events.extract(text, entityLayer, timex, claims);
    long t3 = System.nanoTime();
    deadline.check();
    List<Relation> relationList = relations.extract(text, entityLayer);
    long t4 = System.nanoTime();
    clock.record(Stage.TIMES, t1 - t0);
    clock.record(Stage.ENTITIES, t2 - t1);
    clock.record(Stage.EVENTS_AND_ATTRIBUTION, t3 - t2);
    clock.record(Stage.RELATIONS, t4 - t3);
    return new Analysis(
        text.article(),
        text.sentences().stream().map(Sentence::span).toList(),
        entityLayer.entities(),
        timex,
        eventList,
        claims,
        relationList,
        problems);
  }
}
