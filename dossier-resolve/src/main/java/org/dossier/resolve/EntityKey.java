package org.dossier.resolve;

import java.util.Comparator;
import java.util.Objects;

/** One entity of one article: the article's id and the entity's id in that article's analysis ("E3"). */
public record EntityKey(String articleId, String entityId) implements Comparable<EntityKey> {

  private static final Comparator<EntityKey> ORDER =
      Comparator.comparing(EntityKey::articleId).thenComparing(EntityKey::entityId);

  public EntityKey {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(entityId, "entityId");
  }

  @Override
  public int compareTo(EntityKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return articleId + "#" + entityId;
  }
}
