package org.dossier.extract.relation;

import java.util.List;
import org.dossier.analysis.Relation;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.extract.entity.EntityLayer;

/** Reads relations between entities out of descriptors, appositives and copulas. */
public final class RelationExtractor {

  public List<Relation> extract(AnnotatedArticle text, EntityLayer entities) {
    return List.of();
  }
}
