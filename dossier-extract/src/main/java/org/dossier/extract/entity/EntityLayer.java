package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.analysis.Entity;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.analysis.Relation;
import org.dossier.text.Span;

/**
 * The entities of one article, with lookups from text to the entity mentioned there: by span, by
 * token, and from a pronoun or nominal to the entity it refers to (pronouns and nominals are
 * mentions of the entity they were resolved to). Also carries the relations the entity layer
 * read while it read descriptors ({@code member_of}, {@code leader_of}, {@code founder_of},
 * {@code part_of}, {@code located_in}).
 */
public final class EntityLayer {

  private final List<Entity> entities;
  private final List<Mention> mentions;
  private final Map<Mention, Entity> entityOf;
  private final List<Relation> relations;
  private final Map<Span, List<Antecedent>> antecedents;
  /** The index of mentions by position; built on first use (a layer is read by one thread). */
  private Coverage coverage;

  /**
   * An entity a pronoun could refer to, with its probability there (the highest is the referent)
   * and the resolver's features of it, in {@link PronounModel#FEATURES} order.
   */
  public record Antecedent(EntityId entity, double score, List<Double> features) {
    public Antecedent {
      features = List.copyOf(features);
    }

    public Antecedent(EntityId entity, double score) {
      this(entity, score, List.of());
    }
  }

  public EntityLayer(List<Entity> entities) {
    this(entities, Map.of(), List.of());
  }

  public EntityLayer(List<Entity> entities, Map<EntityId, List<Mention>> mentionsOf, List<Relation> relations) {
    this(entities, mentionsOf, relations, Map.of());
  }

  /**
   * @param mentionsOf the typed mentions of each entity, by entity id
   * @param relations relations read with the entities
   * @param antecedents for each pronoun (by its span), the entities it could refer to, best first
   */
  public EntityLayer(List<Entity> entities, Map<EntityId, List<Mention>> mentionsOf, List<Relation> relations,
      Map<Span, List<Antecedent>> antecedents) {
    this.entities = List.copyOf(entities);
    this.relations = List.copyOf(relations);
    this.antecedents = Map.copyOf(antecedents);
    Map<Mention, Entity> of = new HashMap<>();
    List<Mention> all = new ArrayList<>();
    for (Entity e : this.entities) {
      for (Mention m : mentionsOf.getOrDefault(e.id(), List.of())) {
        of.put(m, e);
        all.add(m);
      }
    }
    all.sort(Comparator.comparing(Mention::span));
    this.mentions = List.copyOf(all);
    this.entityOf = Map.copyOf(of);
  }

  /** The same layer with entities replaced by updated records of the same ids (links added). */
  public EntityLayer withEntities(List<Entity> updated) {
    Map<EntityId, List<Mention>> byId = new HashMap<>();
    for (Map.Entry<Mention, Entity> e : entityOf.entrySet()) {
      byId.computeIfAbsent(e.getValue().id(), k -> new ArrayList<>()).add(e.getKey());
    }
    return new EntityLayer(updated, byId, relations, antecedents);
  }

  /**
   * The same layer with more mentions of some entities (pronouns read after the layer was built),
   * each entity's mention spans in text order.
   */
  public EntityLayer withMentions(Map<EntityId, List<Mention>> added) {
    Map<EntityId, List<Mention>> byId = new HashMap<>();
    for (Map.Entry<Mention, Entity> e : entityOf.entrySet()) {
      byId.computeIfAbsent(e.getValue().id(), k -> new ArrayList<>()).add(e.getKey());
    }
    List<Entity> updated = new ArrayList<>();
    for (Entity e : entities) {
      List<Mention> more = added.getOrDefault(e.id(), List.of());
      if (more.isEmpty()) {
        updated.add(e);
        continue;
      }
      byId.computeIfAbsent(e.id(), k -> new ArrayList<>()).addAll(more);
      List<Span> spans = new ArrayList<>(e.mentions());
      more.forEach(m -> spans.add(m.span()));
      spans.sort(Comparator.naturalOrder());
      updated.add(new Entity(e.id(), e.type(), e.name(), e.subtype(), e.aliases(), spans, e.descriptors(), e.link(),
          e.place()));
    }
    return new EntityLayer(updated, byId, relations, antecedents);
  }

  /**
   * The entities a pronoun could refer to, best first, with their salience (empty for other
   * mentions): for tasks that name the candidates, such as GAP's A and B.
   */
  public List<Antecedent> antecedents(Span pronoun) {
    return antecedents.getOrDefault(pronoun, List.of());
  }

  public List<Entity> entities() {
    return entities;
  }

  /** Every typed mention, in text order. */
  public List<Mention> mentions() {
    return mentions;
  }

  /** Relations read together with the entities, in text order of their evidence. */
  public List<Relation> relations() {
    return relations;
  }

  public Optional<Entity> entity(EntityId id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The entity a mention belongs to. */
  public Optional<Entity> entityOf(Mention m) {
    return Optional.ofNullable(entityOf.get(m));
  }

  /** The entity whose shortest mention covering {@code span} is the shortest; empty when none covers it. */
  public Optional<Entity> entityCovering(Span span) {
    return coverage().entityCovering(span).map(entities::get);
  }

  private Coverage coverage() {
    if (coverage == null) {
      coverage = new Coverage(entities);
    }
    return coverage;
  }

  /**
   * Every mention of every entity sorted by where it starts, so that the mentions covering a span
   * are found by a binary search, not by a pass over all of them: a long article asks for each of
   * its tens of thousands of tokens.
   */
  private static final class Coverage {
    private final int[] starts;
    private final int[] ends;
    private final int[] entityIndex;
    private final int[] order;
    private final int longest;

    Coverage(List<Entity> entities) {
      List<int[]> all = new ArrayList<>();
      int n = 0;
      int max = 0;
      for (int e = 0; e < entities.size(); e++) {
        for (Span m : entities.get(e).mentions()) {
          all.add(new int[] {m.start(), m.end(), e, n++});
          max = Math.max(max, m.length());
        }
      }
      all.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[3]));
      starts = new int[all.size()];
      ends = new int[all.size()];
      entityIndex = new int[all.size()];
      order = new int[all.size()];
      for (int i = 0; i < all.size(); i++) {
        starts[i] = all.get(i)[0];
        ends[i] = all.get(i)[1];
        entityIndex[i] = all.get(i)[2];
        order[i] = all.get(i)[3];
      }
      longest = max;
    }

    /** The index of the entity with the shortest mention containing {@code span}; the first in entity order on a tie. */
    Optional<Integer> entityCovering(Span span) {
      int hi = upperBound(span.start()); // mentions at [0, hi) start at or before the span
      int best = -1;
      for (int i = hi - 1; i >= 0 && starts[i] >= span.start() - longest; i--) {
        if (ends[i] >= span.end()) {
          int length = ends[i] - starts[i];
          int bestLength = best < 0 ? Integer.MAX_VALUE : ends[best] - starts[best];
          if (length < bestLength || (length == bestLength && order[i] < order[best])) {
            best = i;
          }
        }
      }
      return best < 0 ? Optional.empty() : Optional.of(entityIndex[best]);
    }

    private int upperBound(int start) {
      int lo = 0;
      int hi = starts.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] <= start) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  /**
   * The entity with a mention that covers {@code span} (the shortest such mention wins, so
   * "Khyber Pakhtunkhwa" inside "three senior leaders from Khyber Pakhtunkhwa" is the province),
   * or else the one whose mention overlaps it most; empty when no mention touches it.
   */
  public Optional<Entity> entityAt(Span span) {
    Optional<Entity> covering = entityCovering(span);
    if (covering.isPresent()) {
      return covering;
    }
    Entity best = null;
    int bestOverlap = 0;
    for (Entity e : entities) {
      for (Span m : e.mentions()) {
        int overlap = Math.min(m.end(), span.end()) - Math.max(m.start(), span.start());
        if (overlap > bestOverlap) {
          bestOverlap = overlap;
          best = e;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The mention headed by, or else the shortest mention covering, token {@code token} of sentence
   * {@code sentence}.
   */
  public Optional<Mention> mentionAt(int sentence, int token) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.sentence() == sentence && m.head() == token) {
        return Optional.of(m);
      }
      if (m.covers(sentence, token) && (best == null || m.span().length() < best.span().length())) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The entity at token {@code token} of sentence {@code sentence}: for a pronoun or a nominal,
   * the entity it refers to.
   */
  public Optional<Entity> entityAt(int sentence, int token) {
    return mentionAt(sentence, token).flatMap(this::entityOf);
  }

  /** The mentions in one sentence, in text order. */
  public List<Mention> mentionsIn(int sentence) {
    return mentions.stream().filter(m -> m.sentence() == sentence).toList();
  }
}
