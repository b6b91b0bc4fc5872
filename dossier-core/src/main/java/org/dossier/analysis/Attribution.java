package org.dossier.analysis;

import java.util.Objects;
import java.util.Optional;
import org.dossier.analysis.Ids.AttributionId;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.text.Span;

/**
 * Who says a claim: "According to a local newspaper, ...", "Highly placed sources confirmed
 * that ...", "Reportedly, ...".
 *
 * @param cue the words that mark the attribution ("according to", "confirmed", "Reportedly")
 * @param source the words naming who says it; empty for hedges and the article's own voice
 * @param sourceEntity the entity the source is, when it is one
 * @param content the claim itself, possibly running over several sentences
 */
public record Attribution(
    AttributionId id,
    Kind kind,
    Span cue,
    Optional<Span> source,
    Optional<EntityId> sourceEntity,
    Span content) {

  public Attribution {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceEntity, "sourceEntity");
    Objects.requireNonNull(content, "content");
  }

  /** What kind of source a claim rests on. */
  public enum Kind {
    NAMED_PERSON,
    NAMED_OUTLET,
    /** A named institution that is not a news outlet: "the Pentagon said", "the ministry confirmed". */
    NAMED_ORGANIZATION,
    UNNAMED_OUTLET,
    ANONYMOUS_SOURCE,
    HEDGE,
    OFFICIAL_DOCUMENT,
    /** The article's own voice. */
    AUTHOR
  }
}
