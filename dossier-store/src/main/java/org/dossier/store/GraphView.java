package org.dossier.store;

import java.util.List;
import org.dossier.analysis.EntityType;

/** Corpus entities as nodes and co-occurrence in articles as edges, strongest first. */
public record GraphView(List<Node> nodes, List<Link> links) {

  public GraphView {
    nodes = List.copyOf(nodes);
    links = List.copyOf(links);
  }

  /** A corpus entity; {@code articles} counts those in the date range of the query. */
  public record Node(String id, String name, EntityType type, int mentions, int articles) {}

  /** Two entities mentioned in {@code articles} articles together (over the whole corpus). */
  public record Link(String from, String to, int articles) {}
}
