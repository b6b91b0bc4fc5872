package org.dossier.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Event;

/**
 * What story grouping knows of one reported event.
 *
 * @param articleDate the date of the article that reports it
 * @param timeValue the TIMEX3 value of the event's time, if it has one
 * @param timeStart the first day the event's time covers, when resolved
 * @param timeEnd the last day the event's time covers, when resolved
 * @param participants the article entities taking part, with their roles
 * @param sourceKind what kind of source reports it (AUTHOR when the article says it itself)
 * @param sourceText the words naming the source, if any
 */
public record EventRecord(
    String articleId,
    String eventId,
    Optional<LocalDate> articleDate,
    Event.Type type,
    Optional<String> timeValue,
    Optional<LocalDate> timeStart,
    Optional<LocalDate> timeEnd,
    List<Participant> participants,
    Event.Polarity polarity,
    Event.Modality modality,
    Attribution.Kind sourceKind,
    Optional<String> sourceText) {

  public EventRecord {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(articleDate, "articleDate");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(timeValue, "timeValue");
    Objects.requireNonNull(timeStart, "timeStart");
    Objects.requireNonNull(timeEnd, "timeEnd");
    participants = List.copyOf(participants);
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(sourceKind, "sourceKind");
    Objects.requireNonNull(sourceText, "sourceText");
  }

  /** An article entity taking part, with its role. */
  public record Participant(EntityKey entity, Event.Role role) {
    public Participant {
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(role, "role");
    }
  }
}
