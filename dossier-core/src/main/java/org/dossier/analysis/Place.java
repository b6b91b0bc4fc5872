package org.dossier.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a location or facility is, from the gazetteer.
 *
 * @param geonameId GeoNames id of the matched entry
 * @param latitude decimal degrees
 * @param longitude decimal degrees
 * @param country ISO 3166 country code
 * @param province first-level administrative division, by name, when known
 * @param city the city it is in (or is), by name, when known: a facility is placed in its city
 */
public record Place(
    long geonameId, double latitude, double longitude, String country, Optional<String> province, Optional<String> city) {

  /** A place not known to lie in a city. */
  public Place(long geonameId, double latitude, double longitude, String country, Optional<String> province) {
    this(geonameId, latitude, longitude, country, province, Optional.empty());
  }

  public Place {
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException("bad coordinates: " + latitude + "," + longitude);
    }
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(province, "province");
    Objects.requireNonNull(city, "city");
  }
}
