package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.analysis.Analysis;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Entity;
import org.dossier.analysis.Event;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.analysis.TimeExpression;
import org.junit.jupiter.api.Test;

/**
 * The events of {@code seed-article.md}, one test per item (must and should), checked on an
 * analysis of the reference article that a subclass provides.
 */
abstract class SeedEventChecks {

  abstract Analysis analysis();

  /** Called where a check needs the entity stage; the real-pipeline test skips until it is there. */
  void needEntities() {}

  /** Called where a check needs the time stage; the real-pipeline test skips until it is there. */
  void needTimes() {}

  String body() {
    return analysis().article().body();
  }

  Entity entity(String words) {
    return analysis().entities().stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.of(body()).contains(words)))
        .findFirst().orElseThrow(() -> new AssertionError("no entity mentioned as \"" + words + "\""));
  }

  /** The event whose trigger is {@code words}, in the sentence that contains {@code context}. */
  Event event(String words, String context) {
    return analysis().events().stream()
        .filter(e -> e.trigger().of(body()).equals(words)
            && analysis().sentences().get(e.sentence()).of(body()).contains(context))
        .findFirst().orElseThrow(() -> new AssertionError("no event \"" + words + "\" near \"" + context + "\"; events: "
            + analysis().events().stream().map(e -> e.type() + " " + e.trigger().of(body())).toList()));
  }

  Optional<TimeExpression> time(Event e) {
    return e.time().flatMap(id -> analysis().times().stream().filter(t -> t.id().equals(id)).findFirst());
  }

  Optional<Attribution> attribution(Event e) {
    return e.attribution().flatMap(id -> analysis().attributions().stream().filter(a -> a.id().equals(id)).findFirst());
  }

  List<EntityId> participants(Event e, Event.Role... roles) {
    Set<Event.Role> wanted = Set.of(roles.length == 0 ? Event.Role.values() : roles);
    return e.participants().stream().filter(p -> wanted.contains(p.role())).map(Event.Participant::entity).toList();
  }

  void atNovember2024(Event e) {
    needTimes();
    assertThat(time(e)).as("time of %s", e.trigger().of(body())).isPresent();
    assertThat(time(e).get().value()).isEqualTo("2024-11");
  }

  @Test
  void event1_khan_held_a_conversation_with_the_us_based_pakistani_in_november_2024() {
    Event e = event("conversation", "detailed conversation");
    assertThat(e.type()).isEqualTo(Event.Type.CONSULT);
    assertThat(e.attribution()).as("told in the article's own voice").isEmpty();
    atNovember2024(e);
    assertThat(e.timeSource()).isEqualTo(Event.TimeSource.EXPLICIT);
    needEntities();
    assertThat(participants(e)).contains(entity("Imran Khan").id(), entity("US-based Pakistani").id());
  }

  @Test
  void event2_the_us_based_pakistani_is_now_part_of_discussions() {
    needEntities();
    needTimes();
    Event e = event("discussions", "ongoing discussions");
    assertThat(e.type()).isEqualTo(Event.Type.CONSULT);
    assertThat(e.timeSource() == Event.TimeSource.DCT
        || time(e).map(t -> t.value().equals("PRESENT_REF")).orElse(false)).as("present").isTrue();
    needEntities();
    assertThat(participants(e)).contains(entity("US-based Pakistani").id());
  }

  @Test
  void event3_the_group_met_khan_in_the_third_week_of_march_per_anonymous_sources() {
    Event e = event("met", "third week of March");
    assertThat(e.type()).isEqualTo(Event.Type.CONSULT);
    assertThat(attribution(e)).map(Attribution::kind).contains(Attribution.Kind.ANONYMOUS_SOURCE);
    needTimes();
    assertThat(time(e)).isPresent();
    assertThat(time(e).get().value()).isIn("2025-W11", "2025-W12", "2025-03");
    assertThat(attribution(e)).map(Attribution::kind).contains(Attribution.Kind.ANONYMOUS_SOURCE);
    needEntities();
    assertThat(participants(e)).contains(entity("Imran Khan").id(), entity("American Pakistanis").id());
  }

  @Test
  void event4_sessions_of_discussions_before_the_march_meeting_per_anonymous_sources() {
    Event e = event("sessions", "sessions of discussions");
    assertThat(e.type()).isEqualTo(Event.Type.CONSULT);
    assertThat(time(e).map(TimeExpression::value)).as("not the March meeting's date").isNotIn(
        Optional.of("2025-W11"), Optional.of("2025-W12"), Optional.of("2025-03"));
    assertThat(attribution(e)).map(Attribution::kind).contains(Attribution.Kind.ANONYMOUS_SOURCE);
    needEntities();
    assertThat(participants(e)).contains(entity("Imran Khan").id(), entity("key individual").id());
  }

  @Test
  void event5_khan_acknowledged_the_necessity_of_reconciliation_per_anonymous_sources() {
    Event e = event("acknowledged", "necessity of reconciliation");
    assertThat(e.type()).isIn(Event.Type.CONCEDE, Event.Type.AGREE);
    assertThat(attribution(e)).map(Attribution::kind).contains(Attribution.Kind.ANONYMOUS_SOURCE);
    atNovember2024(e);
    needEntities();
    assertThat(participants(e, Event.Role.SOURCE)).contains(entity("Imran Khan").id());
    assertThat(participants(e)).contains(entity("the government").id(), entity("the establishment").id());
  }

  @Test
  void event6_khan_was_assured_of_the_mass_mobilization() {
    Event e = event("assured", "In return");
    assertThat(e.type()).isEqualTo(Event.Type.ASSURE);
    assertThat(attribution(e)).map(Attribution::kind).contains(Attribution.Kind.ANONYMOUS_SOURCE);
    atNovember2024(e);
    needEntities();
    assertThat(participants(e, Event.Role.TARGET)).contains(entity("Imran Khan").id());
  }

  @Test
  void event7_three_leaders_reportedly_assured_khan_of_a_planned_protest_in_islamabad() {
    Event e = event("assured", "Reportedly");
    assertThat(e.type()).isEqualTo(Event.Type.ASSURE);
    assertThat(attribution(e)).map(Attribution::kind).contains(Attribution.Kind.HEDGE);
    assertThat(e.modality()).isEqualTo(Event.Modality.REPORTED_UNCERTAIN);
    Event protest = analysis().events().stream()
        .filter(x -> x.sentence() == e.sentence() && (x.type() == Event.Type.PROTEST || x.type() == Event.Type.MOBILIZE))
        .findFirst().orElseThrow(() -> new AssertionError("no protest planned in " + e.sentence()));
    assertThat(protest.modality()).isEqualTo(Event.Modality.PLANNED);
    atNovember2024(e);
    needEntities();
    assertThat(participants(e, Event.Role.SOURCE)).contains(entity("three senior leaders").id());
    assertThat(participants(e, Event.Role.TARGET)).contains(entity("Imran Khan").id());
    assertThat(protest.place()).contains(entity("Islamabad").id());
  }

  @Test
  void event8_khan_halted_negotiations_with_the_group_per_insiders() {
    Event e = event("halted", "halted further negotiations");
    assertThat(e.type()).isEqualTo(Event.Type.REJECT);
    assertThat(attribution(e)).map(Attribution::kind).contains(Attribution.Kind.ANONYMOUS_SOURCE);
    atNovember2024(e);
    needEntities();
    assertThat(participants(e, Event.Role.SOURCE)).contains(entity("Imran Khan").id());
    assertThat(participants(e)).contains(entity("American Pakistani group").id());
  }

  @Test
  void event9_bushra_bibi_was_not_involved_and_no_decision_was_made() {
    needEntities();
    Event involved = event("involved", "Bushra Bibi");
    assertThat(involved.polarity()).isEqualTo(Event.Polarity.NEGATIVE);
    Event decision = event("decision", "no decision");
    assertThat(decision.polarity()).isEqualTo(Event.Polarity.NEGATIVE);
    assertThat(time(involved).map(TimeExpression::value)).contains("2024-11");
    needEntities();
    assertThat(participants(involved)).contains(entity("Bushra Bibi").id());
  }

  @Test
  void event10_the_american_pakistanis_have_been_associates_of_khan_for_two_decades() {
    Event e = event("associates", "close associates");
    needTimes();
    assertThat(time(e)).isPresent();
    assertThat(time(e).get().type()).isEqualTo(TimeExpression.Type.DURATION);
    assertThat(time(e).get().value()).startsWith("P2");
    needEntities();
    assertThat(participants(e)).contains(entity("Imran Khan").id(), entity("American Pakistanis").id());
  }

  @Test
  void every_event_links_to_the_attribution_that_covers_it() {
    for (Event e : analysis().events()) {
      boolean covered = analysis().attributions().stream().anyMatch(a -> a.content().contains(e.trigger()));
      assertThat(e.attribution().isPresent()).as("event %s", e.trigger().of(body())).isEqualTo(covered);
    }
  }

  @Test
  void long_march_and_the_march_give_no_time() {
    for (Event e : analysis().events()) {
      time(e).ifPresent(t -> assertThat(t.span().of(body())).doesNotContain("March would", "Long March"));
    }
  }
}
