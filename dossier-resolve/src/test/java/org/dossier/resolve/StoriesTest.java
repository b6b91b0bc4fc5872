package org.dossier.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Event;
import org.dossier.analysis.Event.Role;
import org.junit.jupiter.api.Test;

class StoriesTest {

  private static final LocalDate APRIL_14 = LocalDate.of(2025, 4, 14);

  /** Every participant "article#entity" here is resolved to the corpus entity named after its entity id. */
  private static Resolution resolution(List<EventRecord> events) {
    Map<EntityKey, String> ids = new HashMap<>();
    for (EventRecord e : events) {
      for (EventRecord.Participant p : e.participants()) {
        ids.put(p.entity(), p.entity().entityId().equals("E9") ? p.entity().toString() : "C-" + p.entity().entityId());
      }
    }
    return new Resolution(ids, List.of());
  }

  private static EventRecord report(String article, LocalDate articleDate, Event.Type type, LocalDate first,
      LocalDate last, Event.Polarity polarity, Object... rolesAndEntities) {
    List<EventRecord.Participant> ps = new ArrayList<>();
    for (int i = 0; i < rolesAndEntities.length; i += 2) {
      ps.add(new EventRecord.Participant(new EntityKey(article, (String) rolesAndEntities[i + 1]), (Role) rolesAndEntities[i]));
    }
    return new EventRecord(article, "V1", Optional.ofNullable(articleDate), type,
        Optional.ofNullable(first).map(LocalDate::toString), Optional.ofNullable(first), Optional.ofNullable(last), ps,
        polarity, Event.Modality.ASSERTED, Attribution.Kind.AUTHOR, Optional.empty());
  }

  private static EventRecord meeting(String article, LocalDate day, String source, String target) {
    return report(article, APRIL_14, Event.Type.CONSULT, day, day, Event.Polarity.POSITIVE,
        Role.SOURCE, source, Role.TARGET, target);
  }

  private static List<Story> group(List<EventRecord> events) {
    return Stories.group(events, resolution(events));
  }

  private static List<List<String>> articles(List<Story> stories) {
    return stories.stream().map(s -> s.reports().stream().map(Story.EventKey::articleId).toList()).toList();
  }

  @Test
  void two_reports_of_one_meeting_on_one_day_are_one_story() {
    List<Story> stories = group(List.of(meeting("a1", APRIL_14, "E1", "E2"), meeting("a2", APRIL_14, "E1", "E2")));
    assertThat(articles(stories)).containsExactly(List.of("a1", "a2"));
    assertThat(stories.get(0).conflicts()).isEmpty();
    assertThat(stories.get(0).type()).isEqualTo(Event.Type.CONSULT);
  }

  @Test
  void different_types_never_group_and_other_never_groups() {
    EventRecord other1 = report("a1", APRIL_14, Event.Type.OTHER, APRIL_14, APRIL_14, Event.Polarity.POSITIVE, Role.SOURCE, "E1");
    EventRecord other2 = report("a2", APRIL_14, Event.Type.OTHER, APRIL_14, APRIL_14, Event.Polarity.POSITIVE, Role.SOURCE, "E1");
    EventRecord protest = report("a3", APRIL_14, Event.Type.PROTEST, APRIL_14, APRIL_14, Event.Polarity.POSITIVE, Role.SOURCE, "E1");
    EventRecord meeting = meeting("a4", APRIL_14, "E1", "E2");
    assertThat(group(List.of(other1, other2, protest, meeting))).hasSize(4).allSatisfy(s -> assertThat(s.reports()).hasSize(1));
  }

  @Test
  void reports_without_a_shared_participant_are_two_stories() {
    assertThat(group(List.of(meeting("a1", APRIL_14, "E1", "E2"), meeting("a2", APRIL_14, "E3", "E4")))).hasSize(2);
  }

  @Test
  void unnamed_participants_are_never_shared_across_articles() {
    // E9 resolves to a corpus entity of its own in each article, as unnamed actors do
    assertThat(group(List.of(meeting("a1", APRIL_14, "E9", "E2"), meeting("a2", APRIL_14, "E9", "E4")))).hasSize(2);
  }

  @Test
  void the_source_of_one_report_is_not_the_target_of_the_other() {
    assertThat(group(List.of(meeting("a1", APRIL_14, "E1", "E2"), meeting("a2", APRIL_14, "E2", "E1")))).hasSize(2);
  }

  @Test
  void reports_without_a_time_group_when_their_articles_are_days_apart_at_most() {
    EventRecord a = report("a1", APRIL_14, Event.Type.PROTEST, null, null, Event.Polarity.POSITIVE, Role.SOURCE, "E1");
    EventRecord b = report("a2", APRIL_14.plusDays(2), Event.Type.PROTEST, null, null, Event.Polarity.POSITIVE, Role.SOURCE, "E1");
    EventRecord c = report("a3", APRIL_14.plusDays(30), Event.Type.PROTEST, null, null, Event.Polarity.POSITIVE, Role.SOURCE, "E1");
    assertThat(articles(group(List.of(a, b, c)))).containsExactly(List.of("a1", "a2"), List.of("a3"));
  }

  @Test
  void a_month_and_a_day_inside_it_overlap() {
    EventRecord month = report("a1", APRIL_14, Event.Type.PROTEST, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31),
        Event.Polarity.POSITIVE, Role.SOURCE, "E1");
    EventRecord day = report("a2", APRIL_14.plusDays(40), Event.Type.PROTEST, LocalDate.of(2025, 3, 8), LocalDate.of(2025, 3, 8),
        Event.Polarity.POSITIVE, Role.SOURCE, "E1");
    assertThat(group(List.of(month, day))).hasSize(1);
  }

  @Test
  void disjoint_days_in_one_news_cycle_are_one_story_with_a_date_conflict() {
    List<Story> stories = group(List.of(meeting("a1", APRIL_14, "E1", "E2"), meeting("a2", APRIL_14.minusDays(2), "E1", "E2")));
    assertThat(stories).singleElement().satisfies(s -> assertThat(s.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.on()).isEqualTo("date");
      assertThat(c.aSays()).isEqualTo("2025-04-14");
      assertThat(c.bSays()).isEqualTo("2025-04-12");
    }));
  }

  @Test
  void adjacent_days_in_articles_weeks_apart_are_one_story_with_a_date_conflict() {
    EventRecord resigned = report("a1", LocalDate.of(2011, 8, 25), Event.Type.RETREAT, LocalDate.of(2011, 8, 25),
        LocalDate.of(2011, 8, 25), Event.Polarity.POSITIVE, Role.SOURCE, "E1");
    EventRecord recalled = report("a2", LocalDate.of(2011, 10, 6), Event.Type.RETREAT, LocalDate.of(2011, 8, 24),
        LocalDate.of(2011, 8, 24), Event.Polarity.POSITIVE, Role.SOURCE, "E1");
    assertThat(group(List.of(resigned, recalled))).singleElement()
        .satisfies(s -> assertThat(s.conflicts()).extracting(Story.Conflict::on).containsExactly("date"));
  }

  @Test
  void known_times_far_apart_are_two_happenings() {
    assertThat(group(List.of(meeting("a1", APRIL_14, "E1", "E2"), meeting("a2", APRIL_14.minusMonths(3), "E1", "E2")))).hasSize(2);
  }

  @Test
  void the_same_source_with_another_target_is_a_participant_conflict() {
    List<Story> stories = group(List.of(meeting("a1", APRIL_14, "E1", "E2"), meeting("a2", APRIL_14, "E1", "E3")));
    assertThat(stories).singleElement().satisfies(s -> assertThat(s.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.on()).isEqualTo("participants");
      assertThat(c.aSays()).isEqualTo("target C-E2");
      assertThat(c.bSays()).isEqualTo("target C-E3");
    }));
  }

  @Test
  void one_report_that_it_happened_and_one_that_it_did_not_is_a_polarity_conflict() {
    EventRecord yes = meeting("a1", APRIL_14, "E1", "E2");
    EventRecord no = report("a2", APRIL_14, Event.Type.CONSULT, APRIL_14, APRIL_14, Event.Polarity.NEGATIVE,
        Role.SOURCE, "E1", Role.TARGET, "E2");
    List<Story> stories = group(List.of(yes, no));
    assertThat(stories).singleElement().satisfies(s -> assertThat(s.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.on()).isEqualTo("polarity");
      assertThat(c.a().articleId()).isEqualTo("a1");
      assertThat(c.aSays()).isEqualTo("positive");
      assertThat(c.bSays()).isEqualTo("negative");
    }));
  }

  @Test
  void stories_do_not_depend_on_the_order_of_the_reports() {
    List<EventRecord> events = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      events.add(meeting("a" + i, APRIL_14.minusDays(i % 9), "E" + (i % 4), "E" + (4 + i % 3)));
    }
    List<Story> first = group(events);
    Random random = new Random(3);
    for (int i = 0; i < 100; i++) {
      Collections.shuffle(events, random);
      assertThat(group(events)).isEqualTo(first);
    }
    assertThat(first.get(0).id()).matches("S[0-9a-f]{16}");
  }
}
