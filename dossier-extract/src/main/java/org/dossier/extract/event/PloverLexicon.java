package org.dossier.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.analysis.Event;

/**
 * Which words trigger which PLOVER event type: verbs, nouns ("talks", "mobilization"), verb
 * phrases ("take to the streets"), and the light verbs that only carry a noun ("held talks").
 * Read once from {@code plover-lexicon.tsv}.
 */
final class PloverLexicon {

  private static final PloverLexicon INSTANCE = load();

  private final Map<String, Event.Type> verbs;
  private final Map<String, Event.Type> nouns;
  private final Map<String, Event.Type> phrases;
  private final Set<String> light;

  private PloverLexicon(
      Map<String, Event.Type> verbs, Map<String, Event.Type> nouns, Map<String, Event.Type> phrases, Set<String> light) {
    this.verbs = Map.copyOf(verbs);
    this.nouns = Map.copyOf(nouns);
    this.phrases = Map.copyOf(phrases);
    this.light = Set.copyOf(light);
  }

  static PloverLexicon get() {
    return INSTANCE;
  }

  Optional<Event.Type> verb(String lemma) {
    return Optional.ofNullable(verbs.get(lemma.toLowerCase(Locale.ROOT)));
  }

  Optional<Event.Type> noun(String lemma) {
    return Optional.ofNullable(nouns.get(lemma.toLowerCase(Locale.ROOT)));
  }

  /** A verb with the lemma of one of its dependents: "take" + "street". */
  Optional<Event.Type> phrase(String verbLemma, String dependentLemma) {
    return Optional.ofNullable(phrases.get(verbLemma.toLowerCase(Locale.ROOT) + " " + dependentLemma.toLowerCase(Locale.ROOT)));
  }

  boolean isLight(String lemma) {
    return light.contains(lemma.toLowerCase(Locale.ROOT));
  }

  private static PloverLexicon load() {
    Map<String, Event.Type> verbs = new HashMap<>();
    Map<String, Event.Type> nouns = new HashMap<>();
    Map<String, Event.Type> phrases = new HashMap<>();
    Set<String> light = new HashSet<>();
    try (InputStream in = PloverLexicon.class.getResourceAsStream("plover-lexicon.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource plover-lexicon.tsv");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        boolean twice = switch (f[0]) {
          case "verb" -> verbs.put(f[1], Event.Type.valueOf(f[2])) != null;
          case "noun" -> nouns.put(f[1], Event.Type.valueOf(f[2])) != null;
          case "phrase" -> phrases.put(f[1] + " " + f[2], Event.Type.valueOf(f[3])) != null;
          case "light" -> !light.add(f[1]);
          default -> throw new IllegalStateException("bad lexicon line: " + line);
        };
        if (twice) {
          throw new IllegalStateException("plover-lexicon.tsv lists this trigger twice: " + line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PloverLexicon(verbs, nouns, phrases, light);
  }
}
