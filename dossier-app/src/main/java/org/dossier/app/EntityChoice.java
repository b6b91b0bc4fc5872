package org.dossier.app;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dossier.store.EntityHit;
import org.dossier.store.Store;

/**
 * The corpus entity a person means by a name or a corpus id: the best match, and the others that
 * match too, so that the person can pass one of their ids instead.
 */
record EntityChoice(EntityHit best, List<EntityHit> others) {

  private static final Pattern CORPUS_ID = Pattern.compile("C[0-9a-f]{16}");

  EntityChoice {
    others = List.copyOf(others);
  }

  /** The entity {@code nameOrId} stands for; empty when none matches. */
  static Optional<EntityChoice> of(Store store, String nameOrId) {
    String query = nameOrId.strip();
    if (CORPUS_ID.matcher(query).matches()) {
      Optional<EntityChoice> byId = store.entity(query).map(p -> new EntityChoice(
          new EntityHit(p.corpusId(), p.name(), p.type(), p.mentions(), p.articles()), List.of()));
      if (byId.isPresent()) {
        return byId;
      }
    }
    List<EntityHit> hits = store.findEntities(query);
    return hits.isEmpty() ? Optional.empty() : Optional.of(new EntityChoice(hits.get(0), hits.subList(1, hits.size())));
  }

  static String describe(EntityHit h) {
    return h.name() + " (" + h.type() + ", " + h.corpusId() + ", " + h.mentions() + " mention" + (h.mentions() == 1 ? "" : "s")
        + " in " + h.articles() + " article" + (h.articles() == 1 ? "" : "s") + ")";
  }
}
