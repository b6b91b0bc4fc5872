package org.dossier.store;

import java.util.Objects;

/**
 * Why two article entities are one corpus entity: one edge of the spanning forest that resolution
 * built ({@code same Wikipedia link Imran_Khan}).
 */
public record MergeEvidence(Member a, Member b, String reason) {

  /** The most merges listed for one corpus entity. */
  public static final int LIMIT = 500;

  public MergeEvidence {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(reason, "reason");
  }

  /** An article's entity: the article, its local id ({@code E3}) and the name it goes by there. */
  public record Member(ArticleRef article, String entityId, String name) {
    public Member {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(entityId, "entityId");
      Objects.requireNonNull(name, "name");
    }
  }
}
