package org.dossier.extract.relation;

import java.util.List;
import org.dossier.analysis.Relation;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.extract.entity.EntityLayer;

/**
 * Relations between entities: the affiliations read out of descriptors, appositives and copulas
 * ({@code member_of}, {@code leader_of}, {@code founder_of}), memberships of groups ("notable
 * American Pakistanis such as ..."), units of organisations ({@code part_of}) and places
 * ({@code located_in}). The entity layer reads them while it reads descriptors; this stage is
 * where they leave the layer for the analysis.
 */
public final class RelationExtractor {

  public List<Relation> extract(AnnotatedArticle text, EntityLayer entities) {
    return entities.relations();
  }
}
