package org.dossier.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

  /** The members of every corpus entity, by corpus id, each in key order. */
  public Map<String, List<EntityKey>> clusters() {
    Map<String, List<EntityKey>> byId = new HashMap<>();
    corpusIds.forEach((key, id) -> byId.computeIfAbsent(id, k -> new ArrayList<>(2)).add(key));
    byId.values().forEach(Collections::sort);
    return new TreeMap<>(byId);
  }

}
