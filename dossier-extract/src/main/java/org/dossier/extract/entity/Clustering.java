package org.dossier.extract.entity;

import static org.dossier.extract.entity.Reading.lower;
import static org.dossier.extract.entity.Reading.lemma;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dossier.analysis.EntityType;
import org.dossier.annotation.Dependency;
import org.dossier.annotation.Sentence;
import org.dossier.extract.lexicon.EnglishLexicon;
import org.dossier.text.Span;

/**
 * Clusters names and nominals into entities as they come, in article order; pronouns go to the
 * resolver.
 */
final class Clustering {

  private static final Set<String> COMPANY_HEADS = EnglishLexicon.get().companyHeads();

  private final Reading r;
  private final PronounResolution pronouns;
  private Set<String> surnames;

  Clustering(Reading r, PronounResolution pronouns) {
    this.r = r;
    this.pronouns = pronouns;
  }

  void cluster() {
    List<Mention> all = new ArrayList<>();
    all.addAll(r.names);
    all.addAll(r.nominals);
    all.addAll(r.pronouns);
    all.sort(Comparator.comparing(Mention::span));
    // a sentence's pronouns are resolved once its names are read: "In her first season, Ann ..."
    List<Mention> pending = new ArrayList<>();
    for (Mention m : all) {
      if (!pending.isEmpty() && pending.get(0).sentence() != m.sentence()) {
        pending.forEach(pronouns::resolve);
        pending.clear();
      }
      switch (m.kind()) {
        case NAME -> clusterName(m);
        case NOMINAL -> clusterNominal(m);
        case PRONOUN -> pending.add(m);
        default -> throw new IllegalStateException(m.kind().toString());
      }
    }
    pending.forEach(pronouns::resolve);
  }

  private Cluster open(Mention m, EntityType type) {
    Cluster c = new Cluster(type);
    if (m.kind() == Mention.Kind.NOMINAL && type == EntityType.PERSON) {
      c.gender = r.lex.genderOfNoun(lemma(r.head(m)));
    }
    c.subtype = r.subtypes.get(m);
    c.place = r.places.get(m);
    r.open(c);
    r.join(m, c);
    return c;
  }

  private void clusterName(Mention m) {
    String t = r.text(m);
    List<String> w = r.words(m);
    Cluster found = null;
    if (m.type() == EntityType.PERSON) {
      found = personFor(m, w);
    } else if (m.type() == EntityType.LOCATION && r.places.containsKey(m)) {
      long id = r.places.get(m).geonameId();
      found = r.index.atPlace(id).stream().filter(c -> c.place != null && c.place.geonameId() == id).findFirst().orElse(null);
    }
    if (found == null) {
      found = r.index.named(t).stream()
          .filter(c -> compatible(c.type, m.type()) && c.names().stream().anyMatch(n -> r.text(n).equals(t)))
          .findFirst().orElse(null);
    }
    if (found == null && m.type() == EntityType.ORGANIZATION) {
      found = r.index.acronymPartners(m).stream().filter(c -> c.type == EntityType.ORGANIZATION
          && c.names().stream().anyMatch(n -> acronymOf(n, m) || acronymOf(m, n))).findFirst().orElse(null);
    }
    if (found != null) {
      r.join(m, found);
      if (found.type == EntityType.PERSON && found.gender == Lexicon.Gender.UNKNOWN) {
        found.gender = genderOf(m);
      }
      if (found.type == EntityType.PERSON && found.likelyGender == Lexicon.Gender.UNKNOWN) {
        found.likelyGender = likelyGender(w);
      }
      if (found.subtype == null) {
        found.subtype = r.subtypes.get(m);
      }
    } else {
      Cluster c = open(m, m.type());
      if (m.type() == EntityType.PERSON) {
        c.gender = genderOf(m);
        c.likelyGender = likelyGender(w);
      }
    }
  }

  private Lexicon.Gender genderOf(Mention m) {
    Span h = r.honorifics.get(m);
    if (h != null) {
      Lexicon.Gender g = r.lex.genderOfNoun(h.of(r.body()));
      if (g != Lexicon.Gender.UNKNOWN) {
        return g; // "Mr.", "Sir", "Mrs.", "Dame": the lexicon's male and female titles
      }
    }
    Sentence s = r.sentences.get(m.sentence());
    for (int k = m.first() - 1; k >= 0 && k >= m.first() - 2; k--) {
      Lexicon.Gender g = r.lex.genderOfNoun(lower(s.token(k)));
      if (g != Lexicon.Gender.UNKNOWN) {
        return g; // "Queen Mary", "businesswoman Jane Doe"
      }
    }
    List<String> w = r.words(m);
    // a lone word is as often a surname as a first name ("Williams", "Lindsay"): no gender from it
    return w.size() > 1 ? r.lex.genderOf(w.get(0)) : Lexicon.Gender.UNKNOWN;
  }

  /**
   * The usual gender of a name's first word, unless the name is a lone word that ends a longer
   * name of the article ("Williams" after "Serena Williams"): a surname says nothing.
   */
  private Lexicon.Gender likelyGender(List<String> w) {
    if (w.size() == 1 && surnames().contains(w.get(0))) {
      return Lexicon.Gender.UNKNOWN;
    }
    return r.lex.genderOf(w.get(0));
  }

  /** The last words of the article's person names of more than one word. */
  private Set<String> surnames() {
    if (surnames == null) {
      surnames = new HashSet<>();
      for (Mention n : r.names) {
        if (n.type() == EntityType.PERSON && n.last() > n.first()) {
          surnames.add(r.words(n).get(n.last() - n.first()));
        }
      }
    }
    return surnames;
  }

  /** The person a name refers to: the same full name, or the salient bearer of a short form. */
  private Cluster personFor(Mention m, List<String> w) {
    Cluster best = null;
    double bestScore = 0;
    // every match below shares its first word with a name of the cluster, or has it as their last
    for (Cluster c : r.index.withNameEnd(w.get(0))) {
      if (c.type != EntityType.PERSON || !c.isNamed()) {
        continue;
      }
      boolean match = false;
      for (Mention n : c.names()) {
        List<String> nw = r.words(n);
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

  /**
   * Whether {@code acronym} is the initials of {@code name}: "PTI" of "Pakistan Tehreek-e-Insaf".
   */
  private boolean acronymOf(Mention acronym, Mention name) {
    String a = r.index.acronym(acronym);
    return a != null && name.last() > name.first() && r.index.initials(name).equals(a);
  }

  private void clusterNominal(Mention m) {
    Sentence s = r.sentences.get(m.sentence());
    Optional<Dependency> up = s.headOf(m.head());
    if (up.isPresent() && up.get().relation().equals("appos") && up.get().governor() >= 0) {
      // "Gartner, a market research firm": the apposition names the same entity
      Optional<Mention> of = r.mentionHeadedBy(s.index(), up.get().governor());
      if (of.isPresent() && r.clusterOf.containsKey(of.get()) && compatibleNominal(r.clusterOf.get(of.get()).type, m.type())) {
        Cluster c = r.clusterOf.get(of.get());
        r.join(m, c);
        if (c.type == EntityType.PERSON && c.gender == Lexicon.Gender.UNKNOWN) {
          c.gender = r.lex.genderOfNoun(lemma(r.head(m))); // "Margaret, his elder daughter"
        }
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
    boolean definite = det != null && NominalFinder.DEFINITE.contains(det);
    String lemma = lemma(s.token(m.head()));
    Cluster found = null;
    if (m.type() == EntityType.GROUP) {
      String key = r.groupKeys.get(m);
      String origin = r.origins.get(m);
      if (key != null) {
        found = r.live().filter(c -> c.type == EntityType.GROUP && key.equals(c.key)).findFirst().orElse(null);
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
        found = r.live().filter(c -> c.type == EntityType.PERSON
            && c.descriptors.stream().anyMatch(d -> sameRole(d.role(), lemma))).findFirst().orElse(null);
        if (found == null) {
          found = r.described.stream()
              .filter(d -> sameRole(d.descriptor().role(), lemma) && d.target().span().start() < m.span().start())
              .map(d -> r.clusterOf.get(d.target())).filter(Objects::nonNull).findFirst().orElse(null);
        }
      }
    } else if (m.type() == EntityType.ORGANIZATION && definite) {
      String sub = r.subtypes.get(m);
      found = r.live().filter(c -> c.type == EntityType.ORGANIZATION && !c.isNamed()
          && c.mentions.stream().anyMatch(x -> lemma(r.head(x)).equals(lemma))).findFirst().orElse(null);
      if (found == null && sub == null && COMPANY_HEADS.contains(lemma)) {
        found = recent(m, 3, c -> c.type == EntityType.ORGANIZATION && c.isNamed());
      }
    }
    if (found != null) {
      r.join(m, found);
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

  private Cluster recent(Mention m, int window, Predicate<Cluster> ok) {
    Cluster best = null;
    int bestStart = -1;
    for (Cluster c : r.index.mentionedIn(m.sentence() - window, m.sentence())) {
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
}
