package org.dossier.extract.entity;

import java.util.List;
import org.dossier.annotation.AnnotatedArticle;

/** Finds the mentions of people, organisations and places and clusters them into entities. */
public final class EntityExtractor {

  public EntityLayer extract(AnnotatedArticle text) {
    return new EntityLayer(List.of());
  }
}
