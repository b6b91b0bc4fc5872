package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.extract.place.Gazetteer;

/**
 * The clusters of one reading by what clustering looks them up by: the sentences they are
 * mentioned in, their names (whole, by first or last word, by initials) and their places.
 *
 * <p>Clustering used to scan every cluster for every mention, which made it quadratic in the
 * length of the article: on a 2 MB text a fifth of all the time. A lookup here narrows the
 * clusters to those that can match; the caller still applies its own test to each, so the index
 * can only save work, never change an answer. Every lookup answers in the order the clusters were
 * opened, the order {@link Reading#live()} gives, because the first match (or the first of equal
 * scores) wins.
 *
 * <p>Kept up to date by {@link Reading#open} and {@link Reading#join}, that is while mentions are
 * clustered. Merges after clustering ({@link ClusterMerges}) do not go through it: the index
 * answers for the clustering pass only.
 */
final class ClusterIndex {

  private final Reading r;
  private final Map<Cluster, Integer> order = new IdentityHashMap<>();
  private final Map<Integer, Set<Cluster>> bySentence = new HashMap<>();
  private final Map<String, Set<Cluster>> byName = new HashMap<>();
  private final Map<String, Set<Cluster>> byNameEnd = new HashMap<>();
  private final Map<String, Set<Cluster>> byAcronym = new HashMap<>();
  private final Map<String, Set<Cluster>> byInitials = new HashMap<>();
  private final Map<Long, Set<Cluster>> byPlace = new HashMap<>();

  ClusterIndex(Reading r) {
    this.r = r;
  }

  void opened(Cluster c) {
    order.put(c, order.size());
  }

  void joined(Mention m, Cluster c) {
    add(bySentence, m.sentence(), c);
    if (m.kind() == Mention.Kind.NAME) {
      add(byName, r.text(m), c);
      List<String> w = r.words(m);
      add(byNameEnd, w.get(0), c);
      add(byNameEnd, w.get(w.size() - 1), c);
      String acronym = acronym(m);
      if (acronym != null) {
        add(byAcronym, acronym, c);
      }
      if (m.last() > m.first()) {
        add(byInitials, initials(m), c);
      }
    }
    Gazetteer.Entry place = r.places.get(m);
    if (place != null) {
      add(byPlace, place.geonameId(), c);
    }
  }

  /** Clusters with a mention in sentences {@code from} to {@code to}. */
  List<Cluster> mentionedIn(int from, int to) {
    Set<Cluster> found = new LinkedHashSet<>();
    for (int s = Math.max(0, from); s <= to; s++) {
      found.addAll(bySentence.getOrDefault(s, Set.of()));
    }
    return live(found);
  }

  /** Clusters with a name written exactly {@code text}. */
  List<Cluster> named(String text) {
    return live(byName.getOrDefault(text, Set.of()));
  }

  /** Clusters with a name whose first or last word is {@code word}. */
  List<Cluster> withNameEnd(String word) {
    return live(byNameEnd.getOrDefault(word, Set.of()));
  }

  /**
   * Clusters with a name that may be the acronym of {@code m} or whose initials {@code m} may be:
   * "PTI" and "Pakistan Tehreek-e-Insaf" find each other.
   */
  List<Cluster> acronymPartners(Mention m) {
    Set<Cluster> found = new LinkedHashSet<>();
    String acronym = acronym(m);
    if (acronym != null) {
      found.addAll(byInitials.getOrDefault(acronym, Set.of()));
    }
    if (m.last() > m.first()) {
      found.addAll(byAcronym.getOrDefault(initials(m), Set.of()));
    }
    return live(found);
  }

  /** Clusters opened with a mention of the place {@code geonameId}. */
  List<Cluster> atPlace(long geonameId) {
    return live(byPlace.getOrDefault(geonameId, Set.of()));
  }

  /** A name's letters if it is written as an acronym: two to eight capitals, dots allowed. */
  String acronym(Mention m) {
    String a = r.text(m).replace(".", "");
    return a.length() >= 2 && a.length() <= 8 && a.chars().allMatch(Character::isUpperCase) ? a : null;
  }

  /** The capitals that open the words of a name: "PTI" of "Pakistan Tehreek-e-Insaf". */
  String initials(Mention m) {
    StringBuilder initials = new StringBuilder();
    for (String part : r.text(m).split("[\\s-]+")) {
      if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
        initials.append(part.charAt(0));
      }
    }
    return initials.toString();
  }

  private List<Cluster> live(Collection<Cluster> clusters) {
    List<Cluster> live = new ArrayList<>(clusters.size());
    for (Cluster c : clusters) {
      if (!c.merged) {
        live.add(c);
      }
    }
    live.sort(Comparator.comparingInt(order::get));
    return live;
  }

  private static <K> void add(Map<K, Set<Cluster>> index, K key, Cluster c) {
    index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c);
  }
}
