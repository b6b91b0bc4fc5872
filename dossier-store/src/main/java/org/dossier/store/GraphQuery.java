package org.dossier.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dossier.analysis.EntityType;

/**
 * Which part of the entity graph to draw: the most mentioned corpus entities that have a name, of
 * some types, mentioned in articles between two days, and the co-occurrences between them.
 *
 * @param types only entities of these types; empty for all
 * @param nodes the most nodes, 1..500
 * @param edges the most edges, 0..5000
 */
public record GraphQuery(Set<EntityType> types, Optional<LocalDate> from, Optional<LocalDate> to, int nodes, int edges) {

  public static final int MAX_NODES = 500;
  public static final int MAX_EDGES = 5000;

  public GraphQuery {
    types = Set.copyOf(types);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (nodes < 1 || nodes > MAX_NODES) {
      throw new IllegalArgumentException("nodes must be in 1.." + MAX_NODES + ": " + nodes);
    }
    if (edges < 0 || edges > MAX_EDGES) {
      throw new IllegalArgumentException("edges must be in 0.." + MAX_EDGES + ": " + edges);
    }
  }

  /** The 100 most mentioned entities of any type and the 400 strongest edges between them. */
  public static GraphQuery all() {
    return new GraphQuery(Set.of(), Optional.empty(), Optional.empty(), 100, 400);
  }
}
