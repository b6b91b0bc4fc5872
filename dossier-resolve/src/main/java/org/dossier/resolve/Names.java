package org.dossier.resolve;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The form names are compared in across articles: "The Apple Computer, Inc." and "apple computer"
 * are one name. Lower case, no diacritics, punctuation as spaces; a leading "the", a leading
 * courtesy title (Mr, Dr, ...) and trailing corporate suffixes (Inc, Corp, Ltd, Company, Group, Holdings, ...) dropped.
 */
public final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHE_S = Pattern.compile("['\u2019]s\\b");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Legal-form words that end company names and say nothing about which company it is. */
  private static final Set<String> CORPORATE = Set.of("inc", "incorporated", "corp", "corporation", "co", "ltd",
      "limited", "llc", "plc", "gmbh", "ag", "sa", "nv", "bv", "lp", "llp", "pty", "spa", "company", "group", "holdings");

  /** Courtesy titles that may open a person's name ("Mr Khan"); offices ("President") are not stripped. */
  private static final Set<String> COURTESY = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame");

  private Names() {}

  /** The comparable form of {@code name}; empty when nothing but punctuation and suffixes is left. */
  public static String normalise(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT).replace("&", " and ");
    s = APOSTROPHE_S.matcher(s).replaceAll("");
    // "U.S." and "U.S" are the same letters as "US": dots between single letters go away first
    s = s.replaceAll("\\b(\\p{L})\\.(?=\\p{L}\\b)", "$1").replaceAll("\\b(\\p{L})\\.(?=\\p{L}\\b)", "$1");
    List<String> words = List.of(NOT_WORD.matcher(s).replaceAll(" ").strip().split(" "));
    int from = 0;
    int to = words.size();
    if (to - from > 1 && words.get(from).equals("the")) {
      from++;
    }
    if (to - from > 1 && COURTESY.contains(words.get(from))) {
      from++;
    }
    while (to - from > 1 && CORPORATE.contains(words.get(to - 1))) {
      to--;
    }
    return String.join(" ", words.subList(from, to)).strip();
  }

  /** The words of a normalised name. */
  static String[] words(String normalised) {
    return normalised.isEmpty() ? new String[0] : normalised.split(" ");
  }

  /** The last word of a normalised name ("khan" of "imran khan"). */
  static String lastWord(String normalised) {
    int space = normalised.lastIndexOf(' ');
    return space < 0 ? normalised : normalised.substring(space + 1);
  }
}
