package org.dossier.ingest;

import java.util.Locale;

/** Sizes for people: {@code 52.4 MB}, {@code 812 bytes} (decimal units, as {@code --max-size} counts bytes). */
final class ByteSize {

  private ByteSize() {}

  static String of(long bytes) {
    if (bytes < 1000) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    if (bytes < 1_000_000) {
      return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
    }
    if (bytes < 1_000_000_000) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
    return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
  }

  /** The TOO_LARGE message: the size (when known), the limit, and the option that raises it. */
  static String tooLarge(java.util.OptionalLong size, long limit) {
    String is = size.isPresent() ? "is " + of(size.getAsLong()) + ", over" : "is over";
    String exact = limit < 1000 ? "" : " (" + limit + " bytes)";
    return is + " the limit of " + of(limit) + exact + ": raise it with --max-size BYTES"
        + " if this really is one article";
  }
}
