package org.dossier.extract.time;

/** The time a clause speaks of, relative to the article's date: what picks which November. */
enum Tense {
  PAST,
  /**
   * Past beyond doubt, said by the word before the expression: "the quarter ended Oct. 31". No
   * later reading overrides it, where a past clause can still speak of a date ahead ("shares held
   * on March 23", "payable Dec. 1").
   */
  COMPLETED,
  /** The present perfect ("have been ... for two decades"): past events reaching up to now. */
  PERFECT,
  PRESENT,
  FUTURE,
  /**
   * Ahead of a plan told in the past ("said it hoped to submit the plan by mid-February"): the
   * next one, unless one has just gone by.
   */
  INTENDED,
  UNKNOWN
}
