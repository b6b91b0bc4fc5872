package org.dossier.web.view;

import java.util.Optional;

/**
 * A stretch of an article's text with what covers it: CSS classes ({@code ent ent-PERSON},
 * {@code time}, {@code event}, {@code cue}, {@code source}, {@code content src-ANONYMOUS}), the
 * evidence shown on hover, and the corpus entity it links to.
 */
public record Segment(String text, String classes, String evidence, Optional<String> entity) {

  public boolean plain() {
    return classes.isEmpty();
  }
}
