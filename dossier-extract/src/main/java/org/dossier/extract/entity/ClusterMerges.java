package org.dossier.extract.entity;

import static org.dossier.extract.entity.Reading.lower;
import static org.dossier.extract.entity.Reading.lemma;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.analysis.EntityType;
import org.dossier.annotation.Dependency;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;

/**
 * Merges of clusters once all mentions are read: lone short names, and anonymous people re-
 * introduced.
 */
final class ClusterMerges {

  private final Reading r;

  ClusterMerges(Reading r) {
    this.r = r;
  }

  /** A lone surname or first name met before the full name joins the one person who bears it. */
  void mergeShortNames() {
    for (Cluster c : new ArrayList<>(r.clusters)) {
      if (c.merged || c.type != EntityType.PERSON || c.names().isEmpty()
          || c.names().stream().anyMatch(n -> n.last() > n.first())) {
        continue;
      }
      String w = r.words(c.names().get(0)).get(0);
      List<Cluster> bearers = r.live().filter(o -> o != c && o.type == EntityType.PERSON
          && o.names().stream().anyMatch(n -> n.last() > n.first() && r.words(n).contains(w))).toList();
      if (bearers.size() == 1) {
        Cluster into = bearers.get(0);
        for (Mention m : c.mentions) {
          r.clusterOf.put(m, into);
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
   * of talks"). People of different genders are never merged this way.
   */
  void mergeSamePredicate() {
    Map<String, Cluster> bySignature = new HashMap<>();
    for (Cluster c : new ArrayList<>(r.clusters)) {
      if (c.merged || c.type != EntityType.PERSON || c.isNamed()) {
        continue;
      }
      Mention m = c.mentions.get(0);
      Optional<String> signature = relativePredicate(m);
      if (signature.isEmpty()) {
        continue;
      }
      Cluster earlier = bySignature.putIfAbsent(signature.get(), c);
      if (earlier != null && compatibleGenders(earlier, c)) {
        for (Mention x : c.mentions) {
          r.clusterOf.put(x, earlier);
        }
        earlier.absorb(c);
      }
    }
  }

  /** "a man, who is a teacher" and "a woman, who is a teacher" are two people. */
  private static boolean compatibleGenders(Cluster a, Cluster b) {
    return a.gender == Lexicon.Gender.UNKNOWN || b.gender == Lexicon.Gender.UNKNOWN || a.gender == b.gender;
  }

  /**
   * "who is now part of": the predicate's lemma and adverbs of a relative clause just after a
   * mention.
   */
  private Optional<String> relativePredicate(Mention m) {
    Sentence s = r.sentences.get(m.sentence());
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
      if (t.isVerb() || r.inName(s.index(), k, EntityType.PERSON)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
