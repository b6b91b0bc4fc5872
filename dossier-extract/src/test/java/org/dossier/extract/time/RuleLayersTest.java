package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The classes of the time package call each other one way, in the order the package's
 * description gives: read from the sources, a class uses another when it names it outside
 * comments and strings (a static import names it too).
 */
class RuleLayersTest {

  /** The order of package-info.java: a class may use only the classes of the layers before its own. */
  private static final List<List<String>> LAYERS = List.of(
      List.of("Lexicon"),
      List.of("Numerals", "Modifiers"),
      List.of("Choose"),
      List.of("Resolve"),
      List.of("DateRules"),
      List.of("WeekdayRules", "PeriodRules", "HolidayRules"),
      List.of("ClockRules"),
      List.of("DurationRules"),
      List.of("DeicticRules", "AnaphoraRules"),
      List.of("Grammar"),
      List.of("TimeTagger"));

  @Test
  void no_class_of_the_package_reaches_itself_through_the_classes_it_uses() throws IOException {
    Map<String, Set<String>> uses = uses();
    for (String start : uses.keySet()) {
      assertThat(reachable(uses, start)).as("classes reached from " + start).doesNotContain(start);
    }
  }

  @Test
  void each_layer_uses_only_the_layers_before_it() throws IOException {
    Map<String, Set<String>> uses = uses();
    Map<String, Integer> layer = new TreeMap<>();
    for (int k = 0; k < LAYERS.size(); k++) {
      for (String name : LAYERS.get(k)) {
        layer.put(name, k);
      }
    }
    assertThat(uses.keySet()).containsAll(layer.keySet());
    for (String name : layer.keySet()) {
      Set<String> later = new TreeSet<>();
      for (String used : uses.get(name)) {
        if (layer.containsKey(used) && layer.get(used) >= layer.get(name)) {
          later.add(used);
        }
      }
      assertThat(later).as(name + " uses classes of its own layer or a later one").isEmpty();
    }
  }

  @Test
  void the_reading_of_the_sources_sees_what_a_class_uses() throws IOException {
    Map<String, Set<String>> uses = uses();
    assertThat(uses.get("Grammar")).contains("DateRules", "DeicticRules", "Modifiers");
    assertThat(uses.get("ClockRules")).contains("DateRules", "Numerals").doesNotContain("Grammar");
    assertThat(uses.get("Lexicon")).doesNotContain("Grammar");
  }

  /** Each class of the package and the other classes of the package it names. */
  private static Map<String, Set<String>> uses() throws IOException {
    Path dir = sources();
    Map<String, String> code = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        if (name.endsWith(".java") && !name.equals("package-info.java")) {
          code.put(name.substring(0, name.length() - 5), withoutCommentsAndStrings(Files.readString(f)));
        }
      }
    }
    Pattern identifier = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    Map<String, Set<String>> uses = new TreeMap<>();
    for (Map.Entry<String, String> e : code.entrySet()) {
      Set<String> named = new TreeSet<>();
      Matcher m = identifier.matcher(e.getValue());
      while (m.find()) {
        if (code.containsKey(m.group()) && !m.group().equals(e.getKey())) {
          named.add(m.group());
        }
      }
      uses.put(e.getKey(), named);
    }
    return uses;
  }

  private static Set<String> reachable(Map<String, Set<String>> uses, String start) {
    Set<String> seen = new HashSet<>();
    List<String> todo = new ArrayList<>(uses.get(start));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (seen.add(next)) {
        todo.addAll(uses.getOrDefault(next, Set.of()));
      }
    }
    return seen;
  }

  private static Path sources() {
    Path inModule = Path.of("src/main/java/org/dossier/extract/time");
    return Files.isDirectory(inModule) ? inModule : Path.of("dossier-extract").resolve(inModule);
  }

  /** The source with its comments, string literals and character literals blanked out. */
  static String withoutCommentsAndStrings(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
        while (i < s.length() && s.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
        int end = s.indexOf("*/", i + 2);
        i = end < 0 ? s.length() : end + 2;
        out.append(' ');
      } else if (c == '"' || c == '\'') {
        i++;
        while (i < s.length() && s.charAt(i) != c) {
          i += s.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
        out.append(' ');
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
