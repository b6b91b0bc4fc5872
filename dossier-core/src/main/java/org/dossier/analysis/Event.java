package org.dossier.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dossier.analysis.Ids.AttributionId;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.analysis.Ids.EventId;
import org.dossier.analysis.Ids.TimeId;
import org.dossier.text.Span;

/**
 * Who did what to whom, when, where, typed with the PLOVER ontology.
 *
 * @param trigger the verb or noun that expresses the event
 * @param time the time expression the event is placed at, if any
 * @param timeSource how {@code time} was found
 * @param place the location entity where it happened, if the text says
 * @param attribution the attribution whose content covers the event, if any
 * @param sentence index of the sentence the trigger is in
 */
public record Event(
    EventId id,
    Type type,
    Span trigger,
    List<Participant> participants,
    Optional<TimeId> time,
    TimeSource timeSource,
    Optional<EntityId> place,
    Optional<AttributionId> attribution,
    Polarity polarity,
    Modality modality,
    int sentence) {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(trigger, "trigger");
    participants = List.copyOf(participants);
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(timeSource, "timeSource");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(modality, "modality");
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence must be >= 0: " + sentence);
    }
  }

  /** PLOVER event types, plus ASSURE for promises and assurances, and OTHER. */
  public enum Type {
    AGREE,
    CONSULT,
    SUPPORT,
    COOPERATE,
    AID,
    CONCEDE,
    RETREAT,
    INVESTIGATE,
    DEMAND,
    DISAPPROVE,
    REJECT,
    THREATEN,
    PROTEST,
    MOBILIZE,
    SANCTION,
    COERCE,
    ASSAULT,
    FIGHT,
    CRIME,
    ASSURE,
    OTHER
  }

  /** An entity taking part in an event. */
  public record Participant(EntityId entity, Role role) {
    public Participant {
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(role, "role");
    }
  }

  /** The part an entity plays: who acts, who is acted on, anyone else involved. */
  public enum Role {
    SOURCE,
    TARGET,
    OTHER;

    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How the event's time was found. */
  public enum TimeSource {
    /** A time expression in the event's own sentence. */
    EXPLICIT,
    /** Inherited from the time of the preceding discourse. */
    DISCOURSE,
    /** The document date, for present-tense reports. */
    DCT,
    /** No time could be given. */
    NONE;

    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Whether the event happened or the text says it did not. */
  public enum Polarity {
    POSITIVE,
    NEGATIVE;

    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How real the text says the event is. */
  public enum Modality {
    ASSERTED,
    PLANNED,
    HYPOTHETICAL,
    REPORTED_UNCERTAIN;

    public String json() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
