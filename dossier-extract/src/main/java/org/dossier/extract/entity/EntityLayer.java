package org.dossier.extract.entity;

import java.util.List;
import java.util.Optional;
import org.dossier.analysis.Entity;
import org.dossier.text.Span;

/** The entities of one article, with a lookup from text to the entity mentioned there. */
public final class EntityLayer {

  private final List<Entity> entities;

  public EntityLayer(List<Entity> entities) {
    this.entities = List.copyOf(entities);
  }

  public List<Entity> entities() {
    return entities;
  }

  /**
   * The entity with a mention that covers {@code span}, or else the one whose mention overlaps it
   * most; empty when no mention touches it.
   */
  public Optional<Entity> entityAt(Span span) {
    Entity best = null;
    int bestOverlap = 0;
    for (Entity e : entities) {
      for (Span m : e.mentions()) {
        if (m.contains(span)) {
          return Optional.of(e);
        }
        int overlap = Math.min(m.end(), span.end()) - Math.max(m.start(), span.start());
        if (overlap > bestOverlap) {
          bestOverlap = overlap;
          best = e;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
