package org.dossier.app;

import java.time.Duration;
import java.util.Optional;

/**
 * The budget of one article, shared by the commands that read articles in bulk. The time
 * budget stops a pathological article; the size limit is what that budget serves: an article of
 * ordinary news text at the size limit is analysed in well under the time budget on a 2-core
 * machine (README, "Long articles", measured with {@code dossier bench --long}).
 */
final class Limits {

  /** Seconds one article may take, by default. */
  static final String TIMEOUT = "300";

  /** The largest article accepted by default, in bytes. */
  static final String MAX_SIZE = "2000000";

  private Limits() {}

  /** The time budget of {@code --timeout SECONDS}; 0 is no limit. */
  static Optional<Duration> budget(long seconds) {
    return seconds == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
  }
}
