package org.dossier.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.analysis.EntityType;

/**
 * What cross-article resolution knows of one article entity: compact, so that a corpus of
 * millions of entities fits in memory, and built from an analysis or from the store alike.
 *
 * @param date the article's date
 * @param name the canonical name; empty for unnamed actors
 * @param aliases the other names the article uses for it
 * @param descriptors normalised roles the article gives it ("prime minister", "businessman")
 * @param wikipedia the linked Wikipedia title, if any
 * @param geonameId the gazetteer entry of a place, if any
 * @param affiliations names of the entities it is related to, as {@code predicate:name} ("member_of:PTI")
 * @param cooccurring names of the other named entities of its article
 */
public record EntityRecord(
    EntityKey key,
    Optional<LocalDate> date,
    EntityType type,
    Optional<String> name,
    List<String> aliases,
    List<String> descriptors,
    Optional<String> wikipedia,
    Optional<Long> geonameId,
    List<String> affiliations,
    List<String> cooccurring) {

  public EntityRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    descriptors = List.copyOf(descriptors);
    Objects.requireNonNull(wikipedia, "wikipedia");
    Objects.requireNonNull(geonameId, "geonameId");
    affiliations = List.copyOf(affiliations);
    cooccurring = List.copyOf(cooccurring);
  }
}
