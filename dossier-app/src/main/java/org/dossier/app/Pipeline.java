package org.dossier.app;

import org.dossier.extract.ArticleProcessor;
import org.dossier.nlp.CoreNlpAnnotator;

/** The wiring: one CoreNLP pipeline per JVM, loaded on first use, behind one processor. */
public final class Pipeline {

  private static volatile ArticleProcessor processor;

  private Pipeline() {}

  /** Dossier's processor; the first call loads the models (about a second or two). */
  public static ArticleProcessor processor() {
    ArticleProcessor p = processor;
    if (p == null) {
      synchronized (Pipeline.class) {
        p = processor;
        if (p == null) {
          p = new ArticleProcessor(CoreNlpAnnotator.fast());
          processor = p;
        }
      }
    }
    return p;
  }
}
