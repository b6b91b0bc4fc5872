package org.dossier.analysis;

import java.util.Objects;

/**
 * An entity's entry in a knowledge base.
 *
 * @param kb the knowledge base, e.g. {@code wikipedia}
 * @param id the entry, e.g. {@code Imran_Khan}
 * @param score confidence in [0, 1]
 */
public record Link(String kb, String id, double score) {

  public Link {
    Objects.requireNonNull(kb, "kb");
    Objects.requireNonNull(id, "id");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0,1]: " + score);
    }
  }
}
