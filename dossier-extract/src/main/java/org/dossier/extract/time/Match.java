package org.dossier.extract.time;

import java.util.Objects;

/**
 * A time expression found in a sentence: words {@code from} (inclusive) to {@code to}
 * (exclusive) and what they mean.
 *
 * @param yearKnown whether the words name the year themselves (a range lends it to its other end)
 */
record Match(int from, int to, Reading reading, boolean yearKnown, int year) {

  Match {
    if (from < 0 || to <= from) {
      throw new IllegalArgumentException("bad match " + from + ".." + to);
    }
    Objects.requireNonNull(reading, "reading");
  }

  Match(int from, int to, Reading reading) {
    this(from, to, reading, false, 0);
  }

  int length() {
    return to - from;
  }
}
