package org.dossier.extract.time;

/** The time a clause speaks of, relative to the article's date: what picks which November. */
enum Tense {
  PAST,
  /**
   * Past, said by the word the expression hangs on rather than by the clause: "the quarter ended
   * Oct. 31", "the injunction issued Thursday". No later reading overrides it.
   */
  COMPLETED,
  /** The present perfect ("have been ... for two decades"): past events reaching up to now. */
  PERFECT,
  PRESENT,
  FUTURE,
  UNKNOWN
}
