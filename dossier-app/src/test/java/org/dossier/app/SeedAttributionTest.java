package org.dossier.app;

import org.dossier.analysis.Analysis;
import org.junit.jupiter.api.Nested;

/** The attributions of {@code seed-article.md}: by the whole pipeline, and on hand-built layers. */
class SeedAttributionTest extends SeedAttributionChecks {

  @Override
  Analysis analysis() {
    return SeedArticle.analysis();
  }

  /** The same items over the hand-built entities and times. */
  @Nested
  class OnHandBuiltLayers extends SeedAttributionChecks {
    @Override
    Analysis analysis() {
      return HandBuiltSeed.analysis();
    }
  }
}
