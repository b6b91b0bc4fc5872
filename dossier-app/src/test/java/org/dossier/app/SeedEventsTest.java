package org.dossier.app;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.dossier.analysis.Analysis;
import org.junit.jupiter.api.Nested;

/** The events of {@code seed-article.md}: by the whole pipeline, and by the event stage on hand-built layers. */
class SeedEventsTest extends SeedEventChecks {

  @Override
  Analysis analysis() {
    return SeedArticle.analysis();
  }

  @Override
  void needEntities() {
    assumeFalse(analysis().entities().isEmpty(), "the entity stage finds nothing yet: participants not checked");
  }

  @Override
  void needTimes() {
    assumeFalse(analysis().times().isEmpty(), "the time stage finds nothing yet: times not checked");
  }

  /** The same items over the hand-built entities and times. */
  @Nested
  class OnHandBuiltLayers extends SeedEventChecks {
    @Override
    Analysis analysis() {
      return HandBuiltSeed.analysis();
    }
  }
}
