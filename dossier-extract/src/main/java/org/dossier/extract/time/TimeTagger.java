package org.dossier.extract.time;

import java.util.List;
import org.dossier.analysis.TimeExpression;
import org.dossier.annotation.AnnotatedArticle;

/** Finds the time expressions of an article and resolves them against its date (the DCT). */
public final class TimeTagger {

  public List<TimeExpression> tag(AnnotatedArticle text) {
    return List.of();
  }
}
