package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.analysis.Descriptor;
import org.dossier.analysis.Entity;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.analysis.Relation;
import org.dossier.extract.place.Gazetteer;
import org.dossier.extract.entity.Reading.Fact;
import org.dossier.text.Span;

/**
 * Turns the clusters and facts of one reading into the entity layer: ids, names, aliases,
 * descriptors, relations, antecedents.
 */
final class LayerBuilder {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final Reading r;

  LayerBuilder(Reading r) {
    this.r = r;
  }

  /**
   * @param candidates the clusters each pronoun could refer to, with their probability
   * @param features the resolver's features of those clusters
   */
  EntityLayer build(Map<Mention, Map<Cluster, Double>> candidates, Map<Mention, Map<Cluster, double[]>> features) {
    List<Cluster> live = new ArrayList<>(r.live().filter(c -> !c.mentions.isEmpty()).toList());
    live.sort(Comparator.comparingInt(Cluster::firstStart));
    Map<Cluster, EntityId> ids = new HashMap<>();
    List<Entity> entities = new ArrayList<>();
    Map<EntityId, List<Mention>> mentionsOf = new HashMap<>();
    for (Cluster c : live) {
      EntityId id = EntityId.of(entities.size() + 1);
      ids.put(c, id);
      Optional<String> name = Optional.empty();
      List<String> aliases = new ArrayList<>();
      if (c.isNamed()) {
        Mention n = r.longestName(c);
        name = Optional.of(asName(r.text(n)));
        for (Mention x : c.names()) {
          String t = asName(r.text(x));
          if (!t.equals(name.get()) && !aliases.contains(t)) {
            aliases.add(t);
          }
        }
      }
      List<Mention> ms = new ArrayList<>(c.mentions);
      ms.sort(Comparator.comparing(Mention::span));
      List<Span> spans = ms.stream().map(Mention::span).distinct().toList();
      List<Descriptor> ds = new ArrayList<>();
      for (Descriptor d : c.descriptors) {
        if (ds.stream().noneMatch(x -> x.span().equals(d.span()) && x.role().equals(d.role()))) {
          ds.add(d);
        }
      }
      ds.sort(Comparator.comparing(Descriptor::span));
      EntityType type = c.type;
      entities.add(new Entity(id, type, name, Optional.ofNullable(c.subtype), aliases, spans, ds, Optional.empty(),
          Optional.ofNullable(c.place).map(Gazetteer.Entry::place)));
      mentionsOf.put(id, ms.stream().map(m -> m.withType(type)).toList());
    }
    List<Relation> relations = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Fact f : r.facts) {
      EntityId s = ids.get(f.subject());
      EntityId o = ids.get(f.object());
      if (s == null || o == null || s.equals(o) || !seen.add(s + f.predicate() + o)) {
        continue;
      }
      relations.add(new Relation(s, f.predicate(), o, f.evidence()));
    }
    relations.sort(Comparator.comparing(Relation::evidence));
    Map<Span, List<EntityLayer.Antecedent>> antecedents = new HashMap<>();
    candidates.forEach((p, scores) -> {
      Map<EntityId, EntityLayer.Antecedent> byEntity = new HashMap<>();
      Map<Cluster, double[]> vectors = features.getOrDefault(p, Map.of());
      scores.forEach((c, score) -> {
        Cluster alive = c;
        for (int hop = 0; alive.merged && hop < 5; hop++) {
          alive = clusterOfMerged(alive);
        }
        EntityId id = ids.get(alive);
        if (id != null && (!byEntity.containsKey(id) || byEntity.get(id).score() < score)) {
          double[] f = vectors.getOrDefault(c, new double[0]);
          byEntity.put(id, new EntityLayer.Antecedent(id, score, Arrays.stream(f).boxed().toList()));
        }
      });
      List<EntityLayer.Antecedent> list = new ArrayList<>(byEntity.values());
      list.sort((a, b) -> Double.compare(b.score(), a.score()));
      antecedents.put(p.span(), list);
    });
    return new EntityLayer(entities, mentionsOf, relations, antecedents);
  }

  /** The live cluster a merged one went into (through any of its mentions). */
  private Cluster clusterOfMerged(Cluster c) {
    for (Mention m : c.mentions) {
      Cluster into = r.clusterOf.get(m);
      if (into != null && into != c) {
        return into;
      }
    }
    return c;
  }

  /** A name as a person writes it: the text's line breaks and runs of spaces folded to one space. */
  static String asName(String text) {
    return WHITESPACE.matcher(text.strip()).replaceAll(" ");
  }
}
