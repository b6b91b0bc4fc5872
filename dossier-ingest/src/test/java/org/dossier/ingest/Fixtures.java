package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The language fixtures in {@code src/test/resources/languages} (see the README there). */
final class Fixtures {

  private Fixtures() {}

  static String language(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/languages/" + name + ".txt")) {
      if (in == null) {
        throw new IllegalArgumentException("no language fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
