package org.dossier.store.resolve;

import java.util.List;
import java.util.Map;

/**
 * The corpus entities: every article entity's corpus id, and the evidence of every merge.
 * Corpus ids are stable: they depend on the members of a cluster, never on the order the
 * articles came in.
 */
public record Resolution(Map<EntityKey, String> corpusIds, List<Evidence> evidence) {

  public Resolution {
    corpusIds = Map.copyOf(corpusIds);
    evidence = List.copyOf(evidence);
  }

  /** The corpus id of an article entity. */
  public String corpusId(EntityKey key) {
    String id = corpusIds.get(key);
    if (id == null) {
      throw new IllegalArgumentException("not resolved: " + key);
    }
    return id;
  }

}
