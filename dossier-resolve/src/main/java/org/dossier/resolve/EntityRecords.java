package org.dossier.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.analysis.Analysis;
import org.dossier.analysis.Descriptor;
import org.dossier.analysis.Entity;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.analysis.Link;
import org.dossier.analysis.Place;
import org.dossier.analysis.Relation;

/** The {@link EntityRecord}s of one analysis. */
public final class EntityRecords {

  private static final String WIKIPEDIA = "wikipedia";

  private EntityRecords() {}

  /** One record per entity of {@code analysis}, in its order. */
  public static List<EntityRecord> of(Analysis analysis) {
    String articleId = analysis.article().id();
    Map<EntityId, String> names = new HashMap<>();
    Set<String> allNames = new LinkedHashSet<>();
    for (Entity e : analysis.entities()) {
      e.name().ifPresent(n -> {
        names.put(e.id(), n);
        allNames.add(n);
      });
    }
    List<EntityRecord> out = new ArrayList<>(analysis.entities().size());
    for (Entity e : analysis.entities()) {
      Set<String> aliases = new LinkedHashSet<>(e.aliases());
      e.name().ifPresent(aliases::remove);
      Set<String> roles = new LinkedHashSet<>();
      for (Descriptor d : e.descriptors()) {
        if (!d.role().isBlank()) {
          roles.add(d.role().strip());
        }
      }
      Set<String> affiliations = new LinkedHashSet<>();
      for (Relation r : analysis.relations()) {
        if (r.subject().equals(e.id()) && names.containsKey(r.object())) {
          affiliations.add(r.predicate() + ":" + names.get(r.object()));
        } else if (r.object().equals(e.id()) && names.containsKey(r.subject())) {
          affiliations.add(r.predicate() + ":" + names.get(r.subject()));
        }
      }
      Set<String> cooccurring = new LinkedHashSet<>(allNames);
      e.name().ifPresent(cooccurring::remove);
      Optional<String> wikipedia = e.link().filter(l -> l.kb().equalsIgnoreCase(WIKIPEDIA)).map(Link::id);
      Optional<Long> geonameId = e.place().map(Place::geonameId);
      out.add(new EntityRecord(new EntityKey(articleId, e.id().value()), analysis.article().date(), e.type(), e.name(),
          List.copyOf(aliases), List.copyOf(roles), wikipedia, geonameId, List.copyOf(affiliations),
          List.copyOf(cooccurring)));
    }
    return out;
  }
}
