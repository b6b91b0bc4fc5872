package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Event;
import org.dossier.analysis.Event.Modality;
import org.dossier.analysis.Event.Participant;
import org.dossier.analysis.Event.Polarity;
import org.dossier.analysis.Ids.AttributionId;
import org.dossier.analysis.Ids.EventId;
import org.dossier.analysis.TimeExpression;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.DependencyTree;
import org.dossier.annotation.Sentence;
import org.dossier.extract.entity.EntityLayer;
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

  /** Types whose announced intent PLOVER codes as AGREE, and whose refusal as REJECT. */
  private static final Set<Event.Type> COOPERATIVE = Set.of(
      Event.Type.SUPPORT, Event.Type.AID, Event.Type.CONCEDE, Event.Type.RETREAT, Event.Type.CONSULT,
      Event.Type.COOPERATE, Event.Type.AGREE);
  /** Types whose announced intent PLOVER codes as THREATEN. */
  private static final Set<Event.Type> HOSTILE = Set.of(
      Event.Type.SANCTION, Event.Type.COERCE, Event.Type.ASSAULT, Event.Type.FIGHT);

  private final Triggers triggers = new Triggers(PloverLexicon.get());

  /**
   * The events of an article, sentence by sentence: the candidate triggers, their participants,
   * time, attribution, polarity and modality, the type PLOVER gives them in that mood, and their
   * place. A sentence's last date becomes the time the narrative has reached.
   */
  public List<Event> extract(
      AnnotatedArticle text, EntityLayer entities, List<TimeExpression> times, List<Attribution> attributions) {
    List<Event> out = new ArrayList<>();
    Optional<TimeExpression> discourse = Optional.empty();
    for (Sentence s : text.sentences()) {
      DependencyTree p = s.tree();
      List<TimeExpression> here = times.stream().filter(t -> s.span().contains(t.span())).toList();
      for (Candidate c : triggers.candidates(p, attributions)) {
        List<Participant> participants = Participants.of(p, c, entities);
        if (participants.isEmpty() && (c.nominal() && !c.carried() || c.type() == Event.Type.OTHER && !c.nominal())) {
          continue;
        }
        EventTime.When when = EventTime.of(p, c, here, discourse);
        Optional<AttributionId> attribution = covering(attributions, p.token(c.trigger()).span());
        boolean hedged = attribution.flatMap(id -> attributions.stream().filter(a -> a.id().equals(id)).findFirst())
            .map(a -> a.kind() == Attribution.Kind.HEDGE).orElse(false);
        participants = Participants.withSpeaker(p, c, participants, attribution, attributions);
        Polarity polarity = Mood.negated(p, c) ? Polarity.NEGATIVE : Polarity.POSITIVE;
        Modality modality = Mood.modality(p, c, hedged);
        Event.Type type = c.type();
        if (Mood.haltsCooperation(p, c.trigger())) {
          type = Event.Type.SANCTION; // PLOVER: halting aid, visits or ties is a sanction, not a refusal
        }
        if (Mood.obliged(p, c)) {
          // "Libya must hand over the suspects": a demand, by whoever says so, on the subject
          type = Event.Type.DEMAND;
          participants = Participants.demanded(participants, attribution, attributions);
        } else if (polarity == Polarity.NEGATIVE && COOPERATIVE.contains(type) && !(c.nominal() && type == Event.Type.OTHER)) {
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
            p.token(c.trigger()).span(),
            participants,
            when.time().map(TimeExpression::id),
            when.source(),
            Participants.place(p, c, entities),
            attribution,
            polarity,
            modality,
            s.index()));
      }
      discourse = EventTime.discourseAfter(here, discourse);
    }
    return out;
  }

  /** The type the lexicon gives a word alone, without its context: for baselines. */
  public static Optional<Event.Type> lexiconType(String lemma, boolean verb) {
    PloverLexicon l = PloverLexicon.get();
    return verb ? l.verb(lemma) : l.noun(lemma);
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
