package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.analysis.Descriptor;
import org.dossier.analysis.Entity;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Relation;
import org.dossier.extract.link.EntityLinker;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The entity items of {@code shared/spec/seed-article.md}, must and should, one test each. */
class SeedEntitiesTest {

  private static Entity entity(String words) {
    Optional<Entity> e = SeedArticle.entityMentioned(words);
    assertThat(e).as("an entity mentioned as \"%s\"", words).isPresent();
    return e.get();
  }

  private static Entity named(String name) {
    return SeedArticle.analysis().entities().stream()
        .filter(e -> e.name().filter(name::equals).isPresent())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity named " + name));
  }

  private static List<String> names(Entity e) {
    return Stream.concat(e.name().stream(), e.aliases().stream()).toList();
  }

  private static List<String> mentionTexts(Entity e) {
    return e.mentions().stream().map(m -> m.of(SeedArticle.body())).toList();
  }

  private static List<String> descriptorTexts(Entity e) {
    return e.descriptors().stream().map(d -> d.span().of(SeedArticle.body())).toList();
  }

  private static boolean related(Entity subject, String predicate, Entity object) {
    return SeedArticle.analysis().relations().stream()
        .anyMatch(r -> r.subject().equals(subject.id()) && r.predicate().equals(predicate) && r.object().equals(object.id()));
  }

  private static List<Relation> relations() {
    return SeedArticle.analysis().relations();
  }

  // ------------------------------------------------------------------ Imran Khan

  @Test
  void imran_khan_is_one_person_named_imran_khan_and_khan_but_never_atif_khan() {
    Entity imran = named("Imran Khan");
    assertThat(imran.type()).isEqualTo(EntityType.PERSON);
    assertThat(names(imran)).contains("Imran Khan", "Khan");
    assertThat(mentionTexts(imran)).filteredOn("Khan"::equals).hasSize(4);
    assertThat(mentionTexts(imran)).doesNotContain("Atif Khan");
    assertThat(named("Atif Khan").id()).isNotEqualTo(imran.id());
  }

  @Test
  void imran_khan_is_described_as_former_prime_minister_jailed_founder_chairman() {
    Entity imran = named("Imran Khan");
    assertThat(descriptorTexts(imran)).contains("Former prime minister", "jailed PTI founder-chairman");
    assertThat(imran.descriptors()).anySatisfy(d -> {
      assertThat(d.role()).isEqualTo("prime minister");
      assertThat(d.qualifiers()).containsExactly("former");
    });
    assertThat(imran.descriptors()).anySatisfy(d -> {
      assertThat(d.role()).isEqualTo("founder-chairman");
      assertThat(d.qualifiers()).containsExactly("jailed");
    });
  }

  @Test
  void imran_khan_is_affiliated_with_pti_as_its_founder_and_leader() {
    Entity imran = named("Imran Khan");
    Entity pti = named("PTI");
    assertThat(related(imran, "member_of", pti)).isTrue();
    assertThat(related(imran, "founder_of", pti)).isTrue();
    assertThat(related(imran, "leader_of", pti)).isTrue();
  }

  @Test
  void he_his_and_her_are_resolved_to_the_right_person() {
    Entity imran = named("Imran Khan");
    assertThat(mentionTexts(imran)).filteredOn(w -> w.equals("he")).hasSize(3);
    assertThat(mentionTexts(imran)).contains("his");
    assertThat(mentionTexts(named("Bushra Bibi"))).contains("her");
    assertThat(SeedArticle.analysis().entities()).noneMatch(e -> e.name().filter(n -> n.equalsIgnoreCase("he")).isPresent());
  }

  @Test
  void imran_khan_is_linked_to_his_wikipedia_title() {
    assumeLinking();
    assertThat(named("Imran Khan").link()).hasValueSatisfying(l -> {
      assertThat(l.kb()).isEqualTo("wikipedia");
      assertThat(l.id()).isEqualTo("Imran_Khan");
      assertThat(l.score()).isGreaterThanOrEqualTo(EntityLinker.THRESHOLD);
    });
  }

  private static void assumeLinking() {
    Assumptions.assumeTrue(EntityLinker.shared().isPresent(),
        "no entity-linking index (models-english-kbp not on the class path, or dossier.linking=false)");
  }

  // ------------------------------------------------------------------ PTI

  @Test
  void pti_is_expanded_and_linked_to_pakistan_tehreek_e_insaf_never_pardon_the_interruption() {
    assumeLinking();
    Entity pti = named("PTI");
    assertThat(pti.link()).hasValueSatisfying(l -> assertThat(l.id()).isEqualTo("Pakistan_Tehreek-e-Insaf"));
    assertThat(pti.aliases()).contains("Pakistan Tehreek-e-Insaf");
  }

  @Test
  void namesakes_of_rarely_named_people_are_not_linked() {
    assumeLinking();
    assertThat(named("Atif Khan").link()).isEmpty();
    assertThat(named("Usman Malik").link()).isEmpty();
  }

  @Test
  void pti_is_one_organization_for_every_mention() {
    Entity pti = named("PTI");
    assertThat(pti.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(mentionTexts(pti)).containsExactly("PTI", "PTI", "PTI");
  }

  // ------------------------------------------------------------------ the American Pakistanis

  @Test
  void tanveer_ahmed_is_a_food_and_real_estate_businessman_and_an_american_pakistani() {
    Entity tanveer = named("Tanveer Ahmed");
    assertThat(tanveer.type()).isEqualTo(EntityType.PERSON);
    assertThat(tanveer.descriptors()).anySatisfy(d -> {
      assertThat(d.span().of(SeedArticle.body())).isEqualTo("food and real estate businessman");
      assertThat(d.role()).isEqualTo("businessman");
    });
    assertThat(tanveer.descriptors()).extracting(Descriptor::role).contains("American Pakistani");
  }

  @Test
  void atif_khan_is_a_senior_leader_and_member_of_the_pti_america_chapter() {
    Entity atif = named("Atif Khan");
    assertThat(atif.descriptors()).anySatisfy(d -> {
      assertThat(d.span().of(SeedArticle.body())).isEqualTo("senior PTI America chapter leader");
      assertThat(d.role()).isEqualTo("leader");
      assertThat(d.qualifiers()).containsExactly("senior");
    });
    Entity chapter = named("PTI America chapter");
    assertThat(chapter.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(related(atif, "member_of", chapter)).isTrue();
  }

  @Test
  void the_pti_america_chapter_is_part_of_pti() {
    assertThat(related(named("PTI America chapter"), "part_of", named("PTI"))).isTrue();
  }

  @Test
  void four_doctors_and_sardar_abdul_sami_are_separate_people_with_dr_as_a_title() {
    List<String> people = List.of("Sardar Abdul Sami", "Usman Malik", "Saira Bilal", "Muhammad Munir");
    assertThat(people.stream().map(n -> named(n).id()).distinct()).hasSize(4);
    for (String n : List.of("Usman Malik", "Saira Bilal", "Muhammad Munir")) {
      Entity e = named(n);
      assertThat(e.type()).isEqualTo(EntityType.PERSON);
      assertThat(e.name()).hasValue(n);
      assertThat(descriptorTexts(e)).contains("Dr.");
    }
    assertThat(SeedArticle.analysis().sentences()).noneMatch(s -> s.of(SeedArticle.body()).endsWith("Dr."));
  }

  @Test
  void bushra_bibi_is_a_person() {
    assertThat(named("Bushra Bibi").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void the_american_pakistanis_the_delegation_and_the_group_are_one_group() {
    Entity group = entity("The American Pakistanis");
    assertThat(group.type()).isEqualTo(EntityType.GROUP);
    assertThat(group.name()).isEmpty();
    assertThat(entity("the recent delegation from the United States").id()).isEqualTo(group.id());
    assertThat(entity("the American Pakistani group").id()).isEqualTo(group.id());
    assertThat(entity("a group of American Pakistanis").id()).isEqualTo(group.id());
  }

  @Test
  void the_six_people_named_in_the_efforts_sentence_are_members_of_the_group() {
    Entity group = entity("The American Pakistanis");
    for (String n : List.of("Tanveer Ahmed", "Atif Khan", "Sardar Abdul Sami", "Usman Malik", "Saira Bilal", "Muhammad Munir")) {
      assertThat(related(named(n), "member_of", group)).as(n).isTrue();
    }
  }

  // ------------------------------------------------------------------ unnamed actors

  @Test
  void a_us_based_pakistani_is_an_unnamed_person() {
    Entity e = entity("a US-based Pakistani");
    assertThat(e.type()).isEqualTo(EntityType.PERSON);
    assertThat(e.name()).isEmpty();
  }

  @Test
  void a_key_individual_is_an_unnamed_person() {
    Entity e = entity("a key individual");
    assertThat(e.type()).isEqualTo(EntityType.PERSON);
    assertThat(e.name()).isEmpty();
  }

  @Test
  void the_us_based_pakistani_is_the_key_individual_both_now_part_of_the_talks() {
    assertThat(entity("a key individual").id()).isEqualTo(entity("a US-based Pakistani").id());
  }

  @Test
  void three_senior_leaders_from_khyber_pakhtunkhwa_are_a_group() {
    Entity e = entity("three senior leaders from Khyber Pakhtunkhwa");
    assertThat(e.type()).isEqualTo(EntityType.GROUP);
    assertThat(e.id()).isNotEqualTo(entity("The American Pakistanis").id());
  }

  @Test
  void the_government_and_the_establishment_are_organizations() {
    assertThat(entity("the government").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(entity("the establishment").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(entity("the government").id()).isNotEqualTo(entity("the establishment").id());
  }

  @Test
  void a_local_newspaper_is_kept_as_an_outlet() {
    Entity e = entity("a local newspaper");
    assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(e.subtype()).hasValue("news outlet");
  }

  // ------------------------------------------------------------------ places

  @Test
  void adiala_jail_is_a_facility() {
    Entity e = named("Adiala Jail");
    assertThat(e.type()).isEqualTo(EntityType.FACILITY);
    assertThat(e.subtype()).hasValue("prison");
  }

  @Test
  void adiala_jail_is_located_in_rawalpindi_pakistan() {
    Entity jail = named("Adiala Jail");
    assertThat(jail.place()).hasValueSatisfying(p -> {
      assertThat(p.city()).hasValue("Rawalpindi");
      assertThat(p.province()).hasValue("Punjab");
      assertThat(p.country()).isEqualTo("PK");
    });
    assertThat(related(jail, "located_in", named("Pakistan"))).isTrue();
  }

  @Test
  void imran_khan_is_held_in_adiala_jail() {
    assertThat(related(named("Imran Khan"), "held_in", named("Adiala Jail"))).isTrue();
  }

  @Test
  void islamabad_is_a_city_and_geocoded() {
    Entity e = named("Islamabad");
    assertThat(e.type()).isEqualTo(EntityType.LOCATION);
    assertThat(e.subtype()).hasValue("city");
    assertThat(e.place()).hasValueSatisfying(p -> {
      assertThat(p.country()).isEqualTo("PK");
      assertThat(p.latitude()).isBetween(33.5, 34.0);
      assertThat(p.longitude()).isBetween(72.8, 73.3);
    });
  }

  @Test
  void khyber_pakhtunkhwa_is_a_province_never_an_organization() {
    Entity e = named("Khyber Pakhtunkhwa");
    assertThat(e.type()).isEqualTo(EntityType.LOCATION);
    assertThat(e.subtype()).hasValue("province");
  }

  @Test
  void the_united_states_and_us_are_one_country() {
    Entity us = entity("US");
    assertThat(entity("United States").id()).isEqualTo(us.id());
    assertThat(us.type()).isEqualTo(EntityType.LOCATION);
    assertThat(us.subtype()).hasValue("country");
  }

  @Test
  void pakistan_is_a_country() {
    Entity e = named("Pakistan");
    assertThat(e.type()).isEqualTo(EntityType.LOCATION);
    assertThat(e.subtype()).hasValue("country");
  }

  @Test
  void no_name_is_typed_differently_in_different_sentences() {
    for (Entity e : SeedArticle.analysis().entities()) {
      if (e.name().isPresent()) {
        String n = e.name().get();
        assertThat(SeedArticle.analysis().entities())
            .filteredOn(o -> o.name().filter(n::equals).isPresent())
            .as(n)
            .hasSize(1);
      }
    }
    assertThat(relations()).allSatisfy(r -> assertThat(r.evidence().of(SeedArticle.body())).isNotEmpty());
  }
}
