package org.dossier.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Event;
import org.dossier.text.Span;

/**
 * One event on a corpus entity's timeline.
 *
 * @param day the first day of the event's resolved time, else the article's date
 * @param timeValue the TIMEX3 value of its time expression, if it has one
 * @param trigger the words that express the event, at {@code triggerSpan} in the article
 * @param sourceText the words naming the source, when an attribution names one
 */
public record TimelineItem(
    ArticleRef article, String eventId, Event.Type type, Optional<LocalDate> day, Optional<String> timeValue,
    String trigger, Span triggerSpan, List<Party> participants, Attribution.Kind sourceKind,
    Optional<String> sourceText, Event.Polarity polarity, Event.Modality modality) {

  public TimelineItem {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(type, "type");
    participants = List.copyOf(participants);
  }

  /** A participant: its name (the corpus entity's when resolved) and role. */
  public record Party(String name, Optional<String> corpusId, Event.Role role) {}
}
