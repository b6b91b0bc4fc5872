package org.dossier.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dossier.resolve.Records.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.dossier.analysis.EntityType;
import org.junit.jupiter.api.Test;

class CorpusResolverTest {

  private static EntityKey key(String article, String entity) {
    return new EntityKey(article, entity);
  }

  private static boolean same(Resolution r, EntityKey a, EntityKey b) {
    return r.corpusId(a).equals(r.corpusId(b));
  }

  @Test
  void the_same_wikipedia_link_is_one_entity_whatever_the_names() {
    Resolution r = CorpusResolver.resolve(List.of(
        entity("a1", "E1").name("Imran Khan").wikipedia("Imran_Khan").build(),
        entity("a2", "E4").name("Imran Ahmed Khan Niazi").wikipedia("Imran_Khan").build()));
    assertThat(same(r, key("a1", "E1"), key("a2", "E4"))).isTrue();
    assertThat(r.evidence()).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("same Wikipedia link Imran_Khan"));
  }

  @Test
  void different_wikipedia_links_keep_one_name_apart() {
    Resolution r = CorpusResolver.resolve(List.of(
        entity("a1", "E1").name("John Smith").wikipedia("John_Smith_(footballer)").build(),
        entity("a2", "E1").name("John Smith").wikipedia("John_Smith_(explorer)").build()));
    assertThat(same(r, key("a1", "E1"), key("a2", "E1"))).isFalse();
  }

  @Test
  void an_unlinked_namesake_joins_the_linked_one_it_shares_evidence_with() {
    Resolution r = CorpusResolver.resolve(List.of(
        entity("a1", "E1").name("John Smith").wikipedia("John_Smith_(footballer)").descriptor("striker").with("Everton").build(),
        entity("a2", "E1").name("John Smith").wikipedia("John_Smith_(explorer)").descriptor("explorer").with("Jamestown").build(),
        entity("a3", "E2").name("John Smith").with("Jamestown", "Pocahontas").build()));
    assertThat(same(r, key("a3", "E2"), key("a2", "E1"))).isTrue();
    assertThat(same(r, key("a3", "E2"), key("a1", "E1"))).isFalse();
  }

  @Test
  void a_full_person_name_is_enough_and_the_evidence_names_what_is_shared() {
    Resolution r = CorpusResolver.resolve(List.of(
        entity("a1", "E1").name("Steve Jobs").descriptor("chief executive").with("Apple").build(),
        entity("a2", "E3").name("Steve Jobs").descriptor("chief executive").build(),
        entity("a3", "E2").name("Steve Jobs").build()));
    assertThat(r.clusters()).hasSize(1);
    assertThat(r.evidence()).extracting(Evidence::reason)
        .contains("same name 'Steve Jobs', shared descriptor 'chief executive'", "same name 'Steve Jobs'");
  }

  @Test
  void two_john_smiths_with_contradicting_descriptors_and_nothing_in_common_stay_two() {
    Resolution r = CorpusResolver.resolve(List.of(
        entity("a1", "E1").name("John Smith").descriptor("footballer").with("Everton", "Goodison Park").build(),
        entity("a2", "E1").name("John Smith").descriptor("footballer").with("Everton").build(),
        entity("a3", "E1").name("John Smith").descriptor("member of parliament").with("Labour Party").build(),
        entity("a4", "E1").name("John Smith").descriptor("mp").with("Labour Party", "Westminster").build()));
    assertThat(same(r, key("a1", "E1"), key("a2", "E1"))).isTrue();
    assertThat(same(r, key("a3", "E1"), key("a4", "E1"))).isTrue();
    assertThat(same(r, key("a1", "E1"), key("a3", "E1"))).isFalse();
  }

  @Test
  void a_bare_surname_joins_the_only_full_name_it_shares_evidence_with() {
    Resolution r = CorpusResolver.resolve(List.of(
        entity("a1", "E1").name("Imran Khan").descriptor("former prime minister").affiliation("leader_of:PTI").with("PTI").build(),
        entity("a2", "E2").name("Khan").with("PTI", "Islamabad").build()));
    assertThat(same(r, key("a1", "E1"), key("a2", "E2"))).isTrue();
    assertThat(r.evidence()).extracting(Evidence::reason)
        .containsExactly("'Khan' is the surname of the only 'Imran Khan', shared co-occurring 'pti'");
  }

  @Test
  void a_one_word_name_joins_the_only_full_name_whose_articles_use_it_as_a_short_name() {
    Resolution r = CorpusResolver.resolve(List.of(
        entity("a1", "E1").name("Luiz Inácio Lula da Silva").alias("Lula").with("Brazil").build(),
        entity("a2", "E1").name("Lula").with("Brazil", "Brasília").build(),
        entity("a3", "E1").name("Marina Silva").with("Brazil").build()));
    assertThat(same(r, key("a1", "E1"), key("a2", "E1"))).isTrue();
    assertThat(same(r, key("a1", "E1"), key("a3", "E1"))).isFalse();
    assertThat(r.evidence()).extracting(Evidence::reason)
        .containsExactly("'Lula' is a short name of the only 'Luiz Inácio Lula da Silva', shared co-occurring 'brazil'");
  }

  @Test
  void a_bare_surname_without_shared_evidence_stays_its_own() {
    Resolution r = CorpusResolver.resolve(List.of(
        entity("a1", "E1").name("Imran Khan").with("PTI").build(),
        entity("a2", "E2").name("Khan").with("Bollywood").build()));
    assertThat(same(r, key("a1", "E1"), key("a2", "E2"))).isFalse();
  }

  @Test
  void two_people_sharing_a_surname_are_never_one_and_a_bare_surname_between_them_joins_neither() {
    Resolution r = CorpusResolver.resolve(List.of(
        entity("a1", "E1").name("Imran Khan").with("PTI", "Pakistan").build(),
        entity("a2", "E1").name("Atif Khan").with("PTI", "Pakistan").build(),
        entity("a3", "E1").name("Khan").with("PTI", "Pakistan").build()));
    assertThat(same(r, key("a1", "E1"), key("a2", "E1"))).isFalse();
    assertThat(same(r, key("a3", "E1"), key("a1", "E1"))).isFalse();
    assertThat(same(r, key("a3", "E1"), key("a2", "E1"))).isFalse();
  }

  @Test
  void bare_surnames_with_no_full_name_merge_only_on_shared_evidence() {
    Resolution r = CorpusResolver.resolve(List.of(
        entity("a1", "E1").name("Madonna").descriptor("singer").build(),
        entity("a2", "E1").name("Madonna").descriptor("singer").build(),
        entity("a3", "E1").name("Madonna").with("Vatican").build()));
    assertThat(same(r, key("a1", "E1"), key("a2", "E1"))).isTrue();
    assertThat(same(r, key("a1", "E1"), key("a3", "E1"))).isFalse();
  }

  @Test
  void a_person_and_an_organisation_of_one_name_are_never_one() {
    Resolution r = CorpusResolver.resolve(List.of(
        entity("a1", "E1").name("Ford").type(EntityType.ORGANIZATION).build(),
        entity("a2", "E1").name("Ford").type(EntityType.PERSON).with("Ford").build(),
        entity("a3", "E1").name("Henry Ford").type(EntityType.PERSON).wikipedia("Ford_Motor_Company").build(),
        entity("a4", "E1").name("Ford Motor Company").type(EntityType.ORGANIZATION).wikipedia("Ford_Motor_Company").build()));
    assertThat(same(r, key("a1", "E1"), key("a2", "E1"))).isFalse();
    assertThat(same(r, key("a3", "E1"), key("a4", "E1"))).isFalse();
  }

  @Test
  void organisation_names_match_without_case_the_article_or_the_legal_form() {
    Resolution r = CorpusResolver.resolve(List.of(
        entity("a1", "E1").name("Apple Inc.").type(EntityType.ORGANIZATION).build(),
        entity("a2", "E2").name("APPLE").type(EntityType.ORGANIZATION).build(),
        entity("a3", "E3").name("Apple Corps").type(EntityType.ORGANIZATION).build()));
    assertThat(same(r, key("a1", "E1"), key("a2", "E2"))).isTrue();
    assertThat(same(r, key("a1", "E1"), key("a3", "E3"))).isFalse();
  }

  @Test
  void places_match_by_gazetteer_entry_and_a_different_entry_keeps_a_name_apart() {
    Resolution r = CorpusResolver.resolve(List.of(
        entity("a1", "E1").name("Georgia").type(EntityType.LOCATION).geonameId(614540).build(),
        entity("a2", "E1").name("Georgia").type(EntityType.LOCATION).geonameId(4197000).build(),
        entity("a3", "E1").name("Republic of Georgia").type(EntityType.LOCATION).geonameId(614540).build(),
        entity("a4", "E1").name("Moscone Center").type(EntityType.FACILITY).build(),
        entity("a5", "E1").name("Moscone Center").type(EntityType.LOCATION).build()));
    assertThat(same(r, key("a1", "E1"), key("a2", "E1"))).isFalse();
    assertThat(same(r, key("a1", "E1"), key("a3", "E1"))).isTrue();
    assertThat(same(r, key("a4", "E1"), key("a5", "E1"))).isTrue();
  }

  @Test
  void a_misc_name_joins_the_one_organisation_of_that_name_it_shares_evidence_with() {
    EntityRecord organisation = entity("a1", "E1").name("Hamas").type(EntityType.ORGANIZATION).with("Gaza").build();
    Resolution r = CorpusResolver.resolve(List.of(organisation,
        entity("a2", "E1").name("Hamas").type(EntityType.MISC).with("Gaza").build()));
    assertThat(same(r, key("a1", "E1"), key("a2", "E1"))).isTrue();
    Resolution unrelated = CorpusResolver.resolve(List.of(organisation,
        entity("a3", "E1").name("Hamas").type(EntityType.MISC).with("Eurovision").build()));
    assertThat(same(unrelated, key("a1", "E1"), key("a3", "E1"))).isFalse();
  }

  @Test
  void unnamed_actors_and_groups_never_merge() {
    Resolution r = CorpusResolver.resolve(List.of(
        entity("a1", "E1").name(null).build(),
        entity("a2", "E1").name(null).build(),
        entity("a1", "E2").name("three senior leaders").type(EntityType.GROUP).build(),
        entity("a2", "E2").name("three senior leaders").type(EntityType.GROUP).build()));
    assertThat(r.clusters()).hasSize(4);
    assertThat(r.evidence()).isEmpty();
  }

  @Test
  void the_resolution_does_not_depend_on_the_order_of_the_records() {
    List<EntityRecord> records = new ArrayList<>(List.of(
        entity("a1", "E1").name("Imran Khan").wikipedia("Imran_Khan").with("PTI").build(),
        entity("a2", "E1").name("Imran Khan").descriptor("former prime minister").with("PTI").build(),
        entity("a3", "E1").name("Khan").with("PTI").build(),
        entity("a4", "E1").name("Atif Khan").with("Peshawar").build(),
        entity("a5", "E1").name("John Smith").descriptor("footballer").with("Everton").build(),
        entity("a6", "E1").name("John Smith").descriptor("explorer").with("Jamestown").build(),
        entity("a7", "E1").name("John Smith").build(),
        entity("a1", "E2").name("PTI").type(EntityType.ORGANIZATION).build(),
        entity("a2", "E2").name("Pakistan Tehreek-e-Insaf").type(EntityType.ORGANIZATION).wikipedia("PTI").build(),
        entity("a3", "E2").name("PTI").type(EntityType.ORGANIZATION).wikipedia("PTI").build(),
        entity("a4", "E2").name("Peshawar").type(EntityType.LOCATION).geonameId(1168197).build(),
        entity("a5", "E2").name("Peshawar").type(EntityType.LOCATION).build(),
        entity("a6", "E2").name(null).build()));
    Resolution first = CorpusResolver.resolve(records);
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      Collections.shuffle(records, random);
      assertThat(CorpusResolver.resolve(records)).isEqualTo(first);
    }
    assertThat(first.corpusId(key("a1", "E1"))).matches("C[0-9a-f]{16}");
  }

  @Test
  void a_corpus_id_is_a_function_of_the_smallest_member_and_survives_new_articles() {
    EntityRecord a = entity("b", "E1").name("Imran Khan").build();
    EntityRecord b = entity("c", "E1").name("Imran Khan").build();
    String before = CorpusResolver.resolve(List.of(a, b)).corpusId(a.key());
    String after = CorpusResolver.resolve(List.of(b, a, entity("d", "E1").name("Imran Khan").build())).corpusId(a.key());
    assertThat(after).isEqualTo(before);
  }

  @Test
  void the_same_key_twice_is_a_programming_error() {
    EntityRecord a = entity("a1", "E1").name("Imran Khan").build();
    assertThatThrownBy(() -> CorpusResolver.resolve(List.of(a, a))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a1#E1");
  }

  @Test
  void the_canonical_name_is_the_most_frequent_full_name() {
    assertThat(CorpusResolver.canonicalName(List.of(
        entity("a1", "E1").name("Khan").build(),
        entity("a2", "E1").name("Khan").build(),
        entity("a3", "E1").name("Khan").build(),
        entity("a4", "E1").name("Imran Khan").build(),
        entity("a5", "E1").name("Imran Khan").build(),
        entity("a6", "E1").name("Imran Ahmed Khan Niazi").build()))).contains("Imran Khan");
    assertThat(CorpusResolver.canonicalName(List.of(
        entity("a1", "E1").name("Apple").type(EntityType.ORGANIZATION).build(),
        entity("a2", "E1").name("Apple Inc.").type(EntityType.ORGANIZATION).build()))).contains("Apple Inc.");
    assertThat(CorpusResolver.canonicalName(List.of(entity("a1", "E1").name(null).build()))).isEmpty();
  }

  @Test
  void half_a_million_records_resolve_without_comparing_all_pairs() {
    List<EntityRecord> records = new ArrayList<>();
    Random random = new Random(1);
    for (int i = 0; i < 500_000; i++) {
      int who = random.nextInt(20_000);
      records.add(entity("a" + (i / 20), "E" + (i % 20)).name("Person " + who + " Surname" + (who % 5000))
          .with("Org " + random.nextInt(100)).descriptor(who % 3 == 0 ? "minister" : "director").build());
    }
    Resolution r = CorpusResolver.resolve(records);
    assertThat(r.clusters().size()).isBetween(19_000, 20_000);
  }
}
