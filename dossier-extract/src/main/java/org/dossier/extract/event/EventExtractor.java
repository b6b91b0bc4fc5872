package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Entity;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Event;
import org.dossier.analysis.Event.Modality;
import org.dossier.analysis.Event.Participant;
import org.dossier.analysis.Event.Polarity;
import org.dossier.analysis.Event.Role;
import org.dossier.analysis.Event.TimeSource;
import org.dossier.analysis.Ids.AttributionId;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.analysis.Ids.EventId;
import org.dossier.analysis.TimeExpression;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.DependencyTree;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.dossier.extract.entity.EntityLayer;
import org.dossier.extract.lexicon.EnglishLexicon;
import org.dossier.text.Span;

/**
 * Finds events from verbs and nouns, with participants, time, place, polarity and modality.
 *
 * <p>A trigger is a verb of the PLOVER lexicon ("met", "halted"), a verb phrase ("take to the
 * streets"), or an event noun ("talks", "mobilization") that a light verb carries ("held a
 * conversation"), that has participants of its own ("negotiations with the group"), or that is a
 * predicate ("have been close associates"). Participants are the entities of the entity layer at
 * the trigger's arguments; arguments without an entity are left out, never invented. An event
 * noun inside the object of an event verb ("halted further negotiations with X") is part of that
 * event, not one of its own.
 */
public final class EventExtractor {

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
  private static final Set<String> PLANNING = Set.of("would", "will", "shall", "'ll", "wo");
  private static final Set<String> POSSIBILITY = Set.of("could", "might", "may", "can", "ca");
  private static final Set<String> PLAN_VERBS = EnglishLexicon.get().planning();
  /** Types whose announced intent PLOVER codes as AGREE, and whose refusal as REJECT. */
  private static final Set<Event.Type> COOPERATIVE = Set.of(
      Event.Type.SUPPORT, Event.Type.AID, Event.Type.CONCEDE, Event.Type.RETREAT, Event.Type.CONSULT,
      Event.Type.COOPERATE, Event.Type.AGREE);
  /** Types whose announced intent PLOVER codes as THREATEN. */
  private static final Set<Event.Type> HOSTILE = Set.of(
      Event.Type.SANCTION, Event.Type.COERCE, Event.Type.ASSAULT, Event.Type.FIGHT);
  private static final Set<String> OBLIGATION = Set.of("must", "should", "ought");
  private static final Set<String> READY = EnglishLexicon.get().readiness();
  private static final Set<String> PARTICIPANT_CASES = Set.of("with", "between", "against", "to", "among");
  private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "outside", "inside", "across", "into", "on");
  private static final Set<String> CLAUSES = Set.of("ccomp", "xcomp", "advcl", "acl:relcl", "parataxis", "csubj", "root");

  private final PloverLexicon lexicon = PloverLexicon.get();

  public List<Event> extract(
      AnnotatedArticle text, EntityLayer entities, List<TimeExpression> times, List<Attribution> attributions) {
    List<Event> out = new ArrayList<>();
    Optional<TimeExpression> discourse = Optional.empty();
    for (Sentence s : text.sentences()) {
      DependencyTree p = s.tree();
      List<TimeExpression> here = times.stream().filter(t -> s.span().contains(t.span())).toList();
      for (Candidate c : candidates(p, attributions)) {
        Set<Integer> clauses = clauseChain(p, c.clause);
        List<Participant> participants = participants(p, c, entities);
        if (participants.isEmpty() && (c.nominal && !c.carried || c.type == Event.Type.OTHER && !c.nominal)) {
          continue;
        }
        Optional<TimeExpression> time = Optional.empty();
        TimeSource source = TimeSource.NONE;
        Optional<TimeExpression> explicit = explicitTime(p, here, c.clause, clauses);
        if (explicit.isPresent()) {
          time = explicit;
          source = TimeSource.EXPLICIT;
        } else if (relativeToAnother(p, here, c.clause)) {
          source = TimeSource.NONE;
        } else if (isPresent(p, c.clause)) {
          source = TimeSource.DCT;
        } else if (discourse.isPresent()) {
          time = discourse;
          source = TimeSource.DISCOURSE;
        }
        Optional<AttributionId> attribution = covering(attributions, p.token(c.trigger).span());
        boolean hedged = attribution.flatMap(id -> attributions.stream().filter(a -> a.id().equals(id)).findFirst())
            .map(a -> a.kind() == Attribution.Kind.HEDGE).orElse(false);
        if (participants.stream().noneMatch(x -> x.role() == Role.SOURCE) && pronounSubject(p, c)) {
          // "Syria says it is willing to withdraw": "it" is who says so
          Optional<EntityId> speaker = attribution.flatMap(id -> attributions.stream().filter(a -> a.id().equals(id))
              .findFirst()).flatMap(Attribution::sourceEntity);
          if (speaker.isPresent() && participants.stream().noneMatch(x -> x.entity().equals(speaker.get()))) {
            List<Participant> withSpeaker = new ArrayList<>();
            withSpeaker.add(new Participant(speaker.get(), Role.SOURCE));
            withSpeaker.addAll(participants);
            participants = withSpeaker;
          }
        }
        Polarity polarity = negated(p, c) ? Polarity.NEGATIVE : Polarity.POSITIVE;
        Modality modality = modality(p, c, hedged);
        Event.Type type = c.type;
        if (REJECT_VERBS.contains(p.token(c.trigger).lemma().toLowerCase(Locale.ROOT)) && cutsCooperation(p, c.trigger)) {
          type = Event.Type.SANCTION; // PLOVER: halting aid, visits or ties is a sanction, not a refusal
        }
        if (obliged(p, c)) {
          // "Libya must hand over the suspects": a demand, by whoever says so, on the subject
          type = Event.Type.DEMAND;
          participants = demanded(participants, attribution, attributions);
        } else if (polarity == Polarity.NEGATIVE && COOPERATIVE.contains(type) && !(c.nominal && type == Event.Type.OTHER)) {
          type = Event.Type.REJECT; // "will not accept", "failed to reach an agreement"
          polarity = Polarity.POSITIVE;
        } else if (modality == Modality.PLANNED && COOPERATIVE.contains(type)) {
          type = Event.Type.AGREE; // PLOVER: an intent to cooperate is AGREE ("will support", "ready to contribute")
        } else if (modality == Modality.PLANNED && HOSTILE.contains(type)) {
          type = Event.Type.THREATEN; // "will boycott", "plans to impose"
        }
        out.add(new Event(
            EventId.of(out.size() + 1),
            type,
            p.token(c.trigger).span(),
            participants,
            time.map(TimeExpression::id),
            source,
            place(p, c, entities),
            attribution,
            polarity,
            modality,
            s.index()));
      }
      for (TimeExpression t : here) {
        if (t.type() == TimeExpression.Type.DATE && !t.value().startsWith("PRESENT") && !t.value().startsWith("PAST")
            && !t.value().startsWith("FUTURE")) {
          discourse = Optional.of(t);
        }
      }
    }
    return out;
  }

  /** The type the lexicon gives a word alone, without its context: for baselines. */
  public static Optional<Event.Type> lexiconType(String lemma, boolean verb) {
    PloverLexicon l = PloverLexicon.get();
    return verb ? l.verb(lemma) : l.noun(lemma);
  }

  /** A trigger before its arguments are resolved. */
  private record Candidate(
      Event.Type type, int trigger, int verb, int clause, boolean nominal, boolean carried, Set<Integer> absorbed) {}

  /** The attributions whose cue touches the sentence: a long article has thousands, a sentence a few. */
  private static List<Attribution> inSentence(List<Attribution> attributions, Span sentence) {
    List<Attribution> out = new ArrayList<>();
    for (Attribution a : attributions) {
      if (a.cue().overlaps(sentence)) {
        out.add(a);
      }
    }
    return out;
  }

  private List<Candidate> candidates(DependencyTree p, List<Attribution> attributions) {
    List<Candidate> out = new ArrayList<>();
    Set<Integer> absorbed = new HashSet<>();
    Set<Integer> cues = new HashSet<>();
    List<Attribution> here = p.size() == 0 ? List.of() : inSentence(attributions,
        new Span(p.token(0).span().start(), p.token(p.size() - 1).span().end()));
    for (int i = 0; i < p.size(); i++) {
      Span ts = p.token(i).span();
      for (Attribution a : here) {
        if (a.cue().overlaps(ts)) {
          cues.add(i);
        }
      }
    }
    // verbs first, so that the nouns in their objects are theirs
    for (int i = 0; i < p.size(); i++) {
      Token t = p.token(i);
      if (!t.isVerb() || p.relation(i).startsWith("aux") || p.relation(i).equals("cop")
          || p.relation(i).equals("amod")) {
        continue;
      }
      if (cues.contains(i) && reportsSpeech(p, i)) {
        continue; // "sources shared key insights": a source speaking, not an event
      }
      Optional<Event.Type> type = Optional.empty();
      for (int c : p.children(i)) {
        Optional<Event.Type> phrase = lexicon.phrase(t.lemma(), p.token(c).lemma());
        if (phrase.isEmpty() && p.relation(c).startsWith("obl")) {
          for (int g : p.children(c)) {
            if (p.relation(g).equals("case") && phrase.isEmpty()) {
              phrase = lexicon.phrase(t.lemma(), p.token(g).lemma()); // "called for sanctions"
            }
          }
        }
        if (phrase.isPresent()) {
          type = phrase;
        }
      }
      if (type.isEmpty() && lexicon.isLight(t.lemma()) && carriesNoun(p, i)) {
        continue; // "held talks": the noun is the event
      }
      if (type.isEmpty()) {
        type = lexicon.verb(t.lemma());
      }
      if (type.isEmpty()) {
        continue;
      }
      Set<Integer> mine = new HashSet<>();
      for (int c : p.children(i)) {
        if (p.relation(c).equals("obj")) {
          collectNouns(p, c, mine);
        }
      }
      absorbed.addAll(mine);
      out.add(new Candidate(type.get(), i, i, i, false, true, mine));
    }
    for (int i = 0; i < p.size(); i++) {
      Token t = p.token(i);
      if (!t.isNoun() || t.isProperNoun() || absorbed.contains(i) || cues.contains(i)) {
        continue;
      }
      Optional<Event.Type> type = lexicon.noun(t.lemma());
      if (type.isEmpty()) {
        continue;
      }
      // "sessions of discussions": one event, on the head noun
      int h = p.head(i);
      if (h >= 0 && p.relation(i).startsWith("nmod") && lexicon.noun(p.token(h).lemma()).isPresent()
          && p.token(h).isNoun()) {
        continue;
      }
      int verb = -1;
      boolean carried = false;
      String rel = p.relation(i);
      if (h >= 0 && (rel.equals("obj") || rel.startsWith("nsubj")) && lexicon.isLight(p.token(h).lemma())
          && p.token(h).isVerb()) {
        verb = h;
        carried = true;
      }
      boolean predicate = p.child(i, "cop").isPresent() || p.child(i, "nsubj").isPresent();
      int clause = verb >= 0 ? verb : predicate ? i : clauseOf(p, i);
      out.add(new Candidate(type.get(), i, verb >= 0 ? verb : predicate ? i : -1, clause, true,
          carried || predicate && !lexicon.isLight(t.lemma()), Set.of()));
    }
    out.sort((a, b) -> Integer.compare(a.trigger, b.trigger));
    return out;
  }

  private static final Set<String> TEMPORAL_CASES = Set.of(
      "during", "throughout");

  private static final Set<String> SAYABLE = EnglishLexicon.get().sayable();

  /** A cue verb whose object is something said ("shared key insights"), not something done. */
  private static boolean reportsSpeech(DependencyTree p, int v) {
    Optional<Integer> obj = p.child(v, "obj");
    return obj.isPresent() && SAYABLE.contains(p.token(obj.get()).lemma().toLowerCase(Locale.ROOT));
  }

  private boolean carriesNoun(DependencyTree p, int v) {
    for (int c : p.children(v)) {
      String r = p.relation(c);
      if ((r.equals("obj") || r.startsWith("nsubj")) && p.token(c).isNoun() && lexicon.noun(p.token(c).lemma()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The event nouns in an object phrase, not crossing into clauses. */
  private void collectNouns(DependencyTree p, int i, Set<Integer> into) {
    if (p.token(i).isNoun() && lexicon.noun(p.token(i).lemma()).isPresent()) {
      into.add(i);
    }
    for (int c : p.children(i)) {
      if (!CLAUSES.contains(p.relation(c)) && !p.relation(c).startsWith("acl")) {
        collectNouns(p, c, into);
      }
    }
  }

  /** The head of the clause a token belongs to: a clausal dependent, or a predicate with a subject. */
  private static int clauseOf(DependencyTree p, int i) {
    int x = i;
    while (p.head(x) >= 0 && !CLAUSES.contains(p.relation(x)) && !(p.relation(x).equals("conj") && p.token(x).isVerb())
        && !(x != i && (p.child(x, "nsubj").isPresent() || p.child(x, "cop").isPresent()))) {
      x = p.head(x);
    }
    return x;
  }

  /** The clause and the clauses it is coordinated with or controlled by ("acknowledged ... and showed"). */
  private static Set<Integer> clauseChain(DependencyTree p, int clause) {
    Set<Integer> out = new HashSet<>();
    int x = clause;
    out.add(x);
    while (x >= 0 && p.head(x) >= 0 && (p.relation(x).equals("conj") || p.relation(x).equals("xcomp"))) {
      x = clauseOf(p, p.head(x));
      out.add(x);
    }
    return out;
  }

  private static int headOf(DependencyTree p, Span span) {
    int[] in = p.sentence().tokensIn(span);
    if (in.length == 0) {
      return -1;
    }
    Set<Integer> inside = new HashSet<>();
    for (int i : in) {
      inside.add(i);
    }
    for (int i : in) {
      if (!inside.contains(p.head(i))) {
        return i;
      }
    }
    return in[0];
  }

  /** The time expression attached to the event's clause, if the sentence has one. */
  private static Optional<TimeExpression> explicitTime(
      DependencyTree p, List<TimeExpression> here, int clause, Set<Integer> clauses) {
    for (TimeExpression t : here) {
      int h = headOf(p, t.span());
      if (h >= 0 && clauseOf(p, h) == clause) {
        return Optional.of(t);
      }
    }
    for (TimeExpression t : here) {
      int h = headOf(p, t.span());
      if (h >= 0 && clauses.contains(clauseOf(p, h))) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** True when the sentence's date belongs to a clause subordinate to this one ("long before X met Y in March"). */
  private static boolean relativeToAnother(DependencyTree p, List<TimeExpression> here, int clause) {
    for (TimeExpression t : here) {
      int h = headOf(p, t.span());
      if (h < 0 || t.type() != TimeExpression.Type.DATE) {
        continue;
      }
      int c = clauseOf(p, h);
      if (c != clause && p.head(c) >= 0 && clauseOf(p, p.head(c)) == clause && p.relation(c).equals("advcl")) {
        return true;
      }
    }
    return false;
  }

  /** Present tense: "who is now part of", "are underway", "have been associates". */
  private static boolean isPresent(DependencyTree p, int clause) {
    if (clause < 0) {
      return false;
    }
    if (p.token(clause).pos().equals("VBZ") || p.token(clause).pos().equals("VBP")) {
      return true;
    }
    for (int c : p.children(clause)) {
      String r = p.relation(c);
      if ((r.startsWith("aux") || r.equals("cop")) && (p.token(c).pos().equals("VBZ") || p.token(c).pos().equals("VBP"))) {
        return true;
      }
    }
    return false;
  }

  private List<Participant> participants(DependencyTree p, Candidate c, EntityLayer entities) {
    Map<EntityId, Role> roles = new LinkedHashMap<>();
    int v = c.verb;
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
        p.child(v, "nsubj:pass").filter(s -> s != c.trigger).ifPresent(s -> add(p, s, v, Role.TARGET, entities, roles));
      }
      for (int d : p.children(v)) {
        String r = p.relation(d);
        if (d == c.trigger) {
          continue;
        }
        if (r.equals("obj") || r.equals("iobj")) {
          add(p, d, v, Role.TARGET, entities, roles);
          if (resolve(p, d, entities).isEmpty() && !c.absorbed.contains(d)) {
            nounArguments(p, d, entities, roles); // "acknowledged the necessity of reconciliation with X"
          }
        } else if (r.startsWith("obl") && !r.equals("obl:agent") && PARTICIPANT_CASES.contains(caseOf(p, d))) {
          add(p, d, v, Role.TARGET, entities, roles);
        } else if (r.startsWith("obl") && caseOf(p, d).equals("about")) {
          add(p, d, v, Role.OTHER, entities, roles);
          p.child(d, "nmod:poss").ifPresent(x -> add(p, x, d, Role.OTHER, entities, roles));
        }
      }
      for (int n : c.absorbed) {
        nounArguments(p, n, entities, roles);
      }
    }
    if (c.nominal) {
      nounArguments(p, c.trigger, entities, roles);
      int h = p.head(c.trigger);
      String rel = p.relation(c.trigger);
      if (c.verb < 0 && !roles.containsValue(Role.SOURCE) && h >= 0 && p.token(h).isVerb()
          && (rel.equals("obj") || rel.startsWith("obl") && !TEMPORAL_CASES.contains(caseOf(p, c.trigger)))) {
        p.child(h, "nsubj").ifPresent(x -> add(p, x, h, Role.SOURCE, entities, roles)); // "lodged a protest"
      }
      if (c.verb == c.trigger) {
        predicateArguments(p, c.trigger, entities, roles);
      }
      partOf(p, c.trigger, entities, roles);
    }
    List<Participant> out = new ArrayList<>();
    roles.forEach((e, r) -> out.add(new Participant(e, r)));
    return out;
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

  private static String caseOf(DependencyTree p, int i) {
    for (int c : p.children(i)) {
      if (p.relation(c).equals("case")) {
        return p.token(c).word().toLowerCase(Locale.ROOT);
      }
    }
    return "";
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

  /** A place the event happens at: "in Islamabad", "to the streets in Islamabad", "at Adiala Jail". */
  private static Optional<EntityId> place(DependencyTree p, Candidate c, EntityLayer entities) {
    List<Integer> heads = new ArrayList<>();
    heads.add(c.trigger);
    if (c.verb >= 0) {
      heads.add(c.verb);
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

  private static boolean pronounSubject(DependencyTree p, Candidate c) {
    int v = c.verb >= 0 ? c.verb : c.clause;
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

  private static final Set<String> REJECT_VERBS = EnglishLexicon.get().halting();
  private static final Set<String> COOPERATION = EnglishLexicon.get().cooperation();

  private static boolean cutsCooperation(DependencyTree p, int v) {
    for (int c : p.children(v)) {
      if (p.relation(c).equals("obj") || p.relation(c).equals("nsubj:pass")) {
        if (COOPERATION.contains(p.token(c).lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
        for (int g : p.children(c)) {
          if (p.relation(g).equals("compound") && COOPERATION.contains(p.token(g).lemma().toLowerCase(Locale.ROOT))) {
            return true; // "aid deliveries"
          }
        }
      }
    }
    return false;
  }

  /** "must", "should": what the subject is told to do. */
  private static boolean obliged(DependencyTree p, Candidate c) {
    int v = c.verb >= 0 ? c.verb : c.clause;
    if (v < 0 || c.type == Event.Type.OTHER) {
      return false;
    }
    for (int x = v, up = 0; x >= 0 && up < 2; up++) {
      for (int d : p.children(x)) {
        if (p.relation(d).startsWith("aux") && OBLIGATION.contains(p.token(d).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      if (!p.relation(x).equals("xcomp")) {
        break;
      }
      x = p.head(x); // "must be ready to mediate"
    }
    return false;
  }

  /** The participants of a demand: the one who says it is the source, the one obliged the target. */
  private static List<Participant> demanded(
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

  private static boolean negated(DependencyTree p, Candidate c) {
    List<Integer> heads = new ArrayList<>(List.of(c.trigger));
    if (c.verb >= 0) {
      heads.add(c.verb);
    }
    int v = c.verb >= 0 ? c.verb : c.clause;
    if (v >= 0 && p.relation(v).equals("xcomp") && p.head(v) >= 0) {
      String g = p.token(p.head(v)).lemma().toLowerCase(Locale.ROOT);
      if (g.equals("fail") || g.equals("refuse") || g.equals("decline")) {
        return true; // "failed to reach an agreement"
      }
      heads.add(p.head(v)); // "will not be able to", "did not want to"
    }
    for (int h : heads) {
      for (int d : p.children(h)) {
        String r = p.relation(d);
        if ((r.equals("advmod") || r.equals("det") || r.equals("neg"))
            && NEGATIONS.contains(p.token(d).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  private static Modality modality(DependencyTree p, Candidate c, boolean hedged) {
    int v = c.verb >= 0 ? c.verb : c.clause;
    if (v >= 0) {
      for (int d : p.children(v)) {
        if (p.relation(d).startsWith("aux")) {
          String w = p.token(d).word().toLowerCase(Locale.ROOT);
          if (PLANNING.contains(w)) {
            return Modality.PLANNED;
          }
          if (POSSIBILITY.contains(w)) {
            return Modality.HYPOTHETICAL;
          }
        }
        if (p.relation(d).equals("mark") && (p.token(d).word().equalsIgnoreCase("if")
            || p.token(d).word().equalsIgnoreCase("unless"))) {
          return Modality.HYPOTHETICAL;
        }
      }
      if (p.relation(v).equals("xcomp") && p.head(v) >= 0) {
        int g = p.head(v);
        String lemma = p.token(g).lemma().toLowerCase(Locale.ROOT);
        if (PLAN_VERBS.contains(lemma) || READY.contains(lemma)) {
          return Modality.PLANNED;
        }
        for (int d : p.children(g)) {
          if (p.relation(d).startsWith("aux") && PLANNING.contains(p.token(d).word().toLowerCase(Locale.ROOT))) {
            return Modality.PLANNED; // "will seek to"
          }
        }
      }
    }
    return hedged ? Modality.REPORTED_UNCERTAIN : Modality.ASSERTED;
  }

  /** The innermost attribution whose content covers the trigger. */
  private static Optional<AttributionId> covering(List<Attribution> attributions, Span trigger) {
    Attribution best = null;
    for (Attribution a : attributions) {
      if (a.content().contains(trigger) && (best == null || a.content().length() < best.content().length())) {
        best = a;
      }
    }
    return Optional.ofNullable(best).map(Attribution::id);
  }
}
