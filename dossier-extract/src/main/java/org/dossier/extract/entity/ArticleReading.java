package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.analysis.Descriptor;
import org.dossier.analysis.Entity;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.analysis.Relation;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Dependency;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.dossier.extract.place.Gazetteer;
import org.dossier.text.Span;

/**
 * One pass of the entity layer over one article: names, nominals and pronouns found, typed,
 * clustered, described and related. Holds the per-article state, so it lives for one call.
 */
final class ArticleReading {

  /** A relation found while reading, between clusters; turned into a {@link Relation} at the end. */
  private record Fact(Cluster subject, String predicate, Cluster object, Span evidence) {}

  /** A premodifier or appositive descriptor of a mention, before it is attached. */
  private record Described(Mention target, Descriptor descriptor, List<Mention> affiliations) {}

  private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
  private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "themselves");
  private static final Set<String> NEUTER = Set.of("its", "it");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one", "some");
  private static final Set<String> QUANTIFIERS = Set.of("some", "many", "several", "both", "all", "most", "few", "other");
  private static final Set<String> COMPANY_HEADS =
      Set.of("company", "firm", "corporation", "giant", "maker", "manufacturer", "retailer", "carrier",
          "airline", "operator", "startup", "conglomerate", "group", "bank", "party", "organization", "organisation");

  private final AnnotatedArticle text;
  private final Lexicon lex;
  private final Gazetteer gazetteer;
  private final List<Sentence> sentences;

  private final List<Mention> names = new ArrayList<>();
  private final Map<Mention, Span> honorifics = new HashMap<>();
  private final List<Mention> nominals = new ArrayList<>();
  private final List<Mention> pronouns = new ArrayList<>();
  private final Set<Long> covered = new java.util.HashSet<>();
  private final Map<Mention, String> groupKeys = new HashMap<>();
  private final Map<Mention, String> origins = new HashMap<>();
  private final Map<Mention, String> subtypes = new HashMap<>();
  private final Map<Mention, Gazetteer.Entry> places = new HashMap<>();
  private final List<Described> described = new ArrayList<>();

  private final List<Cluster> clusters = new ArrayList<>();
  private final Map<Mention, Cluster> clusterOf = new HashMap<>();
  private final List<Fact> facts = new ArrayList<>();
  private final Map<Mention, Map<Cluster, Double>> ranking = new HashMap<>();
  private final Set<String> contextCountries = new LinkedHashSet<>();

  ArticleReading(AnnotatedArticle text, Lexicon lex, Gazetteer gazetteer) {
    this.text = text;
    this.lex = lex;
    this.gazetteer = gazetteer;
    this.sentences = text.sentences();
  }

  EntityLayer read() {
    for (Sentence s : sentences) {
      findNames(s);
    }
    retypeNames();
    propagateNames();
    for (Mention m : names) {
      cover(m);
    }
    for (Mention m : names) {
      premodifiers(m);
    }
    for (Sentence s : sentences) {
      findNominalsAndPronouns(s);
    }
    cluster();
    mergeShortNames();
    mergeSamePredicate();
    placeFacilities();
    appositivesAndCopulas();
    attachDescribed();
    memberships();
    partsOf();
    locatedIn();
    heldIn();
    return build();
  }

  // ---------------------------------------------------------------- names

  private void findNames(Sentence s) {
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
    return lex.isHonorific(t.word()) && t.isCapitalized();
  }

  private void addName(Sentence s, int first, int last, String tag) {
    int i = first;
    int j = last;
    Span honorific = null;
    while (i <= j && tag.equals("PERSON") && (isHonorific(s.token(i)) || lex.isRole(lower(s.token(i))))) {
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
      allDemonyms &= lex.demonymOf(s.token(k).word()).isPresent();
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
        && lex.isUnitNoun(s.token(j + 1).lemma()) && s.token(j + 1).isNoun() && !s.token(j + 1).isEntity()) {
      j++;
      type = EntityType.ORGANIZATION;
    }
    // "Adiala Jail" with "Jail" left untagged
    if (type != EntityType.PERSON && j + 1 < s.size() && !s.token(j + 1).isEntity()
        && s.token(j + 1).isCapitalized() && s.token(j + 1).isProperNoun()
        && lex.facility(s.token(j + 1).lemma()).isPresent()) {
      j++;
    }
    if (type != EntityType.PERSON && j > i) {
      Optional<String> facility = lex.facility(s.token(j).lemma());
      if (facility.isPresent()) {
        type = EntityType.FACILITY;
        subtype = facility.get();
      }
    }
    Mention m = new Mention(s.span(i, j), s.index(), i, j, j, Mention.Kind.NAME, type);
    names.add(m);
    if (subtype != null) {
      subtypes.put(m, subtype);
    }
    if (honorific != null) {
      honorifics.put(m, honorific);
    }
  }

  /** Gazetteer types, people's surnames tagged as places, and one type per name per article. */
  private void retypeNames() {
    List<List<String>> personNames = new ArrayList<>();
    for (Mention m : names) {
      if (m.type() == EntityType.PERSON && m.last() > m.first()) {
        personNames.add(words(m));
      }
    }
    for (int k = 0; k < names.size(); k++) {
      Mention m = names.get(k);
      String t = text(m);
      Optional<Gazetteer.Entry> place = Optional.empty();
      if (m.type() == EntityType.LOCATION || m.type() == EntityType.ORGANIZATION || m.type() == EntityType.MISC) {
        place = gazetteer.resolve(t, contextCountries);
      }
      boolean region = place.isPresent() && place.get().kind() != Gazetteer.Kind.CITY;
      if ((m.type() == EntityType.LOCATION || m.type() == EntityType.MISC) && !region
          && isPartOfPersonName(words(m), personNames)) {
        names.set(k, m.withType(EntityType.PERSON));
        continue;
      }
      if (region && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.MISC) && afterLocativePreposition(m)) {
        m = m.withType(EntityType.LOCATION);
        names.set(k, m);
      }
      if (m.type() == EntityType.LOCATION && place.isPresent()) {
        places.put(m, place.get());
        subtypes.put(m, place.get().kind().subtype());
        contextCountries.add(place.get().country());
      }
    }
    // one type per name: a clear majority of its mentions (twice as many), never a place made a
    // team or a team a place ("Chicago" in a sports table is both)
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    for (Mention m : names) {
      votes.computeIfAbsent(text(m), x -> new LinkedHashMap<>()).merge(m.type(), 1, Integer::sum);
    }
    for (int k = 0; k < names.size(); k++) {
      Mention m = names.get(k);
      Map<EntityType, Integer> v = votes.get(text(m));
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
        names.set(k, retyped);
      }
    }
  }

  /** "from Khyber Pakhtunkhwa", "in Islamabad": a place, whatever the tagger said. */
  private boolean afterLocativePreposition(Mention m) {
    if (m.first() == 0) {
      return false;
    }
    String w = lower(sentences.get(m.sentence()).token(m.first() - 1));
    return Set.of("in", "from", "to", "at", "across", "throughout", "near", "into", "within", "inside", "outside")
        .contains(w);
  }

  /**
   * Document-level consistency: a word sequence the tagger named somewhere in the article is a
   * name wherever else it is written with capitals and left untagged, and so is the surname of a
   * person named in full ("Jobs", which the tagger reads as a noun).
   */
  private void propagateNames() {
    Map<List<String>, EntityType> known = new HashMap<>();
    for (Mention m : names) {
      if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION || m.type() == EntityType.LOCATION) {
        List<String> w = words(m);
        known.putIfAbsent(w, m.type());
        if (m.type() == EntityType.PERSON && w.size() > 1) {
          known.putIfAbsent(List.of(w.get(w.size() - 1)), EntityType.PERSON);
        }
      }
    }
    List<Mention> added = new ArrayList<>();
    for (Sentence s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        if (s.token(i).isEntity() || !s.token(i).isCapitalized() || inAnyName(s.index(), i)) {
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
            ok &= !t.isEntity() && t.isCapitalized() && !inAnyName(s.index(), k);
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
    names.addAll(added);
    names.sort(Comparator.comparing(Mention::span));
  }

  private void moveKeys(Mention from, Mention to) {
    if (honorifics.containsKey(from)) {
      honorifics.put(to, honorifics.remove(from));
    }
    if (subtypes.containsKey(from)) {
      subtypes.put(to, subtypes.remove(from));
    }
    if (places.containsKey(from)) {
      places.put(to, places.remove(from));
    }
  }

  private static boolean isPartOfPersonName(List<String> w, List<List<String>> personNames) {
    for (List<String> p : personNames) {
      if (p.size() > w.size() && java.util.Collections.indexOfSubList(p, w) >= 0) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- descriptors before names

  /** "former prime minister and jailed PTI founder-chairman Imran Khan". */
  private void premodifiers(Mention m) {
    if (m.type() != EntityType.PERSON) {
      return;
    }
    Sentence s = sentences.get(m.sentence());
    int j = m.first() - 1;
    if (j < 0 || !endsRole(s, j)) {
      return;
    }
    int k = j;
    while (k - 1 >= 0 && allowedInPremodifier(s, k - 1)) {
      k--;
    }
    while (k <= j && (s.token(k).pos().equals("CC") || s.token(k).pos().equals("HYPH"))) {
      k++;
    }
    int start = k;
    for (int c = k + 1; c < j; c++) {
      if (s.token(c).pos().equals("CC") && endsRole(s, c - 1)) {
        addPremodifier(m, s, start, c - 1);
        start = c + 1;
      }
    }
    addPremodifier(m, s, start, j);
    for (int c = k; c <= j; c++) {
      covered.add(key(s.index(), c));
    }
  }

  private void addPremodifier(Mention target, Sentence s, int a, int b) {
    if (a > b) {
      return;
    }
    described.add(new Described(target, descriptor(s, a, b), namesIn(s.index(), a, b)));
  }

  private Descriptor descriptor(Sentence s, int a, int b) {
    String role = roleEndingAt(s, a, b);
    List<String> qualifiers = new ArrayList<>();
    for (int k = a; k <= b; k++) {
      String w = lower(s.token(k));
      if (lex.isQualifier(w) && !role.contains(w)) {
        qualifiers.add(w);
      }
    }
    return new Descriptor(s.span(a, b), role, qualifiers);
  }

  /** The longest role the tokens a..b end with: "prime minister", "founder-chairman", "businessman". */
  private String roleEndingAt(Sentence s, int a, int b) {
    if (b - 2 >= a && s.token(b - 1).word().equals("-") && lex.isRole(lemma(s.token(b - 2)))
        && lex.isRole(lemma(s.token(b)))) {
      return lemma(s.token(b - 2)) + "-" + lemma(s.token(b));
    }
    for (int len = Math.min(3, b - a + 1); len >= 1; len--) {
      StringBuilder sb = new StringBuilder();
      for (int k = b - len + 1; k <= b; k++) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(lemma(s.token(k)));
      }
      if (lex.isRole(sb.toString())) {
        return sb.toString();
      }
    }
    return lemma(s.token(b));
  }

  private boolean endsRole(Sentence s, int j) {
    Token t = s.token(j);
    if (!t.isNoun() || inName(s.index(), j, EntityType.PERSON)) {
      return false;
    }
    String l = lemma(t);
    if (lex.isRole(l)) {
      return true;
    }
    for (String part : l.split("-")) {
      if (lex.isRole(part)) {
        return true;
      }
    }
    return false;
  }

  private boolean allowedInPremodifier(Sentence s, int k) {
    Token t = s.token(k);
    if (inName(s.index(), k, EntityType.PERSON)) {
      return false;
    }
    if (inAnyName(s.index(), k)) {
      return true;
    }
    String p = t.pos();
    if (p.equals("CC")) {
      return t.word().equalsIgnoreCase("and") || t.word().equals("&");
    }
    return p.startsWith("JJ") || p.equals("NN") || p.equals("NNS") || p.startsWith("NNP") || p.equals("VBN")
        || p.equals("HYPH") || (p.equals("CD") && false);
  }

  // ---------------------------------------------------------------- nominals and pronouns

  private void findNominalsAndPronouns(Sentence s) {
    for (int k = 0; k < s.size(); k++) {
      Token t = s.token(k);
      if (t.pos().equals("PRP") || t.pos().equals("PRP$")) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (MALE.contains(w) || FEMALE.contains(w)) {
          pronouns.add(new Mention(t.span(), s.index(), k, k, k, Mention.Kind.PRONOUN, EntityType.PERSON));
        } else if (PLURAL.contains(w)) {
          pronouns.add(new Mention(t.span(), s.index(), k, k, k, Mention.Kind.PRONOUN, EntityType.GROUP));
        } else if (NEUTER.contains(w) && !expletive(s, k)) {
          pronouns.add(new Mention(t.span(), s.index(), k, k, k, Mention.Kind.PRONOUN, EntityType.ORGANIZATION));
        }
        continue;
      }
      if (covered.contains(key(s.index(), k)) || inAnyName(s.index(), k)) {
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
      if (Set.of("ccomp", "xcomp", "csubj").contains(d.relation())) {
        return true;
      }
    }
    Token gov = s.token(h.get().governor());
    return gov.lemma().equals("rain") || gov.lemma().equals("snow") || gov.pos().startsWith("JJ");
  }

  private void nominal(Sentence s, int k) {
    Token t = s.token(k);
    boolean demonym = t.isCapitalized() && lex.demonymOf(t.word()).isPresent()
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
    } else if (lex.isGroupNoun(lemma) && !plural && (determined || counted)) {
      type = EntityType.GROUP;
    } else if (plural && lex.isPeopleNoun(word)) {
      type = EntityType.GROUP;
    } else if (plural && lex.isOrganizationNoun(lemma) && (determined || counted || quantified(s, k))) {
      type = EntityType.ORGANIZATION;
    } else if (!plural && (lex.isPersonNoun(lemma) || lex.isRole(lemma)) && determined) {
      type = EntityType.PERSON;
    } else if (!plural && lex.isOutletNoun(lemma) && determined) {
      type = EntityType.ORGANIZATION;
      subtype = "news outlet";
    } else if (lex.isOrganizationNoun(lemma) && determined && !plural && !lemma.equals("team")) {
      type = EntityType.ORGANIZATION;
    } else {
      return;
    }
    int first = k;
    for (Dependency d : s.dependentsOf(k)) {
      if (d.dependent() < k && Set.of("det", "amod", "compound", "nummod", "advmod", "nmod:poss").contains(d.relation())) {
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
        Optional<Mention> place = nameCovering(s.index(), x);
        if (place.isPresent() && place.get().last() == x
            && (place.get().type() == EntityType.LOCATION || place.get().type() == EntityType.ORGANIZATION)) {
          last = Math.max(last, x);
          Gazetteer.Entry e = places.get(place.get());
          origin = e != null ? e.name() : text(place.get());
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
    nominals.add(m);
    for (int y = k + 1; y <= last; y++) {
      covered.add(key(s.index(), y));
    }
    if (subtype != null) {
      subtypes.put(m, subtype);
    }
    if (!demonyms.isEmpty()) {
      groupKeys.put(m, String.join("+", demonyms));
    }
    if (origin != null) {
      origins.put(m, origin);
    }
  }

  /** The place a demonym is of, by its gazetteer name: "American" -> "United States". */
  private Optional<String> demonymPlace(Token t) {
    return lex.demonymOf(t.word())
        .map(p -> gazetteer.resolve(p, contextCountries).map(Gazetteer.Entry::name).orElse(p));
  }

  private String caseOf(Sentence s, int x) {
    for (Dependency d : s.dependentsOf(x)) {
      if (d.relation().equals("case")) {
        return lower(s.token(d.dependent()));
      }
    }
    return "";
  }

  private int leftmost(Sentence s, int k) {
    int min = k;
    for (Dependency d : s.dependentsOf(k)) {
      if (d.dependent() < k) {
        min = Math.min(min, leftmost(s, d.dependent()));
      }
    }
    return min;
  }

  private int rightmost(Sentence s, int k, Set<String> skip) {
    int max = k;
    for (Dependency d : s.dependentsOf(k)) {
      if (d.dependent() > k && !skip.contains(d.relation())) {
        max = Math.max(max, rightmost(s, d.dependent(), skip));
      }
    }
    return max;
  }

  // ---------------------------------------------------------------- clustering

  private void cluster() {
    List<Mention> all = new ArrayList<>();
    all.addAll(names);
    all.addAll(nominals);
    all.addAll(pronouns);
    all.sort(Comparator.comparing(Mention::span));
    for (Mention m : all) {
      switch (m.kind()) {
        case NAME -> clusterName(m);
        case NOMINAL -> clusterNominal(m);
        case PRONOUN -> resolvePronoun(m);
        default -> throw new IllegalStateException(m.kind().toString());
      }
    }
  }

  private void join(Mention m, Cluster c) {
    c.mentions.add(m);
    clusterOf.put(m, c);
  }

  private Cluster open(Mention m, EntityType type) {
    Cluster c = new Cluster(type);
    if (m.kind() == Mention.Kind.NOMINAL && type == EntityType.PERSON) {
      c.gender = lex.genderOfNoun(lemma(head(m)));
    }
    c.subtype = subtypes.get(m);
    c.place = places.get(m);
    clusters.add(c);
    join(m, c);
    return c;
  }

  private void clusterName(Mention m) {
    String t = text(m);
    List<String> w = words(m);
    Cluster found = null;
    if (m.type() == EntityType.PERSON) {
      found = personFor(m, w);
    } else if (m.type() == EntityType.LOCATION && places.containsKey(m)) {
      long id = places.get(m).geonameId();
      found = live().filter(c -> c.place != null && c.place.geonameId() == id).findFirst().orElse(null);
    }
    if (found == null) {
      found = live()
          .filter(c -> compatible(c.type, m.type()) && c.names().stream().anyMatch(n -> text(n).equals(t)))
          .findFirst().orElse(null);
    }
    if (found == null && m.type() == EntityType.ORGANIZATION) {
      found = live().filter(c -> c.type == EntityType.ORGANIZATION
          && c.names().stream().anyMatch(n -> acronymOf(n, m) || acronymOf(m, n))).findFirst().orElse(null);
    }
    if (found != null) {
      join(m, found);
      if (found.subtype == null) {
        found.subtype = subtypes.get(m);
      }
    } else {
      Cluster c = open(m, m.type());
      if (m.type() == EntityType.PERSON) {
        c.gender = genderOf(m);
      }
    }
  }

  private Lexicon.Gender genderOf(Mention m) {
    Span h = honorifics.get(m);
    if (h != null) {
      String w = h.of(text.body()).toLowerCase(Locale.ROOT);
      if (w.startsWith("mr") || w.equals("sir") || w.equals("lord")) {
        return Lexicon.Gender.MALE;
      }
      if (w.startsWith("mrs") || w.startsWith("ms") || w.equals("miss") || w.equals("dame") || w.equals("madam")) {
        return Lexicon.Gender.FEMALE;
      }
    }
    Sentence s = sentences.get(m.sentence());
    for (int k = m.first() - 1; k >= 0 && k >= m.first() - 2; k--) {
      Lexicon.Gender g = lex.genderOfNoun(lower(s.token(k)));
      if (g != Lexicon.Gender.UNKNOWN) {
        return g; // "Queen Mary", "businesswoman Jane Doe"
      }
    }
    return lex.genderOf(words(m).get(0));
  }

  /** The person a name refers to: the same full name, or the salient bearer of a short form. */
  private Cluster personFor(Mention m, List<String> w) {
    Cluster best = null;
    double bestScore = 0;
    for (Cluster c : (Iterable<Cluster>) live()::iterator) {
      if (c.type != EntityType.PERSON || !c.isNamed()) {
        continue;
      }
      boolean match = false;
      for (Mention n : c.names()) {
        List<String> nw = words(n);
        if (nw.equals(w)) {
          return c;
        }
        if (w.size() == 1 && nw.size() > 1 && (nw.get(nw.size() - 1).equals(w.get(0)) || nw.get(0).equals(w.get(0)))) {
          match = true;
        } else if (w.size() > 1 && nw.size() > w.size() && nw.get(0).equals(w.get(0))
            && nw.get(nw.size() - 1).equals(w.get(w.size() - 1)) && nw.containsAll(w)) {
          match = true;
        }
      }
      if (match) {
        double score = salience(c, m);
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
    }
    return best;
  }

  /** How present a cluster is at a mention: its earlier mentions, recent ones counting more. */
  private double salience(Cluster c, Mention at) {
    double score = 0;
    for (Mention x : c.mentions) {
      if (x.span().start() >= at.span().start()) {
        continue;
      }
      int d = at.sentence() - x.sentence();
      score += 1.0 + 1.0 / (1 + d);
    }
    return score;
  }

  private static boolean compatible(EntityType a, EntityType b) {
    return a == b || (a == EntityType.LOCATION && b == EntityType.FACILITY) || (a == EntityType.FACILITY && b == EntityType.LOCATION);
  }

  /** Whether {@code acronym} is the initials of {@code name}: "PTI" of "Pakistan Tehreek-e-Insaf". */
  private boolean acronymOf(Mention acronym, Mention name) {
    String a = text(acronym).replace(".", "");
    if (a.length() < 2 || a.length() > 8 || !a.chars().allMatch(Character::isUpperCase) || name.last() == name.first()) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String part : text(name).split("[\\s-]+")) {
      if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
        initials.append(part.charAt(0));
      }
    }
    return initials.toString().equals(a);
  }

  private void clusterNominal(Mention m) {
    Sentence s = sentences.get(m.sentence());
    Optional<Dependency> up = s.headOf(m.head());
    if (up.isPresent() && up.get().relation().equals("appos") && up.get().governor() >= 0) {
      // "Gartner, a market research firm": the apposition names the same entity
      Optional<Mention> of = mentionHeadedBy(s.index(), up.get().governor());
      if (of.isPresent() && clusterOf.containsKey(of.get()) && compatibleNominal(clusterOf.get(of.get()).type, m.type())) {
        join(m, clusterOf.get(of.get()));
        return;
      }
    }
    String det = null;
    boolean counted = false;
    for (Dependency d : s.dependentsOf(m.head())) {
      if (d.relation().equals("det")) {
        det = lower(s.token(d.dependent()));
      } else if (d.relation().equals("nummod")) {
        counted = true;
      }
    }
    boolean definite = det != null && DEFINITE.contains(det);
    String lemma = lemma(s.token(m.head()));
    Cluster found = null;
    if (m.type() == EntityType.GROUP) {
      String key = groupKeys.get(m);
      String origin = origins.get(m);
      if (key != null) {
        found = live().filter(c -> c.type == EntityType.GROUP && key.equals(c.key)).findFirst().orElse(null);
      } else if (definite && !counted) {
        found = recent(m, 3, c -> c.type == EntityType.GROUP
            && (origin == null || (c.key != null && c.key.contains(origin)) || origin.equals(c.origin)));
      }
      if (found == null) {
        Cluster c = open(m, EntityType.GROUP);
        c.key = key;
        c.origin = origin;
        return;
      }
    } else if (m.type() == EntityType.PERSON) {
      if (definite) {
        found = live().filter(c -> c.type == EntityType.PERSON
            && c.descriptors.stream().anyMatch(d -> sameRole(d.role(), lemma))).findFirst().orElse(null);
        if (found == null) {
          found = described.stream()
              .filter(d -> sameRole(d.descriptor().role(), lemma) && d.target().span().start() < m.span().start())
              .map(d -> clusterOf.get(d.target())).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
      }
    } else if (m.type() == EntityType.ORGANIZATION && definite) {
      String sub = subtypes.get(m);
      found = live().filter(c -> c.type == EntityType.ORGANIZATION && !c.isNamed()
          && c.mentions.stream().anyMatch(x -> lemma(head(x)).equals(lemma))).findFirst().orElse(null);
      if (found == null && sub == null && COMPANY_HEADS.contains(lemma)) {
        found = recent(m, 3, c -> c.type == EntityType.ORGANIZATION && c.isNamed());
      }
    }
    if (found != null) {
      join(m, found);
    } else {
      open(m, m.type());
    }
  }

  private static boolean compatibleNominal(EntityType entity, EntityType nominal) {
    return entity == nominal || (entity == EntityType.ORGANIZATION && nominal == EntityType.GROUP);
  }

  private static boolean sameRole(String role, String lemma) {
    if (role.equals(lemma) || role.endsWith(" " + lemma) || role.endsWith("-" + lemma)) {
      return true;
    }
    return (lemma.equals("premier") && role.equals("prime minister"))
        || (role.equals("premier") && lemma.equals("minister"));
  }

  private Cluster recent(Mention m, int window, java.util.function.Predicate<Cluster> ok) {
    Cluster best = null;
    int bestStart = -1;
    for (Cluster c : (Iterable<Cluster>) live()::iterator) {
      if (!ok.test(c)) {
        continue;
      }
      for (Mention x : c.mentions) {
        if (x.span().end() <= m.span().start() && m.sentence() - x.sentence() <= window && x.span().start() > bestStart) {
          best = c;
          bestStart = x.span().start();
        }
      }
    }
    return best;
  }

  /** Weights of the salience scores, set by hand and checked on GAP's validation set. */
  private static final double[] RECENCY = {100, 55, 30, 15};
  private static final double SUBJECT = 40;
  private static final double OBJECT = 15;
  private static final double PARALLEL = 40;
  private static final double NAME = 20;
  private static final double CHAIN = 10;
  private static final double UNNAMED = 30;
  private static final double DISTANCE = 1;
  private static final double SALIENCE = 20;

  /**
   * Pronoun resolution by salience, in the manner of Lappin and Leass (1994) with the syntactic
   * parallelism of the GAP baselines: among compatible entities mentioned in the last three
   * sentences, the one whose best mention is recent, a subject, in the same grammatical role as
   * the pronoun, and a name, plus a little for how often it was mentioned.
   */
  private void resolvePronoun(Mention p) {
    Sentence s = sentences.get(p.sentence());
    String w = lower(s.token(p.head()));
    boolean possessive = s.token(p.head()).pos().equals("PRP$");
    boolean reflexive = w.endsWith("self") || w.endsWith("selves");
    Lexicon.Gender g = MALE.contains(w) ? Lexicon.Gender.MALE : FEMALE.contains(w) ? Lexicon.Gender.FEMALE : null;
    int pGov = s.headOf(p.head()).map(Dependency::governor).orElse(-2);
    String pRole = role(s, possessive && pGov >= 0 ? pGov : p.head());
    Cluster best = null;
    double bestScore = 0;
    for (Cluster c : (Iterable<Cluster>) live()::iterator) {
      if (!pronounFits(p, g, c)) {
        continue;
      }
      double top = 0;
      int seen = 0;
      for (Mention x : c.mentions) {
        if (x.span().start() >= p.span().start() || x.span().contains(p.span())) {
          continue;
        }
        int d = p.sentence() - x.sentence();
        if (d > 3 || (p.type() == EntityType.ORGANIZATION && d > 1)) {
          continue;
        }
        Sentence xs = sentences.get(x.sentence());
        Optional<Dependency> xh = xs.headOf(x.head());
        String rel = xh.map(Dependency::relation).orElse("root");
        if (d == 0 && !possessive && !reflexive && xh.isPresent() && xh.get().governor() == pGov
            && rel.startsWith("nsubj")) {
          continue; // "Khan met him": not Khan
        }
        String xRole = role(xs, x.head());
        double v = RECENCY[d];
        if (xRole.equals("subj")) {
          v += SUBJECT;
        } else if (xRole.equals("obj")) {
          v += OBJECT;
        }
        if (xRole.equals(pRole) && !pRole.equals("other")) {
          v += PARALLEL;
        }
        if (d == 0) {
          v -= DISTANCE * Math.max(0, p.head() - x.last()) / 2.0;
        }
        v += x.kind() == Mention.Kind.NAME ? NAME : x.kind() == Mention.Kind.PRONOUN ? CHAIN : 0;
        if (p.type() == EntityType.GROUP && c.type == EntityType.ORGANIZATION) {
          v /= 2;
        }
        top = Math.max(top, v);
        seen++;
      }
      if (seen == 0) {
        continue;
      }
      double score = top + SALIENCE * Math.min(seen, 6) - (c.isNamed() ? 0 : UNNAMED);
      ranking.computeIfAbsent(p, k -> new LinkedHashMap<>()).put(c, score);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best != null && bestScore >= 20) {
      join(p, best);
      if (g != null && best.gender == Lexicon.Gender.UNKNOWN) {
        best.gender = g;
      }
    }
  }

  /** The grammatical role of a token, as resolution compares them: subj, obj, poss or other. */
  private static String role(Sentence s, int k) {
    String rel = s.headOf(k).map(Dependency::relation).orElse("root");
    if (rel.startsWith("nsubj")) {
      return "subj";
    }
    if (rel.equals("obj") || rel.equals("iobj")) {
      return "obj";
    }
    if (rel.equals("nmod:poss")) {
      return "poss";
    }
    if (rel.equals("compound") || rel.equals("flat") || rel.equals("appos")) {
      // a name's inner token: the role of the name's head
      Optional<Dependency> h = s.headOf(k);
      if (h.isPresent() && h.get().governor() >= 0 && h.get().governor() != k) {
        return role(s, h.get().governor());
      }
    }
    return "other";
  }

  private static boolean pronounFits(Mention p, Lexicon.Gender g, Cluster c) {
    if (p.type() == EntityType.PERSON) {
      return c.type == EntityType.PERSON && (c.gender == Lexicon.Gender.UNKNOWN || c.gender == g);
    }
    if (p.type() == EntityType.GROUP) {
      return c.type == EntityType.GROUP || (c.type == EntityType.ORGANIZATION && c.isNamed());
    }
    return c.type == EntityType.ORGANIZATION && c.isNamed();
  }

  /** A lone surname or first name met before the full name joins the one person who bears it. */
  private void mergeShortNames() {
    for (Cluster c : new ArrayList<>(clusters)) {
      if (c.merged || c.type != EntityType.PERSON || c.names().isEmpty()
          || c.names().stream().anyMatch(n -> n.last() > n.first())) {
        continue;
      }
      String w = words(c.names().get(0)).get(0);
      List<Cluster> bearers = live().filter(o -> o != c && o.type == EntityType.PERSON
          && o.names().stream().anyMatch(n -> n.last() > n.first() && words(n).contains(w))).toList();
      if (bearers.size() == 1) {
        Cluster into = bearers.get(0);
        for (Mention m : c.mentions) {
          clusterOf.put(m, into);
        }
        into.absorb(c);
      }
    }
  }

  /**
   * Two unnamed people each introduced by an indefinite description and said by the same
   * relative clause to be "now part of" the same kind of thing are one person: news writing
   * re-introduces an anonymous actor with a new description ("a US-based Pakistani, who is now
   * part of key ongoing discussions" ... "a key individual ... who is now part of the new round
   * of talks").
   */
  private void mergeSamePredicate() {
    Map<String, Cluster> bySignature = new HashMap<>();
    for (Cluster c : new ArrayList<>(clusters)) {
      if (c.merged || c.type != EntityType.PERSON || c.isNamed()) {
        continue;
      }
      Mention m = c.mentions.get(0);
      Optional<String> signature = relativePredicate(m);
      if (signature.isEmpty()) {
        continue;
      }
      Cluster earlier = bySignature.putIfAbsent(signature.get(), c);
      if (earlier != null) {
        for (Mention x : c.mentions) {
          clusterOf.put(x, earlier);
        }
        earlier.absorb(c);
      }
    }
  }

  /** "who is now part of": the predicate's lemma and adverbs of a relative clause just after a mention. */
  private Optional<String> relativePredicate(Mention m) {
    Sentence s = sentences.get(m.sentence());
    for (int k = m.last() + 1; k < s.size() && k <= m.last() + 6; k++) {
      Token t = s.token(k);
      if (t.pos().equals("WP") && (lower(t).equals("who"))) {
        Optional<Dependency> h = s.headOf(k);
        if (h.isEmpty() || h.get().governor() < 0) {
          return Optional.empty();
        }
        int pred = h.get().governor();
        boolean copula = false;
        List<String> adverbs = new ArrayList<>();
        for (Dependency d : s.dependentsOf(pred)) {
          if (d.relation().equals("cop")) {
            copula = true;
          } else if (d.relation().equals("advmod")) {
            adverbs.add(lower(s.token(d.dependent())));
          }
        }
        return copula ? Optional.of(lemma(s.token(pred)) + "|" + String.join(",", adverbs)) : Optional.empty();
      }
      if (t.isVerb() || inName(s.index(), k, EntityType.PERSON)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * A facility is placed in its city where a gazetteer says so ("Adiala Jail"), where its name
   * starts with the city's ("Islamabad International Airport"), or where the text puts it there
   * ("the jail in Rawalpindi").
   */
  private void placeFacilities() {
    for (Cluster c : clusters) {
      if (c.merged || c.type != EntityType.FACILITY || c.place != null) {
        continue;
      }
      for (Mention n : c.names()) {
        Optional<Gazetteer.Entry> city = gazetteer.facility(text(n));
        Sentence s = sentences.get(n.sentence());
        for (int k = n.last(); city.isEmpty() && k > n.first(); k--) {
          String prefix = s.span(n.first(), k - 1).of(text.body());
          city = gazetteer.resolve(prefix, contextCountries).filter(e -> e.kind() == Gazetteer.Kind.CITY);
        }
        for (Dependency d : s.dependentsOf(n.head())) {
          if (city.isEmpty() && d.baseRelation().equals("nmod") && Set.of("in", "at", "near").contains(caseOf(s, d.dependent()))) {
            Optional<Mention> loc = nameCovering(s.index(), d.dependent());
            if (loc.isPresent() && places.containsKey(loc.get())) {
              city = Optional.of(places.get(loc.get()));
            }
          }
        }
        if (city.isPresent()) {
          c.place = city.get();
          break;
        }
      }
    }
  }

  /** A place lies in the country or province of the article that the gazetteer puts it in. */
  private void locatedIn() {
    for (Cluster a : clusters) {
      if (a.merged || a.place == null || (a.type != EntityType.LOCATION && a.type != EntityType.FACILITY)) {
        continue;
      }
      for (Cluster b : clusters) {
        if (b == a || b.merged || b.place == null || b.type != EntityType.LOCATION) {
          continue;
        }
        Gazetteer.Entry pa = a.place;
        Gazetteer.Entry pb = b.place;
        boolean inCountry = pb.kind() == Gazetteer.Kind.COUNTRY && pa.kind() != Gazetteer.Kind.COUNTRY
            && pa.country().equals(pb.country());
        boolean inProvince = pb.kind() == Gazetteer.Kind.PROVINCE && pa.kind() == Gazetteer.Kind.CITY
            && pa.country().equals(pb.country()) && pa.province().equals(pb.name());
        boolean inCity = pb.kind() == Gazetteer.Kind.CITY && a.type == EntityType.FACILITY
            && pa.geonameId() == pb.geonameId();
        if (inCountry || inProvince || inCity) {
          facts.add(new Fact(a, "located_in", b, a.mentions.get(0).span()));
        }
      }
    }
  }

  /** A jailed or detained person and the prison the article places him at: {@code held_in}. */
  private void heldIn() {
    for (Cluster p : clusters) {
      if (p.merged || p.type != EntityType.PERSON || p.descriptors.stream().noneMatch(
          d -> d.qualifiers().stream().anyMatch(q -> Set.of("jailed", "imprisoned", "detained", "arrested").contains(q)))) {
        continue;
      }
      for (Cluster f : clusters) {
        if (f.merged || f.type != EntityType.FACILITY || !"prison".equals(f.subtype)) {
          continue;
        }
        for (Mention fm : f.mentions) {
          boolean together = p.mentions.stream().anyMatch(x -> x.sentence() == fm.sentence());
          if (together) {
            facts.add(new Fact(p, "held_in", f, sentences.get(fm.sentence()).span()));
            break;
          }
        }
      }
    }
  }

  // ---------------------------------------------------------------- descriptors after names

  /** "X, the chairman of Y," and "X is the chairman of Y". */
  private void appositivesAndCopulas() {
    Set<String> stop = Set.of("acl:relcl", "punct", "appos", "conj", "cc", "parataxis", "advcl", "acl", "nsubj", "cop",
        "aux", "mark", "ccomp", "dep");
    for (Sentence s : sentences) {
      for (Dependency d : s.dependencies()) {
        int target;
        int nominal;
        if (d.relation().equals("appos")) {
          target = d.governor();
          nominal = d.dependent();
        } else if (d.relation().startsWith("nsubj") && s.dependentsOf(d.governor()).stream().anyMatch(x -> x.relation().equals("cop"))) {
          target = d.dependent();
          nominal = d.governor();
        } else {
          continue;
        }
        if (nominal < 0 || target < 0 || inAnyName(s.index(), nominal) || !endsRole(s, nominal)) {
          continue;
        }
        Optional<Mention> m = mentionHeadedBy(s.index(), target);
        if (m.isEmpty() || (m.get().type() != EntityType.PERSON)) {
          continue;
        }
        int a = nominal;
        for (Dependency x : s.dependentsOf(nominal)) {
          if (x.dependent() < nominal && !stop.contains(x.relation()) && !x.relation().equals("det")) {
            a = Math.min(a, leftmost(s, x.dependent()));
          }
        }
        int b = rightmost(s, nominal, stop);
        while (b > a && s.token(b).pos().equals(",")) {
          b--;
        }
        Descriptor base = descriptor(s, a, nominal);
        Descriptor full = new Descriptor(s.span(a, b), base.role(), base.qualifiers());
        described.add(new Described(m.get(), full, namesIn(s.index(), a, b)));
      }
    }
  }

  private void attachDescribed() {
    for (Map.Entry<Mention, Span> h : honorifics.entrySet()) {
      Cluster c = clusterOf.get(h.getKey());
      if (c != null) {
        c.descriptors.add(new Descriptor(h.getValue(), h.getValue().of(text.body()), List.of()));
      }
    }
    for (Described d : described) {
      Cluster c = clusterOf.get(d.target());
      if (c == null) {
        continue;
      }
      c.descriptors.add(d.descriptor());
      for (Mention a : d.affiliations()) {
        Cluster org = clusterOf.get(a);
        if (org == null || org == c || (org.type != EntityType.ORGANIZATION && org.type != EntityType.GROUP)) {
          continue;
        }
        String role = d.descriptor().role();
        facts.add(new Fact(c, "member_of", org, d.descriptor().span()));
        if (lex.isLeaderRole(role)) {
          facts.add(new Fact(c, "leader_of", org, d.descriptor().span()));
        }
        if (lex.isFounderRole(role)) {
          facts.add(new Fact(c, "founder_of", org, d.descriptor().span()));
        }
      }
    }
  }

  /** "notable American Pakistanis such as A, B and C": A, B and C are members of the group. */
  private void memberships() {
    for (Mention g : nominals) {
      Cluster group = clusterOf.get(g);
      if (group == null || group.type != EntityType.GROUP) {
        continue;
      }
      Sentence s = sentences.get(g.sentence());
      int k = g.last() + 1;
      if (k + 1 < s.size() && lower(s.token(k)).equals("such") && lower(s.token(k + 1)).equals("as")) {
        k += 2;
      } else if (k < s.size() && lower(s.token(k)).equals("including")) {
        k += 1;
      } else if (k + 1 < s.size() && s.token(k).pos().equals(",") && lower(s.token(k + 1)).equals("including")) {
        k += 2;
      } else {
        continue;
      }
      int end = k;
      while (end < s.size() && !isClauseVerb(s.token(end)) && !s.token(end).word().equals(";")) {
        end++;
      }
      Descriptor asMember = groupDescriptor(g);
      for (Mention m : names) {
        if (m.sentence() == g.sentence() && m.first() >= k && m.last() < end && m.type() == EntityType.PERSON) {
          Cluster c = clusterOf.get(m);
          if (c != null && c != group) {
            facts.add(new Fact(c, "member_of", group, s.span(g.first(), m.last())));
            if (asMember != null) {
              c.descriptors.add(asMember);
            }
          }
        }
      }
    }
  }

  private Descriptor groupDescriptor(Mention g) {
    Sentence s = sentences.get(g.sentence());
    List<String> demonyms = new ArrayList<>();
    List<String> qualifiers = new ArrayList<>();
    for (int k = g.first(); k <= g.last(); k++) {
      Token t = s.token(k);
      if (t.isCapitalized() && lex.demonymOf(t.word()).isPresent()) {
        String w = t.word();
        demonyms.add(k == g.head() && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
      } else if (lex.isQualifier(lower(t))) {
        qualifiers.add(lower(t));
      }
    }
    return demonyms.isEmpty() ? null : new Descriptor(g.span(), String.join(" ", demonyms), qualifiers);
  }

  private static boolean isClauseVerb(Token t) {
    String p = t.pos();
    return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD") || p.equals("VB");
  }

  /** "PTI America chapter" is part of "PTI": an organisation named by another's name and more. */
  private void partsOf() {
    for (Cluster a : clusters) {
      if (a.merged || a.type != EntityType.ORGANIZATION || !a.isNamed()) {
        continue;
      }
      for (Cluster b : clusters) {
        if (b == a || b.merged || b.type != EntityType.ORGANIZATION || !b.isNamed()) {
          continue;
        }
        Mention an = longestName(a);
        String bn = text(longestName(b));
        if (text(an).startsWith(bn + " ")) {
          facts.add(new Fact(a, "part_of", b, an.span()));
        }
      }
    }
  }

  // ---------------------------------------------------------------- result

  private EntityLayer build() {
    List<Cluster> live = new ArrayList<>(live().filter(c -> !c.mentions.isEmpty()).toList());
    live.sort(Comparator.comparingInt(Cluster::firstStart));
    Map<Cluster, EntityId> ids = new HashMap<>();
    List<Entity> entities = new ArrayList<>();
    Map<EntityId, List<Mention>> mentionsOf = new HashMap<>();
    for (Cluster c : live) {
      EntityId id = EntityId.of(entities.size() + 1);
      ids.put(c, id);
      Optional<String> name = Optional.empty();
      List<String> aliases = new ArrayList<>();
      if (c.isNamed()) {
        Mention n = longestName(c);
        name = Optional.of(text(n));
        for (Mention x : c.names()) {
          String t = text(x);
          if (!t.equals(name.get()) && !aliases.contains(t)) {
            aliases.add(t);
          }
        }
      }
      List<Mention> ms = new ArrayList<>(c.mentions);
      ms.sort(Comparator.comparing(Mention::span));
      List<Span> spans = ms.stream().map(Mention::span).distinct().toList();
      List<Descriptor> ds = new ArrayList<>();
      for (Descriptor d : c.descriptors) {
        if (ds.stream().noneMatch(x -> x.span().equals(d.span()) && x.role().equals(d.role()))) {
          ds.add(d);
        }
      }
      ds.sort(Comparator.comparing(Descriptor::span));
      EntityType type = c.isNamed() ? c.type : c.type;
      entities.add(new Entity(id, type, name, Optional.ofNullable(c.subtype), aliases, spans, ds, Optional.empty(),
          Optional.ofNullable(c.place).map(Gazetteer.Entry::place)));
      mentionsOf.put(id, ms.stream().map(m -> m.withType(type)).toList());
    }
    List<Relation> relations = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Fact f : facts) {
      EntityId s = ids.get(f.subject());
      EntityId o = ids.get(f.object());
      if (s == null || o == null || s.equals(o) || !seen.add(s + f.predicate() + o)) {
        continue;
      }
      relations.add(new Relation(s, f.predicate(), o, f.evidence()));
    }
    relations.sort(Comparator.comparing(Relation::evidence));
    Map<Span, List<EntityLayer.Antecedent>> antecedents = new HashMap<>();
    ranking.forEach((p, scores) -> {
      Map<EntityId, Double> byEntity = new HashMap<>();
      scores.forEach((c, score) -> {
        Cluster alive = c;
        for (int hop = 0; alive.merged && hop < 5; hop++) {
          alive = clusterOfMerged(alive);
        }
        EntityId id = ids.get(alive);
        if (id != null) {
          byEntity.merge(id, score, Math::max);
        }
      });
      List<EntityLayer.Antecedent> list = new ArrayList<>();
      byEntity.forEach((id, score) -> list.add(new EntityLayer.Antecedent(id, score)));
      list.sort((a, b) -> Double.compare(b.score(), a.score()));
      antecedents.put(p.span(), list);
    });
    return new EntityLayer(entities, mentionsOf, relations, antecedents);
  }

  /** The live cluster a merged one went into (through any of its mentions). */
  private Cluster clusterOfMerged(Cluster c) {
    for (Mention m : c.mentions) {
      Cluster into = clusterOf.get(m);
      if (into != null && into != c) {
        return into;
      }
    }
    return c;
  }

  private Mention longestName(Cluster c) {
    Mention best = null;
    for (Mention n : c.names()) {
      if (best == null || n.last() - n.first() > best.last() - best.first()
          || (n.last() - n.first() == best.last() - best.first() && n.span().length() > best.span().length())) {
        best = n;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- helpers

  private java.util.stream.Stream<Cluster> live() {
    return clusters.stream().filter(c -> !c.merged);
  }

  private void cover(Mention m) {
    for (int k = m.first(); k <= m.last(); k++) {
      covered.add(key(m.sentence(), k));
    }
  }

  private static long key(int sentence, int token) {
    return ((long) sentence << 20) | token;
  }

  private boolean inName(int sentence, int token, EntityType type) {
    return names.stream().anyMatch(m -> m.covers(sentence, token) && m.type() == type);
  }

  private boolean inAnyName(int sentence, int token) {
    return names.stream().anyMatch(m -> m.covers(sentence, token));
  }

  private Optional<Mention> nameCovering(int sentence, int token) {
    return names.stream().filter(m -> m.covers(sentence, token)).findFirst();
  }

  private Optional<Mention> mentionHeadedBy(int sentence, int token) {
    for (Mention m : clusterOf.keySet()) {
      if (m.sentence() == sentence && (m.head() == token || (m.kind() == Mention.Kind.NAME && m.covers(sentence, token)))) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private List<Mention> namesIn(int sentence, int a, int b) {
    return names.stream().filter(m -> m.sentence() == sentence && m.first() >= a && m.last() <= b).toList();
  }

  private Token head(Mention m) {
    return sentences.get(m.sentence()).token(m.head());
  }

  private String text(Mention m) {
    return m.span().of(text.body());
  }

  private List<String> words(Mention m) {
    Sentence s = sentences.get(m.sentence());
    List<String> w = new ArrayList<>();
    for (int k = m.first(); k <= m.last(); k++) {
      w.add(s.token(k).word());
    }
    return w;
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  private static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }
}
