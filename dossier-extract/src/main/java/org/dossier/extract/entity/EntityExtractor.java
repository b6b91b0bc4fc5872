package org.dossier.extract.entity;

import java.util.Optional;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.extract.link.EntityLinker;
import org.dossier.extract.place.Gazetteer;

/**
 * Finds the mentions of people, organisations, places and groups — names, nominals ("a key
 * individual", "the government") and pronouns — and clusters them into entities with their
 * descriptors, types and places.
 *
 * <p>The named-entity tags of the annotator are the starting point; on top of them: honorifics
 * kept apart from names, units of organisations ("PTI America chapter"), facilities told apart
 * from places, the gazetteer's countries, provinces and cities, one type per name per article,
 * surnames joined to the salient full name, acronyms to their expansions, and pronouns resolved
 * by salience. Stateless and thread-safe: the state of one article lives in one call.
 */
public final class EntityExtractor {

  private final Lexicon lexicon = Lexicon.english();
  private final Gazetteer gazetteer;
  private final Optional<EntityLinker> linker;

  /** With GeoNames and, when its index can be opened or built, Wikipedia linking. */
  public EntityExtractor() {
    this(Gazetteer.geonames(), EntityLinker.shared());
  }

  public EntityExtractor(Gazetteer gazetteer, Optional<EntityLinker> linker) {
    this.gazetteer = gazetteer;
    this.linker = linker;
  }

  public EntityLayer extract(AnnotatedArticle text) {
    EntityLayer layer = new ArticleReading(text, lexicon, gazetteer).read();
    if (linker.isEmpty()) {
      return layer;
    }
    return layer.withEntities(linker.get().linkAll(layer.entities()));
  }
}
