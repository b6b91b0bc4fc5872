package org.dossier.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.analysis.EntityType;

/** Invented entity records for the tests, built a field at a time. */
final class Records {

  private final String article;
  private final String entity;
  private EntityType type = EntityType.PERSON;
  private String name;
  private LocalDate date = LocalDate.of(2025, 4, 14);
  private final List<String> aliases = new ArrayList<>();
  private final List<String> descriptors = new ArrayList<>();
  private String wikipedia;
  private Long geonameId;
  private final List<String> affiliations = new ArrayList<>();
  private final List<String> cooccurring = new ArrayList<>();

  private Records(String article, String entity) {
    this.article = article;
    this.entity = entity;
  }

  /** Entity {@code entity} ("E1") of article {@code article}. */
  static Records entity(String article, String entity) {
    return new Records(article, entity);
  }

  Records type(EntityType t) {
    type = t;
    return this;
  }

  Records name(String n) {
    name = n;
    return this;
  }

  Records date(LocalDate d) {
    date = d;
    return this;
  }

  Records alias(String a) {
    aliases.add(a);
    return this;
  }

  Records descriptor(String d) {
    descriptors.add(d);
    return this;
  }

  Records wikipedia(String w) {
    wikipedia = w;
    return this;
  }

  Records geonameId(long g) {
    geonameId = g;
    return this;
  }

  Records affiliation(String a) {
    affiliations.add(a);
    return this;
  }

  Records with(String... names) {
    cooccurring.addAll(List.of(names));
    return this;
  }

  EntityRecord build() {
    return new EntityRecord(new EntityKey(article, entity), Optional.ofNullable(date), type, Optional.ofNullable(name),
        aliases, descriptors, Optional.ofNullable(wikipedia), Optional.ofNullable(geonameId), affiliations, cooccurring);
  }
}
