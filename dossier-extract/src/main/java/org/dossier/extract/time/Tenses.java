package org.dossier.extract.time;

import java.util.Optional;
import java.util.Set;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Dependency;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.dossier.extract.lexicon.EnglishLexicon;

/**
 * The tense of the clause a time expression belongs to: up the dependency tree to the first
 * finite verb ("a session held in November" climbs past the participle "held" to
 * "acknowledged"), or, without a parse, the nearest finite verb.
 */
final class Tenses {

  private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "shall", "wo", "would", "'d");
  private static final Set<String> PERFECT_AUX = Set.of("have", "has", "'ve", "had", "having");
  private static final Set<String> PAST_AUX = Set.of("was", "were", "did", "had");
  private static final Set<String> FUTURE_LEMMAS = EnglishLexicon.get().lookingAhead();

  private Tenses() {}

  static Tense of(Sentence s, int token) {
    return of(s, token, token);
  }

  /**
   * The tense for the expression of tokens {@code first..last}: "as soon as Tuesday", "as early
   * as next week" look ahead whatever the verb's tense.
   */
  static Tense of(Sentence s, int first, int last) {
    if (first >= 3 && s.token(first - 1).word().equalsIgnoreCase("as") && s.token(first - 3).word().equalsIgnoreCase("as")
        && SOON.contains(s.token(first - 2).word().toLowerCase())) {
      return Tense.FUTURE;
    }
    if (first >= 1) {
      int k = s.token(first - 1).word().equalsIgnoreCase("on") && first >= 2 ? first - 2 : first - 1;
      String before = s.token(k).word().toLowerCase();
      if (DUE.contains(before)) {
        return Tense.FUTURE; // "effective Feb. 1", "payable Dec. 1", "due on Friday"
      }
      if (START.contains(before)) {
        return Tense.PRESENT; // "the crop year beginning Aug. 1", "starting March 15": the nearest one
      }
      if (before.equals("ended")) {
        return Tense.COMPLETED; // "the quarter ended Oct. 31", "the fiscal year ended Jan. 31"
      }
      if (grantsTime(s, first)) {
        return Tense.FUTURE;
      }
    }
    int token = last;
    int cur = token;
    for (int hops = 0; hops < 10; hops++) {
      Optional<Dependency> head = s.headOf(cur);
      if (head.isEmpty() || head.get().governor() == Dependency.ROOT) {
        break;
      }
      int g = head.get().governor();
      if (infinitiveOfIntent(s, g)) {
        int intent = s.headOf(g).get().governor();
        if (pastPerfect(s, intent)) {
          return Tense.PAST;
        }
        // "previously said it hoped to submit it by mid-February": an intent told in the past may
        // aim at a time just gone
        return s.token(intent).pos().equals("VBD") ? Tense.INTENDED : Tense.FUTURE;
      }
      if (reducedRelative(s, g)) {
        return Tense.PAST;
      }
      Optional<Tense> t = finite(s, g);
      if (t.isPresent()) {
        return t.get();
      }
      cur = g;
    }
    if (s.dependencies().isEmpty() || s.headOf(token).isEmpty()) {
      return nearest(s, token);
    }
    Optional<Tense> root = finite(s, cur);
    return root.orElseGet(() -> nearest(s, token));
  }

  /**
   * "has given them until Tuesday", "extended the deadline until Friday", "adjourned until
   * Monday": time granted up to a point puts that point ahead, whatever the tense of the grant.
   * The granting verb is looked for a few words back within the clause.
   */
  private static boolean grantsTime(Sentence s, int first) {
    if (!UNTIL.contains(s.token(first - 1).word().toLowerCase())) {
      return false;
    }
    for (int k = first - 2; k >= 0 && k >= first - 7; k--) {
      Token t = s.token(k);
      String w = t.word().toLowerCase();
      if (w.equals(",") || w.equals(";") || w.equals(".")) {
        return false;
      }
      if ((t.pos().isEmpty() || t.isVerb()) && (GRANTING.contains(t.lemma().toLowerCase()) || GRANTED.contains(w))) {
        return true;
      }
    }
    return false;
  }

  /** "had planned to", "had been scheduled to": a plan told in the past perfect lies behind. */
  private static boolean pastPerfect(Sentence s, int v) {
    if (v < 0) {
      return false;
    }
    for (Dependency d : s.dependentsOf(v)) {
      if (d.relation().startsWith("aux") && s.token(d.dependent()).word().equalsIgnoreCase("had")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "agreed to acquire it in January", "plans to vote in May": a to-infinitive under a verb or
   * noun of intent speaks of what comes after, whatever the tense of the intent.
   */
  private static boolean infinitiveOfIntent(Sentence s, int v) {
    Token t = s.token(v);
    if (!t.pos().equals("VB") && !t.pos().equals("VBN")) {
      return false;
    }
    boolean to = false;
    for (Dependency d : s.dependentsOf(v)) {
      if (d.relation().equals("mark") && s.token(d.dependent()).word().equalsIgnoreCase("to")) {
        to = true;
      }
    }
    if (!to) {
      return false;
    }
    Optional<Dependency> up = s.headOf(v);
    if (up.isEmpty() || up.get().governor() < 0) {
      return false;
    }
    // "an agreement to acquire", "guidelines to be published": a to-infinitive on a noun looks ahead
    Token head = s.token(up.get().governor());
    if (INTENT.contains(head.lemma().toLowerCase())) {
      return true;
    }
    // "the first countries to join it on Friday": after an ordinal or a superlative the
    // infinitive tells who did it, not what is to come
    return up.get().relation().startsWith("acl") && head.isNoun() && !ranked(s, up.get().governor());
  }

  private static boolean ranked(Sentence s, int noun) {
    for (Dependency d : s.dependentsOf(noun)) {
      Token t = s.token(d.dependent());
      if (d.relation().equals("amod") && (t.pos().equals("JJS") || RANKS.contains(t.word().toLowerCase()))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> RANKS = Set.of("first", "second", "third", "last", "only");
  private static final Set<String> BE = Set.of("is", "are", "am");
  private static final Set<String> UNTIL = Set.of("until", "till", "til");
  private static final Set<String> GRANTING = EnglishLexicon.get().granting();
  private static final Set<String> GRANTED = EnglishLexicon.get().grantingForms();

  /**
   * "the injunction issued Thursday", "the terms, announced Friday, give holders": a bare past
   * participle modifying a noun tells of something done, so it looks back whatever the tense of
   * the clause the noun is in — unless it is one of scheduling or intent ("the vote scheduled for
   * Friday", "the rally planned for Saturday", "the report expected Tuesday").
   */
  private static boolean reducedRelative(Sentence s, int v) {
    Token t = s.token(v);
    if (!t.pos().equals("VBN")) {
      return false;
    }
    Optional<Dependency> up = s.headOf(v);
    // a participle the parser left at the root ("the terms, announced Friday, give ...") is one too
    if (up.isEmpty() || !up.get().relation().equals("acl") && up.get().governor() != Dependency.ROOT) {
      return false;
    }
    String lemma = t.lemma().toLowerCase();
    if (SCHEDULING.contains(lemma) || INTENT.contains(lemma) || FUTURE_LEMMAS.contains(lemma)
        || INTENT.contains(t.word().toLowerCase())) {
      return false;
    }
    for (Dependency d : s.dependentsOf(v)) {
      if (d.relation().startsWith("aux") || d.relation().equals("cop") || d.relation().equals("mark")) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> DUE = Set.of("effective", "payable", "due");
  private static final Set<String> START = Set.of("beginning", "starting", "commencing");
  private static final Set<String> SOON = Set.of("soon", "early");
  private static final Set<String> SCHEDULING = EnglishLexicon.get().scheduling();

  private static final Set<String> INTENT = EnglishLexicon.get().intent();

  /** The tense of token {@code v} if it heads a finite clause. */
  private static Optional<Tense> finite(Sentence s, int v) {
    Token t = s.token(v);
    if (SCHEDULING.contains(t.lemma().toLowerCase()) && t.isVerb()) {
      return Optional.of(Tense.FUTURE); // "has scheduled a news conference Thursday", "was planned for March"
    }
    Tense auxTense = null;
    for (Dependency d : s.dependentsOf(v)) {
      String rel = d.relation();
      if (!rel.startsWith("aux") && !rel.equals("cop")) {
        continue;
      }
      String a = s.token(d.dependent()).word().toLowerCase();
      if (FUTURE_AUX.contains(a)) {
        return Optional.of(Tense.FUTURE);
      }
      if (auxTense == null) {
        if (a.equals("have") || a.equals("has") || a.equals("'ve")) {
          auxTense = Tense.PERFECT;
        } else if (PERFECT_AUX.contains(a) || PAST_AUX.contains(a)) {
          auxTense = Tense.PAST;
        } else if (a.equals("is") || a.equals("are") || a.equals("am") || a.equals("'s") || a.equals("'re")
            || a.equals("do") || a.equals("does")) {
          auxTense = Tense.PRESENT;
        } else if (s.token(d.dependent()).pos().equals("MD")) {
          auxTense = Tense.PRESENT;
        }
      }
    }
    if (auxTense == Tense.PRESENT && (t.word().equalsIgnoreCase("going") || FUTURE_LEMMAS.contains(t.lemma())
        || beTo(s, v))) {
      return Optional.of(Tense.FUTURE);
    }
    if (auxTense != null) {
      return Optional.of(auxTense);
    }
    String pos = t.pos();
    if (pos.equals("VBD")) {
      return Optional.of(Tense.PAST);
    }
    if (pos.equals("VBZ") || pos.equals("VBP")) {
      return Optional.of(FUTURE_LEMMAS.contains(t.lemma()) ? Tense.FUTURE : Tense.PRESENT);
    }
    if (pos.equals("MD")) {
      return Optional.of(FUTURE_AUX.contains(t.word().toLowerCase()) ? Tense.FUTURE : Tense.PRESENT);
    }
    return Optional.empty();
  }

  /**
   * "is to resume trading Tuesday", "are to meet in May", "is not due to meet until September":
   * be + to-infinitive tells what is arranged.
   */
  private static boolean beTo(Sentence s, int v) {
    boolean be = false;
    boolean to = false;
    for (Dependency d : s.dependentsOf(v)) {
      String a = s.token(d.dependent()).word().toLowerCase();
      if ((d.relation().startsWith("aux") || d.relation().equals("cop")) && BE.contains(a)) {
        be = true; // "is to resume", "is not due to meet" (parsed with "is" as copula)
      }
      if (d.relation().equals("mark") && a.equals("to")) {
        to = true;
      }
    }
    return be && to;
  }

  /** Without a parse: the nearest finite verb, looking left first. */
  static Tense nearest(Sentence s, int token) {
    for (int d = 1; d < s.size(); d++) {
      for (int k : new int[] {token - d, token + d}) {
        if (k < 0 || k >= s.size()) {
          continue;
        }
        Tense t = tokenTense(s, k);
        if (t != Tense.UNKNOWN) {
          return t;
        }
      }
    }
    return Tense.UNKNOWN;
  }

  private static Tense tokenTense(Sentence s, int k) {
    Token t = s.token(k);
    String w = t.word().toLowerCase();
    String pos = t.pos();
    if (FUTURE_AUX.contains(w) && (pos.equals("MD") || pos.isEmpty())) {
      return Tense.FUTURE;
    }
    if (PERFECT_AUX.contains(w) && k + 1 < s.size() && s.token(k + 1).pos().equals("VBN")) {
      return w.equals("had") ? Tense.PAST : Tense.PERFECT;
    }
    if (pos.equals("VBD")) {
      return Tense.PAST;
    }
    if (pos.equals("VBZ") || pos.equals("VBP")) {
      if (k + 2 < s.size() && BE.contains(w) && s.token(k + 1).word().equalsIgnoreCase("to")) {
        return Tense.FUTURE; // "is to resume", "are to meet"
      }
      if (k + 1 < s.size() && FUTURE_LEMMAS.contains(stem(s.token(k + 1)))) {
        return Tense.FUTURE; // "is scheduled", "are expected"
      }
      return FUTURE_LEMMAS.contains(t.lemma()) ? Tense.FUTURE : Tense.PRESENT;
    }
    return Tense.UNKNOWN;
  }

  /** A participle's lemma, guessed when the annotator gave none: "scheduled" -> "schedule". */
  private static String stem(Token t) {
    String w = t.lemma().toLowerCase();
    if (w.endsWith("ed") && !FUTURE_LEMMAS.contains(w)) {
      String base = w.substring(0, w.length() - 1);
      return FUTURE_LEMMAS.contains(base) ? base : w.substring(0, w.length() - 2);
    }
    return w;
  }

  /** The tense most of the article's finite verbs are in: news is usually told in the past. */
  static Tense narrative(AnnotatedArticle text) {
    int past = 0;
    int other = 0;
    for (Sentence s : text.sentences()) {
      for (Token t : s.tokens()) {
        if (t.pos().equals("VBD")) {
          past++;
        } else if (t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD")) {
          other++;
        }
      }
    }
    return past >= other ? Tense.PAST : Tense.PRESENT;
  }
}
