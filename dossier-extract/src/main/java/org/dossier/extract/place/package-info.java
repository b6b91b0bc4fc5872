/**
 * Places: location and facility names resolved against GeoNames (CC BY 4.0, geonames.org) to
 * coordinates, country and province, with countries, provinces and cities told apart.
 */
package org.dossier.extract.place;
