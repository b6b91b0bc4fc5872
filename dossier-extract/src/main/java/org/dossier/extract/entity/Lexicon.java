package org.dossier.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The small closed word lists the entity layer reads English with: role nouns, qualifiers,
 * honorifics, nouns for unnamed people, groups, organisations and outlets, facility heads,
 * demonyms and the usual gender of first names. Loaded once from resources; immutable.
 */
final class Lexicon {

  enum Gender { MALE, FEMALE, UNKNOWN }

  private static final Pattern ROLE_PARTS = Pattern.compile("[- ]");
  private static final Lexicon INSTANCE = load();

  private final Map<String, Set<String>> sections;
  private final Map<String, String> facilities;
  /** demonym (singular or plural, lower case) to the place it is of ("pakistanis" -> "Pakistan"). */
  private final Map<String, String> demonyms;
  private final Map<String, Gender> firstNames;

  private Lexicon(Map<String, Set<String>> sections, Map<String, String> facilities,
      Map<String, String> demonyms, Map<String, Gender> firstNames) {
    this.sections = sections;
    this.facilities = facilities;
    this.demonyms = demonyms;
    this.firstNames = firstNames;
  }

  static Lexicon english() {
    return INSTANCE;
  }

  boolean isRole(String lemma) {
    return in("role", lemma);
  }

  boolean isLeaderRole(String role) {
    return roleIn("leader", role);
  }

  boolean isFounderRole(String role) {
    return roleIn("founder", role);
  }

  /** The role, or one of the words of a compound role ("founder-chairman", "party leader"), is listed. */
  private boolean roleIn(String section, String role) {
    return in(section, role) || ROLE_PARTS.splitAsStream(role).anyMatch(part -> in(section, part));
  }

  boolean isQualifier(String word) {
    return in("qualifier", word);
  }

  boolean isHonorific(String word) {
    return in("honorific", word);
  }

  boolean isPersonNoun(String lemma) {
    return in("person", lemma);
  }

  boolean isPeopleNoun(String word) {
    return in("people", word);
  }

  boolean isGroupNoun(String lemma) {
    return in("group", lemma);
  }

  boolean isOrganizationNoun(String lemma) {
    return in("organization", lemma);
  }

  boolean isOutletNoun(String lemma) {
    return in("outlet", lemma);
  }

  boolean isUnitNoun(String lemma) {
    return in("unit", lemma);
  }

  /** The facility subtype a name's last word gives ("jail" -> "prison"). */
  Optional<String> facility(String lemma) {
    return Optional.ofNullable(facilities.get(lemma.toLowerCase(Locale.ROOT)));
  }

  /** The place a demonym is of: "Pakistani" and "Pakistanis" -> "Pakistan". */
  Optional<String> demonymOf(String word) {
    return Optional.ofNullable(demonyms.get(word.toLowerCase(Locale.ROOT)));
  }

  Gender genderOf(String firstName) {
    return firstNames.getOrDefault(firstName.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
  }

  /** The gender a noun or title says ("queen", "businessman", "Mrs."), if any. */
  Gender genderOfNoun(String word) {
    return in("male", word) ? Gender.MALE : in("female", word) ? Gender.FEMALE : Gender.UNKNOWN;
  }

  private boolean in(String section, String word) {
    return sections.getOrDefault(section, Set.of()).contains(word.toLowerCase(Locale.ROOT));
  }

  private static Lexicon load() {
    Map<String, Set<String>> sections = new HashMap<>();
    Map<String, String> facilities = new HashMap<>();
    String section = null;
    for (String line : lines("lexicon.txt")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      if (l.startsWith("[") && l.endsWith("]")) {
        section = l.substring(1, l.length() - 1);
        continue;
      }
      if (section == null) {
        throw new IllegalStateException("lexicon entry outside a section: " + l);
      }
      if (section.equals("facility")) {
        String[] f = l.split("\t");
        facilities.put(f[0], f.length > 1 ? f[1] : "facility");
      } else {
        sections.computeIfAbsent(section, k -> new HashSet<>()).add(l);
      }
    }
    Map<String, String> demonyms = new HashMap<>();
    for (String line : lines("demonyms.tsv")) {
      String[] f = line.split("\t");
      for (int i = 1; i < f.length; i++) {
        if (!f[i].isBlank()) {
          demonyms.putIfAbsent(f[i].strip().toLowerCase(Locale.ROOT), f[0].strip());
        }
      }
    }
    Map<String, Gender> names = new HashMap<>();
    for (String line : lines("first-names.tsv")) {
      String[] f = line.split("\t");
      if (f.length == 2) {
        names.put(f[0], f[1].equals("M") ? Gender.MALE : Gender.FEMALE);
      }
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    sections.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return new Lexicon(Map.copyOf(frozen), Map.copyOf(facilities), Map.copyOf(demonyms), Map.copyOf(names));
  }

  static List<String> lines(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " next to " + Lexicon.class.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
