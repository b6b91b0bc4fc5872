package org.dossier.store;

import java.util.List;
import java.util.Optional;
import org.dossier.analysis.EntityType;
import org.dossier.text.Span;

/** A corpus entity with every mention of it: the article and the span. */
public record ExportEntity(String corpusId, String name, EntityType type, Optional<String> wikipedia, List<Mention> mentions) {

  public ExportEntity {
    mentions = List.copyOf(mentions);
  }

  /** One mention: the article's id and the span in its body. */
  public record Mention(String articleId, Span span) {}
}
