package org.dossier.app;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * A one-line progress report on standard error for long runs: articles done and the rate, and
 * when the number of articles is known, the share done and the time left; redrawn at most twice
 * a second. Silent when standard error is not a terminal (piped into a
 * log, it would only add noise), and for a single article.
 */
final class Progress {

  private static final long REDRAW_NANOS = 500_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastDraw = start;
  private final OptionalLong total;
  private boolean drawn;

  Progress(PrintWriter err, boolean enabled) {
    this(err, enabled, OptionalLong.empty());
  }

  /** @param total how many articles the run will see, when known beforehand */
  Progress(PrintWriter err, boolean enabled, OptionalLong total) {
    this.err = err;
    this.enabled = enabled;
    this.total = total;
  }

  /** Seconds since the run started. */
  double seconds() {
    return (System.nanoTime() - start) / 1e9;
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
    double rate = done / seconds;
    if (total.isPresent() && total.getAsLong() >= done && rate > 0) {
      long all = total.getAsLong();
      int width = 30;
      int filled = (int) (width * done / Math.max(1, all));
      err.printf(Locale.ROOT, "\r\033[Kdossier: [%s%s] %d/%d articles, %.1f/s, %.0f s, about %s left",
          "#".repeat(filled), " ".repeat(width - filled), done, all, rate, seconds, duration((all - done) / rate));
    } else {
      err.printf(Locale.ROOT, "\r\033[Kdossier: %d articles, %.1f/s, %.0f s", done, rate, seconds);
    }
    err.flush();
    drawn = true;
  }

  private static String duration(double seconds) {
    long s = Math.round(seconds);
    return s < 60 ? s + " s" : s < 3600 ? (s / 60) + " min " + (s % 60) + " s" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
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
