package org.dossier.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Event;
import org.dossier.text.Span;

/**
 * One stored article: its text and everything found in it, each as offsets into {@code body}.
 *
 * @param sourcing its claims by the kind of source they rest on (events, and attributions that
 *     cover no event), as {@link CorpusSourcing} counts them
 */
public record ArticleView(
    String articleId, Optional<String> title, Optional<LocalDate> date, Optional<String> outlet, Optional<String> url,
    String body, List<EntityMark> entities, List<TimeMark> times, List<EventMark> events,
    List<AttributionMark> attributions, Map<Attribution.Kind, Integer> sourcing) {

  public ArticleView {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(body, "body");
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    events = List.copyOf(events);
    attributions = List.copyOf(attributions);
    sourcing = Map.copyOf(sourcing);
  }

  /** An entity of the article, with the corpus entity it belongs to when resolved. */
  public record EntityMark(String localId, EntityType type, Optional<String> name, Optional<String> corpusId, List<Span> mentions) {
    public EntityMark {
      mentions = List.copyOf(mentions);
    }
  }

  /** A time expression and its TIMEX3 value. */
  public record TimeMark(String localId, Span span, String value) {}

  /** An event: its trigger, day, participants (entity local ids) and the kind of source it rests on. */
  public record EventMark(
      String localId, Event.Type type, Span trigger, Optional<LocalDate> day, Attribution.Kind sourceKind,
      Optional<String> attributionId, List<Party> participants) {
    public EventMark {
      participants = List.copyOf(participants);
    }
  }

  /** A participant of an event. */
  public record Party(String entityId, Event.Role role) {}

  /** An attribution: the cue ("said"), the source when named in the text, and the content. */
  public record AttributionMark(String localId, Attribution.Kind kind, Span cue, Optional<Span> source, Span content) {}
}
