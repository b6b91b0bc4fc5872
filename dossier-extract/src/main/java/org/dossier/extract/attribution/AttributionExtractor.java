package org.dossier.extract.attribution;

import java.util.List;
import org.dossier.analysis.Attribution;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.extract.entity.EntityLayer;

/** Finds attribution cues, their sources and the content they cover. */
public final class AttributionExtractor {

  public List<Attribution> extract(AnnotatedArticle text, EntityLayer entities) {
    return List.of();
  }
}
