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
 */
public record Place(long geonameId, double latitude, double longitude, String country, Optional<String> province) {

  public Place {
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException("bad coordinates: " + latitude + "," + longitude);
    }
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(province, "province");
  }
}
