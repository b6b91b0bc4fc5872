package org.dossier.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Event;

/**
 * A full-text search with filters and paging.
 *
 * @param text words to find in titles and bodies ({@code "quoted phrases"}, {@code -excluded},
 *     {@code a | b}, {@code prefix*}); empty finds every article, newest first
 * @param from the first article date, inclusive
 * @param to the last article date, inclusive
 * @param corpusEntity only articles that mention this corpus entity
 * @param eventType only articles that report an event of this type
 * @param sourceKind only articles with a claim resting on this kind of source
 * @param outlet only articles of this outlet
 * @param entityType only articles mentioning an entity of this type
 * @param offset the number of hits to skip
 * @param limit the number of hits to return
 */
public record SearchQuery(
    String text,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> corpusEntity,
    Optional<Event.Type> eventType,
    Optional<Attribution.Kind> sourceKind,
    Optional<String> outlet,
    Optional<EntityType> entityType,
    int offset,
    int limit) {

  public SearchQuery {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(corpusEntity, "corpusEntity");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(sourceKind, "sourceKind");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(entityType, "entityType");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0: " + offset);
    }
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be in 1..1000: " + limit);
    }
  }

  /** A search with no filter on entity types. */
  public SearchQuery(String text, Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> corpusEntity,
      Optional<Event.Type> eventType, Optional<Attribution.Kind> sourceKind, Optional<String> outlet, int offset, int limit) {
    this(text, from, to, corpusEntity, eventType, sourceKind, outlet, Optional.empty(), offset, limit);
  }

  /** The first ten hits for {@code text}, with no filter. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), 0, 10);
  }

  public SearchQuery between(LocalDate first, LocalDate last) {
    return new SearchQuery(text, Optional.of(first), Optional.of(last), corpusEntity, eventType, sourceKind, outlet, entityType, offset, limit);
  }

  public SearchQuery mentioning(String corpusId) {
    return new SearchQuery(text, from, to, Optional.of(corpusId), eventType, sourceKind, outlet, entityType, offset, limit);
  }

  public SearchQuery reporting(Event.Type type) {
    return new SearchQuery(text, from, to, corpusEntity, Optional.of(type), sourceKind, outlet, entityType, offset, limit);
  }

  public SearchQuery sourcedBy(Attribution.Kind kind) {
    return new SearchQuery(text, from, to, corpusEntity, eventType, Optional.of(kind), outlet, entityType, offset, limit);
  }

  public SearchQuery from(String outletName) {
    return new SearchQuery(text, from, to, corpusEntity, eventType, sourceKind, Optional.of(outletName), entityType, offset, limit);
  }

  public SearchQuery mentioningA(EntityType type) {
    return new SearchQuery(text, from, to, corpusEntity, eventType, sourceKind, outlet, Optional.of(type), offset, limit);
  }

  public SearchQuery page(int newOffset, int newLimit) {
    return new SearchQuery(text, from, to, corpusEntity, eventType, sourceKind, outlet, entityType, newOffset, newLimit);
  }
}
