package org.dossier.spark;

import java.time.Duration;
import java.util.Optional;
import org.dossier.extract.ArticleProcessor;
import org.dossier.extract.GuardedProcessor;
import org.dossier.nlp.CoreNlpAnnotator;

/**
 * What one executor JVM holds: Dossier's pipeline, built on the first article a task of this JVM
 * analyses and shared by every task thread after it (CoreNLP's models load once per JVM, never per
 * record or per partition; the annotator gives each thread its own parser).
 */
final class Executor {

  private static volatile ArticleProcessor processor;

  private Executor() {}

  static ArticleProcessor processor() {
    ArticleProcessor p = processor;
    if (p == null) {
      synchronized (Executor.class) {
        p = processor;
        if (p == null) {
          p = new ArticleProcessor(CoreNlpAnnotator.fast());
          processor = p;
        }
      }
    }
    return p;
  }

  /** The guard around the processor, with the per-article time budget in seconds (0: none). */
  static GuardedProcessor guarded(long timeoutSeconds) {
    return new GuardedProcessor(processor(),
        timeoutSeconds > 0 ? Optional.of(Duration.ofSeconds(timeoutSeconds)) : Optional.empty());
  }
}
