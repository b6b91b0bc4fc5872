package org.dossier.extract.attribution;

import java.util.Optional;
import org.dossier.analysis.Attribution.Kind;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.text.Span;

/**
 * What one cue yields before ids are given: the sentence it stands in, the kind of source, the cue,
 * the source's words and entity, the content, and whether the content runs on over the following
 * sentences of the paragraph (an announcement: "She said:").
 */
record Found(
    int sentence, Kind kind, Span cue, Optional<Span> source, Optional<EntityId> sourceEntity, Span content,
    boolean continues) {

  /** The same attribution with another content. */
  Found withContent(Span otherContent, boolean runsOn) {
    return new Found(sentence, kind, cue, source, sourceEntity, otherContent, runsOn);
  }
}
