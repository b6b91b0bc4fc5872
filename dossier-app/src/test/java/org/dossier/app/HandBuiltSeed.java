package org.dossier.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.analysis.Analysis;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Event;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Sentence;
import org.dossier.extract.attribution.AttributionExtractor;
import org.dossier.extract.entity.EntityLayer;
import org.dossier.extract.event.EventExtractor;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.Input;
import org.dossier.nlp.CoreNlpAnnotator;

/**
 * The reference article run through CoreNLP and the attribution and event stages only, over the
 * entities and times of {@link HandBuiltSeedLayers}: the event stage's own acceptance test,
 * independent of how far the entity and time stages have come.
 */
final class HandBuiltSeed {

  private static Analysis analysis;

  private HandBuiltSeed() {}

  static synchronized Analysis analysis() {
    if (analysis == null) {
      List<Input> inputs = new ArrayList<>();
      new Ingest(Optional.empty(), 5_000_000).read(List.of(SeedArticle.FILE.toString()), inputs::add);
      AnnotatedArticle text = CoreNlpAnnotator.fast().annotate(inputs.get(0).article());
      EntityLayer entities = HandBuiltSeedLayers.entities(text.body());
      var times = HandBuiltSeedLayers.times(text.body());
      List<Attribution> attributions = new AttributionExtractor().extract(text, entities);
      List<Event> events = new EventExtractor().extract(text, entities, times, attributions);
      analysis = new Analysis(text.article(), text.sentences().stream().map(Sentence::span).toList(),
          entities.entities(), times, events, attributions, List.of(), List.of());
    }
    return analysis;
  }
}
