package org.dossier.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Which article reported something: its id, date and outlet. */
public record ArticleRef(String articleId, Optional<LocalDate> date, Optional<String> outlet) {

  public ArticleRef {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(outlet, "outlet");
  }
}
