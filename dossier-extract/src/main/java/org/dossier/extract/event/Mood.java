package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.analysis.Event;
import org.dossier.analysis.Event.Modality;
import org.dossier.annotation.DependencyTree;
import org.dossier.extract.lexicon.EnglishLexicon;

/**
 * How an event is told: negated or not ("did not meet", "failed to reach"), its modality (planned,
 * hypothetical, asserted or reported as uncertain), an obligation on its subject ("must hand
 * over"), and the halting of cooperation ("halted aid") that PLOVER codes as a sanction.
 */
final class Mood {

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
  private static final Set<String> PLANNING = Set.of("would", "will", "shall", "'ll", "wo");
  private static final Set<String> POSSIBILITY = Set.of("could", "might", "may", "can", "ca");
  private static final Set<String> PLAN_VERBS = EnglishLexicon.get().planning();
  private static final Set<String> OBLIGATION = Set.of("must", "should", "ought");
  private static final Set<String> READY = EnglishLexicon.get().readiness();
  private static final Set<String> REJECT_VERBS = EnglishLexicon.get().halting();
  private static final Set<String> COOPERATION = EnglishLexicon.get().cooperation();

  private Mood() {}

  /** A negation on the trigger, its verb or the verb it is the infinitive of; "failed to", "refused to". */
  static boolean negated(DependencyTree p, Candidate c) {
    List<Integer> heads = new ArrayList<>(List.of(c.trigger()));
    if (c.verb() >= 0) {
      heads.add(c.verb());
    }
    int v = c.verb() >= 0 ? c.verb() : c.clause();
    if (v >= 0 && p.relation(v).equals("xcomp") && p.head(v) >= 0) {
      String g = p.token(p.head(v)).lemma().toLowerCase(Locale.ROOT);
      if (g.equals("fail") || g.equals("refuse") || g.equals("decline")) {
        return true; // "failed to reach an agreement"
      }
      heads.add(p.head(v)); // "will not be able to", "did not want to"
    }
    for (int h : heads) {
      for (int d : p.children(h)) {
        String r = p.relation(d);
        if ((r.equals("advmod") || r.equals("det") || r.equals("neg"))
            && NEGATIONS.contains(p.token(d).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Planned ("will", "plans to", "ready to"), hypothetical ("could", "if"), else asserted or, hedged, reported as uncertain. */
  static Modality modality(DependencyTree p, Candidate c, boolean hedged) {
    int v = c.verb() >= 0 ? c.verb() : c.clause();
    if (v >= 0) {
      for (int d : p.children(v)) {
        if (p.relation(d).startsWith("aux")) {
          String w = p.token(d).word().toLowerCase(Locale.ROOT);
          if (PLANNING.contains(w)) {
            return Modality.PLANNED;
          }
          if (POSSIBILITY.contains(w)) {
            return Modality.HYPOTHETICAL;
          }
        }
        if (p.relation(d).equals("mark") && (p.token(d).word().equalsIgnoreCase("if")
            || p.token(d).word().equalsIgnoreCase("unless"))) {
          return Modality.HYPOTHETICAL;
        }
      }
      if (p.relation(v).equals("xcomp") && p.head(v) >= 0) {
        int g = p.head(v);
        String lemma = p.token(g).lemma().toLowerCase(Locale.ROOT);
        if (PLAN_VERBS.contains(lemma) || READY.contains(lemma)) {
          return Modality.PLANNED;
        }
        for (int d : p.children(g)) {
          if (p.relation(d).startsWith("aux") && PLANNING.contains(p.token(d).word().toLowerCase(Locale.ROOT))) {
            return Modality.PLANNED; // "will seek to"
          }
        }
      }
    }
    return hedged ? Modality.REPORTED_UNCERTAIN : Modality.ASSERTED;
  }

  /** "must", "should": what the subject is told to do. */
  static boolean obliged(DependencyTree p, Candidate c) {
    int v = c.verb() >= 0 ? c.verb() : c.clause();
    if (v < 0 || c.type() == Event.Type.OTHER) {
      return false;
    }
    for (int x = v, up = 0; x >= 0 && up < 2; up++) {
      for (int d : p.children(x)) {
        if (p.relation(d).startsWith("aux") && OBLIGATION.contains(p.token(d).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      if (!p.relation(x).equals("xcomp")) {
        break;
      }
      x = p.head(x); // "must be ready to mediate"
    }
    return false;
  }

  private static boolean cutsCooperation(DependencyTree p, int v) {
    for (int c : p.children(v)) {
      if (p.relation(c).equals("obj") || p.relation(c).equals("nsubj:pass")) {
        if (COOPERATION.contains(p.token(c).lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
        for (int g : p.children(c)) {
          if (p.relation(g).equals("compound") && COOPERATION.contains(p.token(g).lemma().toLowerCase(Locale.ROOT))) {
            return true; // "aid deliveries"
          }
        }
      }
    }
    return false;
  }

  /** A verb of halting whose object is cooperation: "halted aid deliveries", "suspended visits". */
  static boolean haltsCooperation(DependencyTree p, int v) {
    return REJECT_VERBS.contains(p.token(v).lemma().toLowerCase(Locale.ROOT)) && cutsCooperation(p, v);
  }
}
