package org.dossier.analysis;

import java.util.Objects;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.text.Span;

/**
 * A fact linking two entities: {@code title}, {@code member_of}, {@code leader_of},
 * {@code founder_of}, {@code part_of}, {@code located_in}, {@code associate_of}, ...
 *
 * @param evidence the words that state it
 */
public record Relation(EntityId subject, String predicate, EntityId object, Span evidence) {

  public Relation {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(evidence, "evidence");
  }
}
