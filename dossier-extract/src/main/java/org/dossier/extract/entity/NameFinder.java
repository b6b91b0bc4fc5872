package org.dossier.extract.entity;

import static org.dossier.extract.entity.Reading.lower;

import java.util.Optional;
import org.dossier.analysis.EntityType;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.dossier.text.Span;

/**
 * Finds the names the tagger marked, kept apart from honorifics and role words, with units and
 * facilities.
 */
final class NameFinder {

  private final Reading r;

  NameFinder(Reading r) {
    this.r = r;
  }

  void findNames(Sentence s) {
    int n = s.size();
    int i = 0;
    while (i < n) {
      Token t = s.token(i);
      if (!t.isEntity()) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < n && s.token(j + 1).ner().equals(t.ner()) && !isHonorific(s.token(j + 1))) {
        j++;
      }
      addName(s, i, j, t.ner());
      i = j + 1;
    }
  }

  private boolean isHonorific(Token t) {
    return r.lex.isHonorific(t.word()) && t.isCapitalized();
  }

  private void addName(Sentence s, int first, int last, String tag) {
    int i = first;
    int j = last;
    Span honorific = null;
    while (i <= j && tag.equals("PERSON") && (isHonorific(s.token(i)) || r.lex.isRole(lower(s.token(i))))) {
      if (isHonorific(s.token(i))) {
        honorific = s.token(i).span();
      }
      i++;
    }
    // "Dr." left outside the name by the tagger
    if (honorific == null && i > 0 && isHonorific(s.token(i - 1)) && tag.equals("PERSON")) {
      honorific = s.token(i - 1).span();
    }
    if (i > j) {
      return;
    }
    boolean allDemonyms = true;
    for (int k = i; k <= j; k++) {
      allDemonyms &= r.lex.demonymOf(s.token(k).word()).isPresent();
    }
    if (allDemonyms) {
      return; // a nationality, read as part of a nominal ("a US-based Pakistani")
    }
    EntityType type = switch (tag) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> EntityType.LOCATION;
      default -> EntityType.MISC;
    };
    String subtype = null;
    // "PTI America chapter": an organisation's unit
    if ((type == EntityType.ORGANIZATION || type == EntityType.LOCATION) && j + 1 < s.size()
        && r.lex.isUnitNoun(s.token(j + 1).lemma()) && s.token(j + 1).isNoun() && !s.token(j + 1).isEntity()) {
      j++;
      type = EntityType.ORGANIZATION;
    }
    // "Adiala Jail" with "Jail" left untagged
    if (type != EntityType.PERSON && j + 1 < s.size() && !s.token(j + 1).isEntity()
        && s.token(j + 1).isCapitalized() && s.token(j + 1).isProperNoun()
        && r.lex.facility(s.token(j + 1).lemma()).isPresent()) {
      j++;
    }
    if (type != EntityType.PERSON && j > i) {
      Optional<String> facility = r.lex.facility(s.token(j).lemma());
      if (facility.isPresent()) {
        type = EntityType.FACILITY;
        subtype = facility.get();
      }
    }
    Mention m = new Mention(s.span(i, j), s.index(), i, j, j, Mention.Kind.NAME, type);
    r.names.add(m);
    if (subtype != null) {
      r.subtypes.put(m, subtype);
    }
    if (honorific != null) {
      r.honorifics.put(m, honorific);
    }
  }
}
