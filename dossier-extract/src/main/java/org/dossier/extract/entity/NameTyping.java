package org.dossier.extract.entity;

import static org.dossier.extract.entity.Reading.lemma;
import static org.dossier.extract.entity.Reading.lower;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.analysis.EntityType;
import org.dossier.annotation.Dependency;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.dossier.extract.lexicon.EnglishLexicon;
import org.dossier.extract.place.Gazetteer;

/**
 * Document-level types of names: the gazetteer, surnames tagged as places, one type per name, names
 * left untagged.
 */
final class NameTyping {

  private static final Set<String> LOCATIVE =
      Set.of("in", "from", "to", "at", "across", "throughout", "near", "into", "within", "inside", "outside");

  /** Verbs whose subject is a person. */
  private static final Set<String> PERSON_VERBS = EnglishLexicon.get().personVerbs();
  /** Verbs whose passive subject is a person: "was born", "was elected". */
  private static final Set<String> PERSON_PASSIVES = EnglishLexicon.get().personPassives();

  private final Reading r;

  NameTyping(Reading r) {
    this.r = r;
  }

  /** Gazetteer types, people's surnames tagged as places, and one type per name per article. */
  void retypeNames() {
    List<List<String>> personNames = new ArrayList<>();
    for (Mention m : r.names) {
      if (m.type() == EntityType.PERSON && m.last() > m.first()) {
        personNames.add(r.words(m));
      }
    }
    for (int k = 0; k < r.names.size(); k++) {
      Mention m = r.names.get(k);
      String t = r.text(m);
      Optional<Gazetteer.Entry> place = Optional.empty();
      if (m.type() == EntityType.LOCATION || m.type() == EntityType.ORGANIZATION || m.type() == EntityType.MISC) {
        place = r.gazetteer.resolve(t, r.contextCountries);
      }
      boolean region = place.isPresent() && place.get().kind() != Gazetteer.Kind.CITY;
      if ((m.type() == EntityType.LOCATION || m.type() == EntityType.MISC) && !region
          && isPartOfPersonName(r.words(m), personNames)) {
        r.names.set(k, m.withType(EntityType.PERSON));
        continue;
      }
      if (region && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.MISC) && afterLocativePreposition(m)) {
        m = m.withType(EntityType.LOCATION);
        r.names.set(k, m);
      }
      if (m.type() == EntityType.LOCATION && place.isPresent()) {
        r.places.put(m, place.get());
        r.subtypes.put(m, place.get().kind().subtype());
        r.contextCountries.add(place.get().country());
      }
    }
    // a name no gazetteer knows that is born, marries, dies or is elected is a person ("Penn was
    // elected", "Rocky travels"), whatever the tagger said, and so is every other mention of it
    Set<String> people = new HashSet<>();
    for (Mention m : r.names) {
      if ((m.type() == EntityType.LOCATION || m.type() == EntityType.ORGANIZATION || m.type() == EntityType.MISC)
          && !r.places.containsKey(m) && r.gazetteer.resolve(r.text(m), r.contextCountries).isEmpty()
          && subjectOfPersonVerb(m)) {
        people.add(r.text(m));
      }
    }
    for (int k = 0; k < r.names.size(); k++) {
      Mention m = r.names.get(k);
      if (m.type() != EntityType.PERSON && people.contains(r.text(m))) {
        Mention retyped = m.withType(EntityType.PERSON);
        moveKeys(m, retyped);
        r.places.remove(retyped);
        r.subtypes.remove(retyped);
        r.names.set(k, retyped);
      }
    }
    // one type per name: a clear majority of its mentions (twice as many), never a place made a
    // team or a team a place ("Chicago" in a sports table is both)
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    for (Mention m : r.names) {
      votes.computeIfAbsent(r.text(m), x -> new LinkedHashMap<>()).merge(m.type(), 1, Integer::sum);
    }
    for (int k = 0; k < r.names.size(); k++) {
      Mention m = r.names.get(k);
      Map<EntityType, Integer> v = votes.get(r.text(m));
      EntityType best = m.type();
      for (Map.Entry<EntityType, Integer> e : v.entrySet()) {
        if (e.getValue() >= 2 * v.get(m.type()) && e.getValue() > v.get(best)) {
          best = e.getKey();
        }
      }
      boolean metonymy = (best == EntityType.LOCATION && m.type() == EntityType.ORGANIZATION)
          || (best == EntityType.ORGANIZATION && m.type() == EntityType.LOCATION);
      if (metonymy) {
        best = m.type();
      }
      if (best != m.type() && m.type() != EntityType.FACILITY) {
        Mention retyped = m.withType(best);
        moveKeys(m, retyped);
        r.names.set(k, retyped);
      }
    }
  }

  /** Whether a name is the subject of a verb only people are the subject of. */
  private boolean subjectOfPersonVerb(Mention m) {
    Sentence s = r.sentences.get(m.sentence());
    Optional<Dependency> h = s.headOf(m.head());
    if (h.isEmpty() || h.get().governor() < 0 || !h.get().relation().startsWith("nsubj")) {
      return false;
    }
    String verb = lemma(s.token(h.get().governor()));
    boolean passive = h.get().relation().equals("nsubj:pass");
    return PERSON_VERBS.contains(verb) || (passive && PERSON_PASSIVES.contains(verb));
  }

  /** "from Khyber Pakhtunkhwa", "in Islamabad": a place, whatever the tagger said. */
  private boolean afterLocativePreposition(Mention m) {
    if (m.first() == 0) {
      return false;
    }
    String w = lower(r.sentences.get(m.sentence()).token(m.first() - 1));
    return LOCATIVE.contains(w);
  }

  /**
   * Document-level consistency: a word sequence the tagger named somewhere in the article is a
   * name wherever else it is written with capitals and left untagged, and so is the surname of a
   * person named in full ("Jobs", which the tagger reads as a noun).
   */
  void propagateNames() {
    Map<List<String>, EntityType> known = new HashMap<>();
    for (Mention m : r.names) {
      if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION || m.type() == EntityType.LOCATION) {
        List<String> w = r.words(m);
        known.putIfAbsent(w, m.type());
        if (m.type() == EntityType.PERSON && w.size() > 1) {
          known.putIfAbsent(List.of(w.get(w.size() - 1)), EntityType.PERSON);
        }
      }
    }
    // the tokens of the names found so far, looked up rather than scanned for (the names do not
    // change until the loop ends): a long article has tens of thousands of each
    Set<Long> named = new HashSet<>();
    for (Mention m : r.names) {
      for (int k = m.first(); k <= m.last(); k++) {
        named.add(Reading.key(m.sentence(), k));
      }
    }
    List<Mention> added = new ArrayList<>();
    for (Sentence s : r.sentences) {
      for (int i = 0; i < s.size(); i++) {
        if (s.token(i).isEntity() || !s.token(i).isCapitalized() || named.contains(Reading.key(s.index(), i))) {
          continue;
        }
        for (int len = 4; len >= 1; len--) {
          if (i + len > s.size()) {
            continue;
          }
          List<String> w = new ArrayList<>();
          boolean ok = true;
          for (int k = i; k < i + len; k++) {
            Token t = s.token(k);
            ok &= !t.isEntity() && t.isCapitalized() && !named.contains(Reading.key(s.index(), k));
            w.add(t.word());
          }
          EntityType type = ok ? known.get(w) : null;
          boolean sentenceStartNoun = i == 0 && len == 1 && !s.token(i).isProperNoun();
          if (type != null && !sentenceStartNoun && !(len == 1 && w.get(0).length() < 3)) {
            added.add(new Mention(s.span(i, i + len - 1), s.index(), i, i + len - 1, i + len - 1, Mention.Kind.NAME, type));
            i += len - 1;
            break;
          }
        }
      }
    }
    r.names.addAll(added);
    r.names.sort(Comparator.comparing(Mention::span));
  }

  private void moveKeys(Mention from, Mention to) {
    if (r.honorifics.containsKey(from)) {
      r.honorifics.put(to, r.honorifics.remove(from));
    }
    if (r.subtypes.containsKey(from)) {
      r.subtypes.put(to, r.subtypes.remove(from));
    }
    if (r.places.containsKey(from)) {
      r.places.put(to, r.places.remove(from));
    }
  }

  private static boolean isPartOfPersonName(List<String> w, List<List<String>> personNames) {
    for (List<String> p : personNames) {
      if (p.size() > w.size() && Collections.indexOfSubList(p, w) >= 0) {
        return true;
      }
    }
    return false;
  }
}
