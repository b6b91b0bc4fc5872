package org.dossier.extract.attribution;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.dossier.annotation.DependencyTree;
import org.dossier.annotation.Token;
import org.dossier.text.Span;

/**
 * The reading every verb family shares: a cue verb's subject says, its clausal complement is what
 * is said. Participles that name ("so-called") or modify a noun ("a report saying") go to
 * {@link Participles}, "seem" and "appear" to {@link Evidentials}, "it is understood that" to
 * {@link ImpersonalReports}, inverted reports ("..., officials said") to {@link InvertedReports};
 * the speaker is found by {@link Speakers}.
 */
final class VerbCue {

  private VerbCue() {}

  /** The attribution of the cue verb at {@code v}; with {@code needsClause}, only with a clause after it. */
  static Optional<Found> read(CueSentence cs, int v, boolean needsClause) {
    DependencyTree p = cs.tree();
    boolean broad = cs.broad();
    if (Participles.names(p, v)) {
      return Optional.empty();
    }
    if (Participles.modifiesNoun(p, v)) {
      return Participles.read(cs, v); // "a report from Bloomberg saying ..."
    }
    Optional<Integer> expletive = p.child(v, "expl").or(() -> p.child(v, "nsubj:pass")
        .filter(s -> p.token(s).lemma().equalsIgnoreCase("it")));
    boolean passive = passive(p, v);
    if (broad && Evidentials.inferred(cs, v)) {
      return Sourceless.read(cs, v); // "the idea seems to sit behind obstacles": the author's own inference
    }
    Optional<Integer> clause = p.child(v, "ccomp").or(() -> p.child(v, "parataxis"));
    if (broad && clause.isEmpty()) {
      // not the speaker misparsed as a predicate ("“...,” said Sexton.")
      clause = p.child(v, "xcomp").filter(x -> !(x == v + 1 && (p.token(x).isProperNoun() || p.token(x).pos().equals("PRP"))));
    }
    if (clause.isEmpty()) {
      // "“I was surprised ...,” said Sexton.": the quotation the parse left as an unlabelled dependent
      clause = p.child(v, "dep").filter(d -> d < v && p.token(d).isVerb());
    }
    if (expletive.isPresent() && passive && clause.isPresent()) {
      return ImpersonalReports.unowned(cs, v, expletive.get(), clause.get());
    }
    Optional<Integer> clausalSubject = passive ? Optional.empty() : p.child(v, "csubj");
    Optional<Integer> subject = Speakers.subject(cs, v, passive, clausalSubject);
    if (subject.isEmpty()) {
      return unnamed(cs, v);
    }
    int s = subject.get();
    if (s < v && v > 0 && p.isPunct(v - 1) && !passive && InvertedReports.quoteBetween(p, s, v)) {
      // "“The risk,” said Edward Leamer, an economist, “is that ...”": the speaker follows the cue
      Optional<Integer> after = InvertedReports.speakerAfter(p, v).filter(x -> x > v);
      if (after.isPresent()) {
        s = after.get();
      }
    }
    if (p.token(s).word().toLowerCase(Locale.ROOT).matches("it|that|this")
        && (p.head(s) != v || p.relation(s).equals("expl") || p.token(v).pos().startsWith("JJ"))) {
      // "It's unclear whether ...", "It's easy to criticize ...", "That said, ...": a dummy, not a speaker
      return unnamed(cs, v);
    }
    Optional<Integer> adjacent = Speakers.adjacentSpeaker(p, v);
    if (adjacent.isPresent() && s < v && !Speakers.near(p, s, v)) {
      s = adjacent.get(); // "“... the better angels of our nature,” he concluded."
    }
    Speakers.Speaker speaker = Speakers.words(p, v, s, passive, clausalSubject);
    return said(cs, v, needsClause, clause, speaker.head(), speaker.words());
  }

  /** What the cue verb at {@code v} says, from its clause, the clause it hangs on, its object or the sentence before. */
  private static Optional<Found> said(CueSentence cs, int v, boolean needsClause, Optional<Integer> clause, int s,
      boolean[] source) {
    DependencyTree p = cs.tree();
    boolean broad = cs.broad();
    boolean[] content = new boolean[p.size()];
    boolean continues = false;
    if (clause.isPresent()) {
      p.mark(clause.get(), content);
    } else if (needsClause && !broad) {
      return Optional.empty();
    } else if (p.head(v) >= 0 && (p.relation(v).equals("parataxis") || p.relation(v).equals("ccomp"))
        && p.head(v) < v && !cs.isCue(p.head(v))) {
      // "..., officials said": the clause the cue hangs on is what was said
      p.mark(p.head(v), content);
      boolean[] mine = p.subtree(v);
      for (int j = 0; j < content.length; j++) {
        content[j] &= !mine[j];
      }
    } else {
      Optional<Integer> obj = p.child(v, "obj");
      if (obj.isPresent() && !isPerson(p, obj.get())) {
        p.mark(obj.get(), content);
        String head = p.token(obj.get()).lemma().toLowerCase(Locale.ROOT);
        continues = CueLexicon.INFORMATION.contains(head);
      } else if (endsWithColon(p, v)) {
        continues = true;
      } else if (broad) {
        // PolNeAR's contents may be any part of the clause: "vowed to ...", "took aim at ..."
        boolean[] mine = p.subtree(v);
        boolean rest = false;
        for (int j = v + 1; j < p.size(); j++) {
          rest |= mine[j] && !p.isPunct(j) && !source[j] && !(p.relation(j).equals("case") && source[p.head(j)]);
        }
        if (rest) {
          for (int j = v + 1; j < p.size(); j++) {
            content[j] = mine[j];
          }
        } else {
          Arrays.fill(content, true);
        }
      } else if (cs.beforeInParagraph().isEmpty()) {
        return Optional.empty(); // else "Trump said." may report the sentence before (below)
      }
    }
    if (endsWithColon(p, v)) {
      continues = true;
    }
    for (int j = 0; j < p.size(); j++) {
      if (source[j] || j == v) {
        content[j] = false;
      }
    }
    Optional<Span> sourceSpan = p.span(source);
    Optional<Span> contentSpan = Contents.longestRun(p, content);
    if (sourceSpan.isEmpty()) {
      return Optional.empty();
    }
    if (contentSpan.isEmpty()) {
      if (!continues) {
        if (cs.beforeInParagraph().isPresent() && CueLexicon.REPORT.contains(p.token(v).lemma().toLowerCase(Locale.ROOT))
            && onlySpeaker(p, v, source)) {
          // "“The Chinese have complete control over North Korea.” / Trump said.": the sentence before
          return Sources.sourced(cs, cueSpan(p, v), s, source, cs.beforeInParagraph(), false);
        }
        return Optional.empty();
      }
      contentSpan = Optional.of(new Span(p.token(p.size() - 1).span().end(), p.token(p.size() - 1).span().end()));
    }
    return Sources.sourced(cs, cueSpan(p, v), s, source, contentSpan, continues);
  }

  /** A cue whose speaker the sentence does not name: an attribution in the broad reading only. */
  private static Optional<Found> unnamed(CueSentence cs, int v) {
    return cs.broad() ? Sourceless.read(cs, v) : Optional.empty();
  }

  /**
   * True when the cue is passive. A passive needs a participle: "“That's who he is,” Ms. Warren
   * said" misparsed with "is" as aux:pass is active.
   */
  private static boolean passive(DependencyTree p, int v) {
    return (p.child(v, "aux:pass").isPresent() || p.child(v, "nsubj:pass").isPresent())
        && !p.child(v, "aux:pass").filter(x -> p.token(x).word().equals("'s") || p.token(x).word().equals("\u2019s"))
            .isPresent() // "he's said", a perfect misparsed as a passive
        && !p.token(v).pos().equals("VBD") && !p.token(v).pos().equals("VBZ") && !p.token(v).pos().equals("VBP")
        // "Asked about the polls, Clinton said ...": a bare participle is passive, its asker unnamed
        || p.token(v).pos().equals("VBN") && (p.relation(v).startsWith("advcl") || firstWord(p, v))
        && p.child(v, "nsubj").isEmpty() && p.child(v, "aux").isEmpty();
  }

  /** The verb with its particle ("pointed out") and the auxiliaries right before it ("has learned"). */
  static Span cueSpan(DependencyTree p, int v) {
    int first = v;
    int last = v;
    for (int c : p.children(v)) {
      String r = p.relation(c);
      if (r.equals("compound:prt") && c == last + 1) {
        last = c;
      }
    }
    for (int c = v - 1; c >= 0; c--) {
      String r = p.relation(c);
      if (p.head(c) == v && (r.equals("aux") || r.equals("aux:pass"))) {
        first = c;
      } else if (!(p.head(c) == v && r.equals("advmod"))) {
        break;
      }
    }
    return p.sentence().span(first, last);
  }

  /** True when only punctuation precedes the word in its sentence: "Asked about ..., X said". */
  private static boolean firstWord(DependencyTree p, int v) {
    for (int j = 0; j < v; j++) {
      if (!p.isPunct(j) && !p.token(j).pos().equals("WRB") && !p.token(j).pos().equals("IN")) {
        return false;
      }
    }
    return true;
  }

  /** True when the sentence holds nothing but the cue, its speaker and punctuation: "Trump said." */
  private static boolean onlySpeaker(DependencyTree p, int v, boolean[] source) {
    for (int j = 0; j < p.size(); j++) {
      if (j != v && !source[j] && !p.isPunct(j) && !p.relation(j).startsWith("aux") && !p.relation(j).equals("advmod")
          && !p.relation(j).startsWith("obl:tmod") && !p.relation(j).equals("obl:npmod")) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWithColon(DependencyTree p, int v) {
    for (int j = v + 1; j < p.size(); j++) {
      if (p.token(j).word().equals(":")) {
        return j >= p.size() - 2;
      }
    }
    return false;
  }

  private static boolean isPerson(DependencyTree p, int i) {
    Token t = p.token(i);
    return t.pos().startsWith("PRP") || t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION");
  }
}
