package org.dossier.extract.entity;

import static org.dossier.extract.entity.Reading.lower;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dossier.analysis.EntityType;
import org.dossier.annotation.Dependency;
import org.dossier.annotation.Sentence;

/** Resolves a pronoun to the most salient compatible entity. */
final class PronounResolution {

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

  private final Reading r;
  /** For each pronoun, the salience of every candidate cluster: the antecedents reported. */
  private final Map<Mention, Map<Cluster, Double>> candidates = new HashMap<>();

  PronounResolution(Reading r) {
    this.r = r;
  }

  /**
   * Pronoun resolution by salience, in the manner of Lappin and Leass (1994) with the syntactic
   * parallelism of the GAP baselines: among compatible entities mentioned in the last three
   * sentences, the one whose best mention is recent, a subject, in the same grammatical role as
   * the pronoun, and a name, plus a little for how often it was mentioned.
   */
  void resolve(Mention p) {
    Sentence s = r.sentences.get(p.sentence());
    String w = lower(s.token(p.head()));
    boolean possessive = s.token(p.head()).pos().equals("PRP$");
    boolean reflexive = w.endsWith("self") || w.endsWith("selves");
    Lexicon.Gender g = NominalFinder.MALE.contains(w) ? Lexicon.Gender.MALE
        : NominalFinder.FEMALE.contains(w) ? Lexicon.Gender.FEMALE : null;
    int pGov = s.headOf(p.head()).map(Dependency::governor).orElse(-2);
    String pRole = role(s, possessive && pGov >= 0 ? pGov : p.head());
    Cluster best = null;
    double bestScore = 0;
    for (Cluster c : (Iterable<Cluster>) r.live()::iterator) {
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
        Sentence xs = r.sentences.get(x.sentence());
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
      candidates.computeIfAbsent(p, k -> new LinkedHashMap<>()).put(c, score);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best != null && bestScore >= 20) {
      r.join(p, best);
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

  /** The clusters each pronoun could refer to, with their salience there, in the order considered. */
  Map<Mention, Map<Cluster, Double>> candidates() {
    return candidates;
  }
}
