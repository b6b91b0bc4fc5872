package org.dossier.app;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress report on standard error for long runs: articles done and the rate,
 * redrawn at most twice a second. Silent when standard error is not a terminal (piped into a
 * log, it would only add noise), and for a single article.
 */
final class Progress {

  private static final long REDRAW_NANOS = 500_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastDraw = start;
  private boolean drawn;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /**
   * Whether standard error is a terminal a person watches. Java cannot ask the OS about one
   * stream, so the {@code ./dossier} launcher tells it ({@code -Ddossier.progress=true} when
   * {@code [ -t 2 ]}); without the launcher, a console on both ends counts.
   */
  static boolean terminal() {
    String told = System.getProperty("dossier.progress");
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    return System.console() != null && !"dumb".equals(System.getenv("TERM"));
  }

  void update(int done) {
    long now = System.nanoTime();
    if (!enabled || now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    double seconds = (now - start) / 1e9;
    err.printf(Locale.ROOT, "\r\033[Kdossier: %d articles, %.1f/s, %.0f s", done, done / seconds, seconds);
    err.flush();
    drawn = true;
  }

  /** Clears the progress line so that a message can take its place. */
  void clear() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
  }
}
