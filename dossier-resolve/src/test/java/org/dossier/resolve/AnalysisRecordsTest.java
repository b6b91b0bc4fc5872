package org.dossier.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.analysis.Analysis;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Descriptor;
import org.dossier.analysis.Entity;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Event;
import org.dossier.analysis.Ids.AttributionId;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.analysis.Ids.EventId;
import org.dossier.analysis.Ids.TimeId;
import org.dossier.analysis.Link;
import org.dossier.analysis.Place;
import org.dossier.analysis.Relation;
import org.dossier.analysis.TimeExpression;
import org.dossier.text.Article;
import org.dossier.text.Span;
import org.junit.jupiter.api.Test;

class AnalysisRecordsTest {

  //                                     0         1         2         3         4         5         6         7         8
  //                                     012345678901234567890123456789012345678901234567890123456789012345678901234567890
  private static final String BODY = "Former prime minister Imran Khan of PTI met a US-based Pakistani in Islamabad on Monday, sources said.";

  private static Analysis analysis() {
    Article article = Article.of("a1", LocalDate.of(2025, 4, 16), BODY);
    Entity khan = new Entity(EntityId.of(1), EntityType.PERSON, Optional.of("Imran Khan"), Optional.empty(),
        List.of("Imran Khan", "Khan"), List.of(new Span(22, 32)),
        List.of(new Descriptor(new Span(0, 21), "prime minister", List.of("former"))),
        Optional.of(new Link("wikipedia", "Imran_Khan", 0.97)), Optional.empty());
    Entity pti = new Entity(EntityId.of(2), EntityType.ORGANIZATION, Optional.of("PTI"), Optional.empty(), List.of(),
        List.of(new Span(36, 39)), List.of(), Optional.empty(), Optional.empty());
    Entity someone = new Entity(EntityId.of(3), EntityType.PERSON, Optional.empty(), Optional.empty(), List.of(),
        List.of(new Span(44, 64)), List.of(), Optional.empty(), Optional.empty());
    Entity islamabad = new Entity(EntityId.of(4), EntityType.LOCATION, Optional.of("Islamabad"), Optional.of("city"),
        List.of(), List.of(new Span(68, 77)), List.of(), Optional.empty(),
        Optional.of(new Place(1176615, 33.72, 73.04, "PK", Optional.empty())));
    TimeExpression monday = new TimeExpression(TimeId.of(1), new Span(81, 87), TimeExpression.Type.DATE, "2025-04-14",
        Optional.empty(), TimeExpression.Anchor.DCT,
        Optional.of(new TimeExpression.Interval(LocalDate.of(2025, 4, 14), LocalDate.of(2025, 4, 14))),
        Optional.of(TimeExpression.Granularity.DAY));
    Attribution sources = new Attribution(AttributionId.of(1), Attribution.Kind.ANONYMOUS_SOURCE, new Span(97, 101),
        Optional.of(new Span(89, 96)), Optional.empty(), new Span(0, 87));
    Event met = new Event(EventId.of(1), Event.Type.CONSULT, new Span(40, 43),
        List.of(new Event.Participant(EntityId.of(1), Event.Role.SOURCE), new Event.Participant(EntityId.of(3), Event.Role.TARGET)),
        Optional.of(TimeId.of(1)), Event.TimeSource.EXPLICIT, Optional.of(EntityId.of(4)), Optional.of(AttributionId.of(1)),
        Event.Polarity.POSITIVE, Event.Modality.ASSERTED, 0);
    Event unsourced = new Event(EventId.of(2), Event.Type.OTHER, new Span(40, 43), List.of(), Optional.empty(),
        Event.TimeSource.NONE, Optional.empty(), Optional.empty(), Event.Polarity.POSITIVE, Event.Modality.ASSERTED, 0);
    Relation member = new Relation(EntityId.of(1), "member_of", EntityId.of(2), new Span(22, 39));
    return new Analysis(article, List.of(new Span(0, BODY.length())), List.of(khan, pti, someone, islamabad),
        List.of(monday), List.of(met, unsourced), List.of(sources), List.of(member), List.of());
  }

  @Test
  void an_entity_record_carries_name_roles_link_place_affiliations_and_company() {
    List<EntityRecord> records = EntityRecords.of(analysis());
    assertThat(records).hasSize(4);
    EntityRecord khan = records.get(0);
    assertThat(khan.key()).isEqualTo(new EntityKey("a1", "E1"));
    assertThat(khan.date()).contains(LocalDate.of(2025, 4, 16));
    assertThat(khan.name()).contains("Imran Khan");
    assertThat(khan.aliases()).containsExactly("Khan");
    assertThat(khan.descriptors()).containsExactly("prime minister");
    assertThat(khan.wikipedia()).contains("Imran_Khan");
    assertThat(khan.affiliations()).containsExactly("member_of:PTI");
    assertThat(khan.cooccurring()).containsExactly("PTI", "Islamabad");
    assertThat(records.get(1).affiliations()).containsExactly("member_of:Imran Khan");
    assertThat(records.get(2).name()).isEmpty();
    assertThat(records.get(3).geonameId()).contains(1176615L);
  }

  @Test
  void an_event_record_carries_its_time_participants_and_source() {
    List<EventRecord> records = EventRecords.of(analysis());
    EventRecord met = records.get(0);
    assertThat(met.timeValue()).contains("2025-04-14");
    assertThat(met.timeStart()).contains(LocalDate.of(2025, 4, 14));
    assertThat(met.timeEnd()).contains(LocalDate.of(2025, 4, 14));
    assertThat(met.participants()).containsExactly(
        new EventRecord.Participant(new EntityKey("a1", "E1"), Event.Role.SOURCE),
        new EventRecord.Participant(new EntityKey("a1", "E3"), Event.Role.TARGET));
    assertThat(met.sourceKind()).isEqualTo(Attribution.Kind.ANONYMOUS_SOURCE);
    assertThat(met.sourceText()).contains("sources");
    EventRecord unsourced = records.get(1);
    assertThat(unsourced.sourceKind()).isEqualTo(Attribution.Kind.AUTHOR);
    assertThat(unsourced.sourceText()).isEmpty();
    assertThat(unsourced.timeValue()).isEmpty();
  }
}
