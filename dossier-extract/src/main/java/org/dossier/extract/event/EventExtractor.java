package org.dossier.extract.event;

import java.util.List;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Event;
import org.dossier.analysis.TimeExpression;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.extract.entity.EntityLayer;

/** Finds events from verbs and nouns, with participants, time, place, polarity and modality. */
public final class EventExtractor {

  public List<Event> extract(
      AnnotatedArticle text, EntityLayer entities, List<TimeExpression> times, List<Attribution> attributions) {
    return List.of();
  }
}
