package org.dossier.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private final Gazetteer g = Gazetteer.geonames();

  @Test
  void tells_countries_provinces_and_cities_apart() {
    assertThat(g.resolve("Pakistan", List.of()).orElseThrow().kind()).isEqualTo(Gazetteer.Kind.COUNTRY);
    assertThat(g.resolve("Khyber Pakhtunkhwa", List.of()).orElseThrow().kind()).isEqualTo(Gazetteer.Kind.PROVINCE);
    assertThat(g.resolve("Rawalpindi", List.of()).orElseThrow().kind()).isEqualTo(Gazetteer.Kind.CITY);
  }

  @Test
  void reads_a_province_named_after_its_largest_city_as_the_city() {
    Gazetteer.Entry islamabad = g.resolve("Islamabad", List.of()).orElseThrow();
    assertThat(islamabad.kind()).isEqualTo(Gazetteer.Kind.CITY);
    assertThat(islamabad.place().city()).hasValue("Islamabad");
  }

  @Test
  void knows_the_usual_names_of_the_united_states() {
    for (String name : List.of("US", "U.S.", "United States", "America", "the United States")) {
      assertThat(g.resolve(name, List.of()).orElseThrow().country()).as(name).isEqualTo("US");
    }
  }

  @Test
  void places_a_well_known_prison_in_its_city() {
    assertThat(g.facility("Adiala Jail").orElseThrow().name()).isEqualTo("Rawalpindi");
  }
}
