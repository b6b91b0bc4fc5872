package org.dossier.extract.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a time expression is resolved against: the article's date (DCT), the tense of the verb
 * that governs it, the time the narrative last placed itself at, and, in a range such as "from
 * May to July 2024", the year its other end gives.
 */
record Context(Optional<LocalDate> dct, Tense tense, Optional<Stretch> discourse, OptionalInt yearHint) {

  Context {
    Objects.requireNonNull(dct, "dct");
    Objects.requireNonNull(tense, "tense");
    Objects.requireNonNull(discourse, "discourse");
    Objects.requireNonNull(yearHint, "yearHint");
  }

  Context withTense(Tense t) {
    return new Context(dct, t, discourse, yearHint);
  }
}
