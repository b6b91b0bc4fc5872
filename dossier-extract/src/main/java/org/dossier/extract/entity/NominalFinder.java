package org.dossier.extract.entity;

import static org.dossier.extract.entity.Reading.lower;
import static org.dossier.extract.entity.Reading.lemma;
import static org.dossier.extract.entity.Reading.key;
import static org.dossier.extract.entity.Reading.leftmost;
import static org.dossier.extract.entity.Reading.caseOf;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.analysis.EntityType;
import org.dossier.annotation.Dependency;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.dossier.extract.place.Gazetteer;

/**
 * Finds the nominals ("a key individual", "the government") and the pronouns that refer to people
 * and organisations.
 */
final class NominalFinder {

  /** Relations of a clause an expletive "it" stands in for: "it is expected that ...". */
  private static final Set<String> CLAUSAL = Set.of("ccomp", "xcomp", "csubj");
  /** Dependents before a nominal's head that belong to its span. */
  private static final Set<String> PREMODIFYING = Set.of("det", "amod", "compound", "nummod", "advmod", "nmod:poss");

  static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
  private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "themselves");
  private static final Set<String> NEUTER = Set.of("its", "it");
  static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one", "some");
  private static final Set<String> QUANTIFIERS = Set.of("some", "many", "several", "both", "all", "most", "few", "other");

  private final Reading r;

  NominalFinder(Reading r) {
    this.r = r;
  }

  void findNominalsAndPronouns(Sentence s) {
    for (int k = 0; k < s.size(); k++) {
      Token t = s.token(k);
      if (t.pos().equals("PRP") || t.pos().equals("PRP$")) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (MALE.contains(w) || FEMALE.contains(w)) {
          r.pronouns.add(new Mention(t.span(), s.index(), k, k, k, Mention.Kind.PRONOUN, EntityType.PERSON));
        } else if (PLURAL.contains(w)) {
          r.pronouns.add(new Mention(t.span(), s.index(), k, k, k, Mention.Kind.PRONOUN, EntityType.GROUP));
        } else if (NEUTER.contains(w) && !expletive(s, k)) {
          r.pronouns.add(new Mention(t.span(), s.index(), k, k, k, Mention.Kind.PRONOUN, EntityType.ORGANIZATION));
        }
        continue;
      }
      // every name's tokens are covered by now (ArticleReading covers them first): one look-up, not a scan of the names
      if (r.covered.contains(key(s.index(), k))) {
        continue;
      }
      nominal(s, k);
    }
  }

  private boolean quantified(Sentence s, int k) {
    return s.dependentsOf(k).stream().anyMatch(d -> QUANTIFIERS.contains(lower(s.token(d.dependent()))));
  }

  /** "it is expected that", "it rained": an "it" that refers to nothing. */
  private static boolean expletive(Sentence s, int k) {
    Optional<Dependency> h = s.headOf(k);
    if (h.isEmpty() || h.get().governor() < 0 || h.get().relation().equals("expl")) {
      return true;
    }
    if (!h.get().relation().startsWith("nsubj")) {
      return false;
    }
    for (Dependency d : s.dependentsOf(h.get().governor())) {
      if (CLAUSAL.contains(d.relation())) {
        return true;
      }
    }
    Token gov = s.token(h.get().governor());
    return gov.lemma().equals("rain") || gov.lemma().equals("snow") || gov.pos().startsWith("JJ");
  }

  private void nominal(Sentence s, int k) {
    Token t = s.token(k);
    boolean demonym = t.isCapitalized() && r.lex.demonymOf(t.word()).isPresent()
        && (t.isNoun() || t.pos().startsWith("JJ"));
    if (!t.isNoun() && !demonym) {
      return;
    }
    Optional<Dependency> head = s.headOf(k);
    String rel = head.map(Dependency::relation).orElse("root");
    if (rel.equals("compound") || rel.equals("amod") && !demonym || rel.equals("fixed")) {
      return;
    }
    if (demonym && rel.equals("amod")) {
      return;
    }
    String det = null;
    boolean counted = false;
    boolean modified = false;
    boolean predicate = false;
    for (Dependency d : s.dependentsOf(k)) {
      String w = lower(s.token(d.dependent()));
      switch (d.relation()) {
        case "det" -> det = w;
        case "nummod" -> counted = true;
        case "amod", "compound" -> modified = true;
        case "cop" -> predicate = true;
        default -> { }
      }
    }
    if (predicate || (rel.equals("conj") && head.get().governor() >= 0
        && s.dependentsOf(head.get().governor()).stream().anyMatch(d -> d.relation().equals("cop")))) {
      return; // "have been close associates and donors": what the subject is, not someone new
    }
    if (det != null && (det.equals("no") || det.equals("every") || det.equals("each") || det.equals("any"))) {
      return;
    }
    boolean determined = det != null && (DEFINITE.contains(det) || INDEFINITE.contains(det));
    String lemma = lemma(t);
    String word = lower(t);
    boolean plural = t.pos().equals("NNS") || t.pos().equals("NNPS") || (demonym && word.endsWith("s"));
    EntityType type;
    String subtype = null;
    if (demonym) {
      if (plural) {
        type = EntityType.GROUP;
      } else if (determined) {
        type = EntityType.PERSON;
      } else {
        return;
      }
    } else if (r.lex.isGroupNoun(lemma) && !plural && (determined || counted)) {
      type = EntityType.GROUP;
    } else if (plural && r.lex.isPeopleNoun(word)) {
      type = EntityType.GROUP;
    } else if (plural && r.lex.isOrganizationNoun(lemma) && (determined || counted || quantified(s, k))) {
      type = EntityType.ORGANIZATION;
    } else if (!plural && (r.lex.isPersonNoun(lemma) || r.lex.isRole(lemma)) && determined) {
      type = EntityType.PERSON;
    } else if (!plural && r.lex.isOutletNoun(lemma) && determined) {
      type = EntityType.ORGANIZATION;
      subtype = "news outlet";
    } else if (r.lex.isOrganizationNoun(lemma) && determined && !plural && !lemma.equals("team")) {
      type = EntityType.ORGANIZATION;
    } else {
      return;
    }
    int first = k;
    for (Dependency d : s.dependentsOf(k)) {
      if (d.dependent() < k && PREMODIFYING.contains(d.relation())) {
        first = Math.min(first, leftmost(s, d.dependent()));
      }
    }
    int last = k;
    String origin = null;
    Set<String> demonyms = new LinkedHashSet<>();
    for (Dependency d : s.dependentsOf(k)) {
      int x = d.dependent();
      if (x <= k || !d.baseRelation().equals("nmod")) {
        continue;
      }
      String prep = caseOf(s, x);
      if (prep.equals("of") && type == EntityType.GROUP && !plural) {
        last = Math.max(last, x);
        for (int y = leftmost(s, x); y <= x; y++) {
          demonymPlace(s.token(y)).ifPresent(demonyms::add);
        }
      } else if (prep.equals("from")) {
        Optional<Mention> place = r.nameCovering(s.index(), x);
        if (place.isPresent() && place.get().last() == x
            && (place.get().type() == EntityType.LOCATION || place.get().type() == EntityType.ORGANIZATION)) {
          last = Math.max(last, x);
          Gazetteer.Entry e = r.places.get(place.get());
          origin = e != null ? e.name() : r.text(place.get());
        }
      }
    }
    for (int y = first; y <= k; y++) {
      Token w = s.token(y);
      if (w.isCapitalized()) {
        demonymPlace(w).ifPresent(demonyms::add);
      }
    }
    Mention m = new Mention(s.span(first, last), s.index(), first, last, k, Mention.Kind.NOMINAL, type);
    r.nominals.add(m);
    for (int y = k + 1; y <= last; y++) {
      r.covered.add(key(s.index(), y));
    }
    if (subtype != null) {
      r.subtypes.put(m, subtype);
    }
    if (!demonyms.isEmpty()) {
      r.groupKeys.put(m, String.join("+", demonyms));
    }
    if (origin != null) {
      r.origins.put(m, origin);
    }
  }

  /** The place a demonym is of, by its gazetteer name: "American" -> "United States". */
  private Optional<String> demonymPlace(Token t) {
    return r.lex.demonymOf(t.word())
        .map(p -> r.gazetteer.resolve(p, r.contextCountries).map(Gazetteer.Entry::name).orElse(p));
  }
}
