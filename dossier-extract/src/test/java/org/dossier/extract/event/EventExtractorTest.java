package org.dossier.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Event;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.extract.attribution.AttributionExtractor;
import org.dossier.extract.entity.EntityLayer;
import org.junit.jupiter.api.Test;

class EventExtractorTest {

  private static List<Event> events(AnnotatedArticle a, EntityLayer entities) {
    List<Attribution> attributions = new AttributionExtractor().extract(a, entities);
    return new EventExtractor().extract(a, entities, List.of(), attributions);
  }

  @Test
  void a_verb_of_the_lexicon_with_subject_and_object_is_an_event_between_their_entities() {
    AnnotatedArticle a = Sentences.article(
        "Hungary/NNP/Hungary/2/nsubj rejected/VBD/reject/0/root the/DT/the/4/det proposal/NN/proposal/2/obj ./././2/punct");
    EntityLayer entities = new EntityLayer(List.of(Sentences.entity(1, EntityType.LOCATION, a.body(), "Hungary")));
    List<Event> events = events(a, entities);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).type()).isEqualTo(Event.Type.REJECT);
    assertThat(events.get(0).participants()).extracting(Event.Participant::role).containsExactly(Event.Role.SOURCE);
  }

  @Test
  void a_noun_carried_by_a_light_verb_is_the_event_and_its_with_phrase_the_target() {
    AnnotatedArticle a = Sentences.article(
        "Smith/NNP/Smith/2/nsubj held/VBD/hold/0/root talks/NNS/talk/2/obj with/IN/with/5/case Jones/NNP/Jones/2/obl ./././2/punct");
    EntityLayer entities = new EntityLayer(List.of(
        Sentences.entity(1, EntityType.PERSON, a.body(), "Smith"), Sentences.entity(2, EntityType.PERSON, a.body(), "Jones")));
    Event e = events(a, entities).get(0);
    assertThat(e.type()).isEqualTo(Event.Type.CONSULT);
    assertThat(e.trigger().of(a.body())).isEqualTo("talks");
    assertThat(e.participants()).containsExactly(
        new Event.Participant(entities.entities().get(0).id(), Event.Role.SOURCE),
        new Event.Participant(entities.entities().get(1).id(), Event.Role.TARGET));
  }

  @Test
  void would_makes_a_protest_planned_and_in_names_its_place() {
    AnnotatedArticle a = Sentences.article(
        "Crowds/NNS/crowd/3/nsubj would/MD/would/3/aux take/VB/take/0/root to/IN/to/6/case the/DT/the/6/det "
            + "streets/NNS/street/3/obl in/IN/in/8/case Lahore/NNP/Lahore/6/nmod ./././3/punct");
    EntityLayer entities = new EntityLayer(List.of(Sentences.entity(1, EntityType.LOCATION, a.body(), "Lahore")));
    Event e = events(a, entities).get(0);
    assertThat(e.type()).isEqualTo(Event.Type.PROTEST);
    assertThat(e.modality()).isEqualTo(Event.Modality.PLANNED);
    assertThat(e.place()).contains(entities.entities().get(0).id());
  }

  @Test
  void not_makes_an_event_negative() {
    AnnotatedArticle a = Sentences.article(
        "Smith/NNP/Smith/4/nsubj:pass was/VBD/be/4/aux:pass not/RB/not/4/advmod involved/VBN/involve/0/root ./././4/punct");
    EntityLayer entities = new EntityLayer(List.of(Sentences.entity(1, EntityType.PERSON, a.body(), "Smith")));
    Event e = events(a, entities).get(0);
    assertThat(e.polarity()).isEqualTo(Event.Polarity.NEGATIVE);
  }

  @Test
  void an_argument_without_an_entity_is_left_out() {
    AnnotatedArticle a = Sentences.article(
        "Officials/NNS/official/2/nsubj met/VBD/meet/0/root Smith/NNP/Smith/2/obj ./././2/punct");
    EntityLayer entities = new EntityLayer(List.of(Sentences.entity(1, EntityType.PERSON, a.body(), "Smith")));
    Event e = events(a, entities).get(0);
    assertThat(e.participants()).containsExactly(new Event.Participant(entities.entities().get(0).id(), Event.Role.TARGET));
  }
}
