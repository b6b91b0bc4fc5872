package org.dossier.extract.event;

import static org.dossier.extract.event.Clauses.clauseChain;
import static org.dossier.extract.event.Clauses.clauseOf;
import static org.dossier.extract.event.Clauses.headOf;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.analysis.Event.TimeSource;
import org.dossier.analysis.TimeExpression;
import org.dossier.annotation.DependencyTree;

/**
 * When an event happens: the time expression of its clause (or of the clauses it is coordinated
 * with), else the article's date for a present tense, else the date the narrative has reached
 * (the discourse time), unless the sentence's date belongs to a clause subordinate to it.
 */
final class EventTime {

  /** An event's time and where it comes from; empty for the article's date and for none. */
  record When(Optional<TimeExpression> time, TimeSource source) {}

  private EventTime() {}

  /** The time of candidate {@code c}, given the sentence's time expressions and the discourse time. */
  static When of(DependencyTree p, Candidate c, List<TimeExpression> here, Optional<TimeExpression> discourse) {
    Set<Integer> clauses = clauseChain(p, c.clause());
    Optional<TimeExpression> explicit = explicitTime(p, here, c.clause(), clauses);
    if (explicit.isPresent()) {
      return new When(explicit, TimeSource.EXPLICIT);
    } else if (relativeToAnother(p, here, c.clause())) {
      return new When(Optional.empty(), TimeSource.NONE);
    } else if (isPresent(p, c.clause())) {
      return new When(Optional.empty(), TimeSource.DCT);
    } else if (discourse.isPresent()) {
      return new When(discourse, TimeSource.DISCOURSE);
    }
    return new When(Optional.empty(), TimeSource.NONE);
  }

  /** The discourse time after a sentence: its last date that is not a vague present, past or future. */
  static Optional<TimeExpression> discourseAfter(List<TimeExpression> here, Optional<TimeExpression> discourse) {
    for (TimeExpression t : here) {
      if (t.type() == TimeExpression.Type.DATE && !t.value().startsWith("PRESENT") && !t.value().startsWith("PAST")
          && !t.value().startsWith("FUTURE")) {
        discourse = Optional.of(t);
      }
    }
    return discourse;
  }

  /** The time expression attached to the event's clause, if the sentence has one. */
  private static Optional<TimeExpression> explicitTime(
      DependencyTree p, List<TimeExpression> here, int clause, Set<Integer> clauses) {
    for (TimeExpression t : here) {
      int h = headOf(p, t.span());
      if (h >= 0 && clauseOf(p, h) == clause) {
        return Optional.of(t);
      }
    }
    for (TimeExpression t : here) {
      int h = headOf(p, t.span());
      if (h >= 0 && clauses.contains(clauseOf(p, h))) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** True when the sentence's date belongs to a clause subordinate to this one ("long before X met Y in March"). */
  private static boolean relativeToAnother(DependencyTree p, List<TimeExpression> here, int clause) {
    for (TimeExpression t : here) {
      int h = headOf(p, t.span());
      if (h < 0 || t.type() != TimeExpression.Type.DATE) {
        continue;
      }
      int c = clauseOf(p, h);
      if (c != clause && p.head(c) >= 0 && clauseOf(p, p.head(c)) == clause && p.relation(c).equals("advcl")) {
        return true;
      }
    }
    return false;
  }

  /** Present tense: "who is now part of", "are underway", "have been associates". */
  private static boolean isPresent(DependencyTree p, int clause) {
    if (clause < 0) {
      return false;
    }
    if (p.token(clause).pos().equals("VBZ") || p.token(clause).pos().equals("VBP")) {
      return true;
    }
    for (int c : p.children(clause)) {
      String r = p.relation(c);
      if ((r.startsWith("aux") || r.equals("cop")) && (p.token(c).pos().equals("VBZ") || p.token(c).pos().equals("VBP"))) {
        return true;
      }
    }
    return false;
  }
}
