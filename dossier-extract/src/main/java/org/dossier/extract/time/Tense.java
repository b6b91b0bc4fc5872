package org.dossier.extract.time;

/** The time a clause speaks of, relative to the article's date: what picks which November. */
enum Tense {
  PAST,
  /** The present perfect ("have been ... for two decades"): past events reaching up to now. */
  PERFECT,
  PRESENT,
  FUTURE,
  UNKNOWN
}
