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
import org.dossier.extract.event.EventExtractor;
import org.dossier.extract.relation.RelationExtractor;
import org.dossier.extract.time.TimeTagger;
import org.dossier.text.Article;
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
  private final AttributionExtractor attributions = new AttributionExtractor();
  private final EventExtractor events = new EventExtractor();
  private final RelationExtractor relations = new RelationExtractor();

  public ArticleProcessor(Annotator annotator) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
  }

  public Analysis process(Article article) {
    List<Problem> problems = new ArrayList<>();
    if (article.date().isEmpty()) {
      problems.add(Problem.of(Problem.Codes.NO_DATE,
          "the article has no date: relative times stay unresolved (give one with --date)"));
    }
    AnnotatedArticle text = annotator.annotate(article);
    return extract(text, problems);
  }

  /** The extraction stages alone, on an article that is already annotated. */
  public Analysis extract(AnnotatedArticle text, List<Problem> problems) {
    List<TimeExpression> timex = times.tag(text);
    EntityLayer entityLayer = entities.extract(text);
    List<Attribution> claims = attributions.extract(text, entityLayer);
    List<Event> eventList = events.extract(text, entityLayer, timex, claims);
    List<Relation> relationList = relations.extract(text, entityLayer);
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
