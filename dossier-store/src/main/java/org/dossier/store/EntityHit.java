package org.dossier.store;

import java.util.Objects;
import org.dossier.analysis.EntityType;

/** A corpus entity found by name, with how often the corpus mentions it. */
public record EntityHit(String corpusId, String name, EntityType type, int mentions, int articles) {

  public EntityHit {
    Objects.requireNonNull(corpusId, "corpusId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
