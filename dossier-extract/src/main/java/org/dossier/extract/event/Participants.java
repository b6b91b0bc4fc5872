package org.dossier.extract.event;

import static org.dossier.extract.event.Clauses.CLAUSES;
import static org.dossier.extract.event.Clauses.caseOf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Entity;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Event.Participant;
import org.dossier.analysis.Event.Role;
import org.dossier.analysis.Ids.AttributionId;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.annotation.DependencyTree;
import org.dossier.extract.entity.EntityLayer;

/**
 * Who takes part in an event and where it happens: the entities of the entity layer at the
 * trigger's arguments (subject, object, "with" and "between" phrases, a noun's possessor), and
 * the place of an "in" or "at" phrase. Arguments without an entity are left out, never invented.
 */
final class Participants {

  private static final Set<String> PARTICIPANT_CASES = Set.of("with", "between", "against", "to", "among");
  private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "outside", "inside", "across", "into", "on");
  private static final Set<String> TEMPORAL_CASES = Set.of(
      "during", "throughout");

  private Participants() {}

  /** The entities at the trigger's arguments, with their roles, in the order found. */
  static List<Participant> of(DependencyTree p, Candidate c, EntityLayer entities) {
    Map<EntityId, Role> roles = new LinkedHashMap<>();
    int v = c.verb();
    if (v >= 0 && p.token(v).isVerb()) {
      boolean passive = p.child(v, "nsubj:pass").isPresent() || p.child(v, "aux:pass").isPresent();
      Optional<Integer> subject = p.child(v, passive ? "obl:agent" : "nsubj");
      if (subject.isEmpty() && !passive) {
        int g = v;
        while (subject.isEmpty() && p.head(g) >= 0
            && (p.relation(g).equals("conj") || p.relation(g).equals("xcomp") || p.relation(g).startsWith("advcl"))) {
          g = p.head(g);
          subject = p.child(g, "nsubj");
        }
      }
      subject.ifPresent(s -> add(p, s, v, Role.SOURCE, entities, roles));
      if (passive) {
        p.child(v, "nsubj:pass").filter(s -> s != c.trigger()).ifPresent(s -> add(p, s, v, Role.TARGET, entities, roles));
      }
      for (int d : p.children(v)) {
        String r = p.relation(d);
        if (d == c.trigger()) {
          continue;
        }
        if (r.equals("obj") || r.equals("iobj")) {
          add(p, d, v, Role.TARGET, entities, roles);
          if (resolve(p, d, entities).isEmpty() && !c.absorbed().contains(d)) {
            nounArguments(p, d, entities, roles); // "acknowledged the necessity of reconciliation with X"
          }
        } else if (r.startsWith("obl") && !r.equals("obl:agent") && PARTICIPANT_CASES.contains(caseOf(p, d))) {
          add(p, d, v, Role.TARGET, entities, roles);
        } else if (r.startsWith("obl") && caseOf(p, d).equals("about")) {
          add(p, d, v, Role.OTHER, entities, roles);
          p.child(d, "nmod:poss").ifPresent(x -> add(p, x, d, Role.OTHER, entities, roles));
        }
      }
      for (int n : c.absorbed()) {
        nounArguments(p, n, entities, roles);
      }
    }
    if (c.nominal()) {
      nounArguments(p, c.trigger(), entities, roles);
      int h = p.head(c.trigger());
      String rel = p.relation(c.trigger());
      if (c.verb() < 0 && !roles.containsValue(Role.SOURCE) && h >= 0 && p.token(h).isVerb()
          && (rel.equals("obj") || rel.startsWith("obl") && !TEMPORAL_CASES.contains(caseOf(p, c.trigger())))) {
        p.child(h, "nsubj").ifPresent(x -> add(p, x, h, Role.SOURCE, entities, roles)); // "lodged a protest"
      }
      if (c.verb() == c.trigger()) {
        predicateArguments(p, c.trigger(), entities, roles);
      }
      partOf(p, c.trigger(), entities, roles);
    }
    List<Participant> out = new ArrayList<>();
    roles.forEach((e, r) -> out.add(new Participant(e, r)));
    return out;
  }

  /**
   * The participants with the speaker of the attribution covering the event as its source when
   * its subject is a pronoun and it has none ("Syria says it is willing to withdraw": "it" is who
   * says so).
   */
  static List<Participant> withSpeaker(DependencyTree p, Candidate c, List<Participant> participants,
      Optional<AttributionId> attribution, List<Attribution> attributions) {
    if (participants.stream().noneMatch(x -> x.role() == Role.SOURCE) && pronounSubject(p, c)) {
      Optional<EntityId> speaker = attribution.flatMap(id -> attributions.stream().filter(a -> a.id().equals(id))
          .findFirst()).flatMap(Attribution::sourceEntity);
      if (speaker.isPresent() && participants.stream().noneMatch(x -> x.entity().equals(speaker.get()))) {
        List<Participant> withSpeaker = new ArrayList<>();
        withSpeaker.add(new Participant(speaker.get(), Role.SOURCE));
        withSpeaker.addAll(participants);
        return withSpeaker;
      }
    }
    return participants;
  }

  private static boolean pronounSubject(DependencyTree p, Candidate c) {
    int v = c.verb() >= 0 ? c.verb() : c.clause();
    for (int up = 0; v >= 0 && up < 3; up++) {
      Optional<Integer> subject = p.child(v, "nsubj");
      if (subject.isPresent()) {
        return p.token(subject.get()).pos().equals("PRP");
      }
      if (!p.relation(v).equals("xcomp") && !p.relation(v).equals("conj")) {
        return false;
      }
      v = p.head(v);
    }
    return false;
  }

  /** The participants of a demand: the one who says it is the source, the one obliged the target. */
  static List<Participant> demanded(
      List<Participant> participants, Optional<AttributionId> attribution, List<Attribution> attributions) {
    List<Participant> out = new ArrayList<>();
    Optional<EntityId> speaker = attribution.flatMap(id -> attributions.stream().filter(a -> a.id().equals(id)).findFirst())
        .flatMap(Attribution::sourceEntity);
    speaker.ifPresent(e -> out.add(new Participant(e, Role.SOURCE)));
    for (Participant x : participants) {
      if (speaker.filter(x.entity()::equals).isEmpty()) {
        out.add(new Participant(x.entity(), x.role() == Role.SOURCE ? Role.TARGET : Role.OTHER));
      }
    }
    return out;
  }

  /** A place the event happens at: "in Islamabad", "to the streets in Islamabad", "at Adiala Jail". */
  static Optional<EntityId> place(DependencyTree p, Candidate c, EntityLayer entities) {
    List<Integer> heads = new ArrayList<>();
    heads.add(c.trigger());
    if (c.verb() >= 0) {
      heads.add(c.verb());
    }
    for (int h : List.copyOf(heads)) {
      for (int d : p.children(h)) {
        if (p.relation(d).startsWith("obl") || p.relation(d).equals("obj")) {
          heads.add(d);
        }
      }
    }
    for (int h : heads) {
      for (int d : p.children(h)) {
        if ((p.relation(d).startsWith("obl") || p.relation(d).startsWith("nmod")) && PLACE_CASES.contains(caseOf(p, d))) {
          Optional<Entity> e = entityOfToken(p, d, entities);
          if (e.isPresent() && (e.get().type() == EntityType.LOCATION || e.get().type() == EntityType.FACILITY)) {
            return Optional.of(e.get().id());
          }
        }
      }
    }
    return Optional.empty();
  }

  /** "negotiations with X", "talks between X and Y", "X's visit". */
  private static void nounArguments(DependencyTree p, int n, EntityLayer entities, Map<EntityId, Role> roles) {
    for (int d : p.children(n)) {
      String r = p.relation(d);
      if (r.equals("nmod:poss")) {
        add(p, d, n, Role.SOURCE, entities, roles);
      } else if (r.startsWith("nmod") && PARTICIPANT_CASES.contains(caseOf(p, d))) {
        add(p, d, n, caseOf(p, d).equals("between") ? Role.SOURCE : Role.TARGET, entities, roles);
      } else if (r.startsWith("nmod") && caseOf(p, d).equals("about")) {
        add(p, d, n, Role.OTHER, entities, roles);
        p.child(d, "nmod:poss").ifPresent(x -> add(p, x, d, Role.OTHER, entities, roles)); // "about her role"
      } else if (r.startsWith("nmod") && caseOf(p, d).equals("of") && p.token(d).isNoun()
          && lexiconNoun(p, d)) {
        nounArguments(p, d, entities, roles);
      }
    }
  }

  private static boolean lexiconNoun(DependencyTree p, int i) {
    return PloverLexicon.get().noun(p.token(i).lemma()).isPresent();
  }

  /**
   * A predicate noun: its subject is the source; its "of" phrase, or else the first other named
   * actor of the sentence, the target ("they have been close associates ... of Khan's").
   */
  private static void predicateArguments(DependencyTree p, int n, EntityLayer entities, Map<EntityId, Role> roles) {
    p.child(n, "nsubj").ifPresent(s -> add(p, s, n, Role.SOURCE, entities, roles));
    if (roles.containsValue(Role.TARGET)) {
      return;
    }
    for (int d : p.children(n)) {
      if (p.relation(d).startsWith("nmod") && caseOf(p, d).equals("of")) {
        add(p, d, n, Role.TARGET, entities, roles);
      }
    }
    if (roles.containsValue(Role.TARGET) || roles.isEmpty()) {
      return;
    }
    for (int i = 0; i < p.size(); i++) {
      Optional<Entity> e = entityOfToken(p, i, entities);
      if (e.isPresent() && !roles.containsKey(e.get().id()) && e.get().name().isPresent()
          && (e.get().type() == EntityType.PERSON || e.get().type() == EntityType.ORGANIZATION)) {
        roles.put(e.get().id(), Role.TARGET);
        return;
      }
    }
  }

  /** "who is now part of key ongoing discussions": the subject of "part" takes part. */
  private static void partOf(DependencyTree p, int n, EntityLayer entities, Map<EntityId, Role> roles) {
    int h = p.head(n);
    if (h < 0 || !p.relation(n).startsWith("nmod")) {
      return;
    }
    String lemma = p.token(h).lemma().toLowerCase(Locale.ROOT);
    if (lemma.equals("part") || lemma.equals("participant") || lemma.equals("member")) {
      p.child(h, "nsubj").ifPresent(s -> add(p, s, h, Role.SOURCE, entities, roles));
    }
  }

  /** Resolves an argument (and its conjuncts) to entities; a relative pronoun stands for its noun. */
  private static void add(DependencyTree p, int arg, int pred, Role role, EntityLayer entities, Map<EntityId, Role> roles) {
    int a = arg;
    String w = p.token(a).word().toLowerCase(Locale.ROOT);
    if ((w.equals("who") || w.equals("which") || w.equals("that")) && p.head(a) >= 0) {
      int clause = p.head(a);
      while (clause >= 0 && !p.relation(clause).startsWith("acl") && !p.relation(clause).equals("dep")
          && p.head(clause) >= 0 && p.head(clause) != clause) {
        if (CLAUSES.contains(p.relation(clause)) && !p.relation(clause).equals("acl:relcl")) {
          break;
        }
        clause = p.head(clause);
      }
      if (clause >= 0 && p.head(clause) >= 0) {
        a = p.head(clause);
      }
    }
    Optional<EntityId> head = resolve(p, a, entities);
    head.ifPresent(e -> roles.putIfAbsent(e, role));
    for (int c : p.children(a)) {
      if (p.relation(c).equals("conj")) {
        resolve(p, c, entities).ifPresent(e -> roles.putIfAbsent(e, role));
      } else if (head.isPresent() && p.relation(c).startsWith("nmod") && caseOf(p, c).equals("of")) {
        // "leaders of the opposition coalition": the organisation acts through its members
        entityOfToken(p, c, entities).filter(e -> e.type() == EntityType.ORGANIZATION)
            .ifPresent(e -> roles.putIfAbsent(e.id(), role));
      }
    }
  }

  private static Optional<EntityId> resolve(DependencyTree p, int i, EntityLayer entities) {
    Optional<Entity> e = entityOfToken(p, i, entities);
    if (e.isPresent()) {
      return e.map(Entity::id);
    }
    // a name inside the phrase: "the founder-chairman Imran Khan", "Swiss doctors", "leaders of the coalition"
    for (int c : p.children(i)) {
      String r = p.relation(c);
      if (r.equals("compound") || r.equals("flat") || r.equals("appos") || r.equals("amod")) {
        Optional<Entity> inner = entityOfToken(p, c, entities);
        if (inner.isPresent() && (inner.get().type() != EntityType.LOCATION || r.equals("amod") || r.equals("compound"))) {
          return inner.map(Entity::id);
        }
      }
    }
    for (int c : p.children(i)) {
      String r = p.relation(c);
      String k = caseOf(p, c);
      if ((r.startsWith("nmod") && (k.equals("of") || k.equals("from"))) || r.equals("nmod:poss")) {
        Optional<Entity> inner = entityOfToken(p, c, entities);
        if (inner.isPresent()) {
          return inner.map(Entity::id);
        }
        for (int g : p.children(c)) {
          if (p.relation(g).equals("compound") || p.relation(g).equals("amod")) {
            Optional<Entity> deeper = entityOfToken(p, g, entities);
            if (deeper.isPresent()) {
              return deeper.map(Entity::id);
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The entity with the smallest mention covering the token. */
  private static Optional<Entity> entityOfToken(DependencyTree p, int i, EntityLayer entities) {
    return entities.entityCovering(p.token(i).span());
  }
}
