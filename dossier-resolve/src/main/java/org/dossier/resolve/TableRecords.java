package org.dossier.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.analysis.EntityType;

/**
 * {@link EntityRecord}s built from the rows of the store's tables (entity, alias, descriptor,
 * relation), or of the Spark job's Parquet tables of the same shape: the one place that says how
 * a row becomes a record, so that the store and the Spark merge stage resolve the same records.
 *
 * <p>Feed every entity first ({@link #entity}), then its aliases, descriptors and affiliations in
 * the order the tables give them, then {@link #records()}.
 */
public final class TableRecords {

  /** Fields of one record, filled from several tables. */
  private static final class Builder {
    final EntityKey key;
    final Optional<LocalDate> date;
    final EntityType type;
    final Optional<String> name;
    final Optional<String> wikipedia;
    final Optional<Long> geonameId;
    final String article;
    final List<String> aliases = new ArrayList<>();
    final List<String> descriptors = new ArrayList<>();
    final List<String> affiliations = new ArrayList<>();

    Builder(EntityKey key, Optional<LocalDate> date, EntityType type, Optional<String> name, Optional<String> wikipedia,
        Optional<Long> geonameId, String article) {
      this.key = key;
      this.date = date;
      this.type = type;
      this.name = name;
      this.wikipedia = wikipedia;
      this.geonameId = geonameId;
      this.article = article;
    }
  }

  private final Map<EntityKey, Builder> entities = new LinkedHashMap<>();

  /**
   * One article entity.
   *
   * @param article what identifies its article among all (a row id, a content hash): the
   *     entities of one article are each other's co-occurring names
   */
  public void entity(EntityKey key, Optional<LocalDate> date, EntityType type, Optional<String> name,
      Optional<String> wikipedia, Optional<Long> geonameId, String article) {
    Objects.requireNonNull(key, "key");
    if (entities.putIfAbsent(key, new Builder(key, date, type, name, wikipedia, geonameId, article)) != null) {
      throw new IllegalArgumentException("entity given twice: " + key);
    }
  }

  /** An alias of an entity given before. */
  public void alias(EntityKey key, String alias) {
    builder(key).aliases.add(alias);
  }

  /** A descriptor's role of an entity given before. */
  public void descriptor(EntityKey key, String role) {
    builder(key).descriptors.add(role);
  }

  /** A relation from an entity given before to a named entity ({@code member_of}, {@code PTI}). */
  public void affiliation(EntityKey subject, String predicate, String objectName) {
    builder(subject).affiliations.add(predicate + ":" + objectName);
  }

  private Builder builder(EntityKey key) {
    Builder b = entities.get(key);
    if (b == null) {
      throw new IllegalArgumentException("no entity " + key);
    }
    return b;
  }

  /** How many entities were given. */
  public int size() {
    return entities.size();
  }

  /** The records, in the order the entities were given; co-occurring names are those of the same article, sorted. */
  public List<EntityRecord> records() {
    Map<String, Set<String>> namesByArticle = new HashMap<>();
    for (Builder b : entities.values()) {
      b.name.ifPresent(n -> namesByArticle.computeIfAbsent(b.article, a -> new TreeSet<>()).add(n));
    }
    List<EntityRecord> out = new ArrayList<>(entities.size());
    for (Builder b : entities.values()) {
      List<String> others = new ArrayList<>(namesByArticle.getOrDefault(b.article, Set.of()));
      b.name.ifPresent(others::remove);
      out.add(new EntityRecord(b.key, b.date, b.type, b.name, b.aliases, b.descriptors, b.wikipedia, b.geonameId,
          b.affiliations, others));
    }
    return out;
  }

}
