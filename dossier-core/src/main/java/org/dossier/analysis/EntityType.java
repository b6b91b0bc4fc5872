package org.dossier.analysis;

/** What kind of thing an entity is. Unnamed individuals are PERSON with no name. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  /** Countries, provinces, cities, regions. */
  LOCATION,
  /** Buildings, prisons, airports. */
  FACILITY,
  /** Unnamed sets of people: "three senior leaders", "the American Pakistani group". */
  GROUP,
  NATIONALITY,
  /** Named events: "Islamabad Long March". */
  EVENT_NAME,
  MISC
}
