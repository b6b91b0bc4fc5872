package org.dossier.store;

import java.time.LocalDate;
import java.util.Optional;
import org.dossier.analysis.Event;
import org.dossier.text.Span;

/** An edge between two corpus entities, for graph export. */
public sealed interface Edge permits Edge.Related, Edge.CoOccurs, Edge.InEvent {

  String from();

  String to();

  /** A relation an article states: {@code from} is {@code predicate} of {@code to}. */
  record Related(String from, String to, String predicate, ArticleRef article, Span evidence) implements Edge {}

  /** Both are mentioned in {@code articles} articles; {@code from} sorts before {@code to}. */
  record CoOccurs(String from, String to, int articles) implements Edge {}

  /** Both take part in one event: {@code from} as its source when it has roles. */
  record InEvent(String from, String to, Event.Type type, Optional<LocalDate> day, String articleId, String eventId)
      implements Edge {}
}
