package org.dossier.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.extract.lexicon.EnglishLexicon;

/**
 * The words the entity layer reads English with: the word classes of the shared
 * {@link EnglishLexicon} (role nouns, qualifiers, honorifics, nouns for unnamed people, groups,
 * organisations and outlets, facility heads), demonyms and the usual gender of first names.
 * Loaded once from resources; immutable.
 */
final class Lexicon {

  enum Gender { MALE, FEMALE, UNKNOWN }

  private static final Pattern ROLE_PARTS = Pattern.compile("[- ]");
  private static final Lexicon INSTANCE = load();

  private final EnglishLexicon words;
  /** demonym (singular or plural, lower case) to the place it is of ("pakistanis" -> "Pakistan"). */
  private final Map<String, String> demonyms;
  private final Map<String, Gender> firstNames;

  private Lexicon(EnglishLexicon words, Map<String, String> demonyms, Map<String, Gender> firstNames) {
    this.words = words;
    this.demonyms = demonyms;
    this.firstNames = firstNames;
  }

  static Lexicon english() {
    return INSTANCE;
  }

  boolean isRole(String lemma) {
    return in(words.roles(), lemma);
  }

  boolean isLeaderRole(String role) {
    return roleIn(words.leaderRoles(), role);
  }

  boolean isFounderRole(String role) {
    return roleIn(words.founderRoles(), role);
  }

  /** The role, or one of the words of a compound role ("founder-chairman", "party leader"), is listed. */
  private static boolean roleIn(Set<String> section, String role) {
    return in(section, role) || ROLE_PARTS.splitAsStream(role).anyMatch(part -> in(section, part));
  }

  boolean isQualifier(String word) {
    return in(words.qualifiers(), word);
  }

  boolean isHonorific(String word) {
    return in(words.honorifics(), word);
  }

  boolean isPersonNoun(String lemma) {
    return in(words.personNouns(), lemma);
  }

  boolean isPeopleNoun(String word) {
    return in(words.peopleNouns(), word);
  }

  boolean isGroupNoun(String lemma) {
    return in(words.groupNouns(), lemma);
  }

  boolean isOrganizationNoun(String lemma) {
    return in(words.organizationNouns(), lemma);
  }

  boolean isOutletNoun(String lemma) {
    return in(words.outletNouns(), lemma);
  }

  boolean isUnitNoun(String lemma) {
    return in(words.unitNouns(), lemma);
  }

  /** The facility subtype a name's last word gives ("jail" -> "prison"). */
  Optional<String> facility(String lemma) {
    return Optional.ofNullable(words.facilities().get(lemma.toLowerCase(Locale.ROOT)));
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
    return in(words.maleNouns(), word) ? Gender.MALE : in(words.femaleNouns(), word) ? Gender.FEMALE : Gender.UNKNOWN;
  }

  private static boolean in(Set<String> section, String word) {
    return section.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Lexicon load() {
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
    return new Lexicon(EnglishLexicon.get(), Map.copyOf(demonyms), Map.copyOf(names));
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
