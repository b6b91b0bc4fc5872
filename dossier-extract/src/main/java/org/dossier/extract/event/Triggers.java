package org.dossier.extract.event;

import static org.dossier.extract.event.Clauses.CLAUSES;
import static org.dossier.extract.event.Clauses.clauseOf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Event;
import org.dossier.annotation.DependencyTree;
import org.dossier.annotation.Token;
import org.dossier.extract.lexicon.EnglishLexicon;
import org.dossier.text.Span;

/**
 * The candidate triggers of a sentence: verbs of the PLOVER lexicon and verb phrases ("called
 * for"), then event nouns that are not in a verb's object. A light verb carrying an event noun
 * ("held talks") leaves the event to the noun; a cue verb whose object is something said ("shared
 * key insights") is a source speaking, not an event.
 */
final class Triggers {

  private static final Set<String> SAYABLE = EnglishLexicon.get().sayable();

  private final PloverLexicon lexicon;

  Triggers(PloverLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The attributions whose cue touches the sentence: a long article has thousands, a sentence a few. */
  private static List<Attribution> inSentence(List<Attribution> attributions, Span sentence) {
    List<Attribution> out = new ArrayList<>();
    for (Attribution a : attributions) {
      if (a.cue().overlaps(sentence)) {
        out.add(a);
      }
    }
    return out;
  }

  /** The triggers of a sentence, in sentence order: verbs first, so that the nouns in their objects are theirs. */
  List<Candidate> candidates(DependencyTree p, List<Attribution> attributions) {
    List<Candidate> out = new ArrayList<>();
    Set<Integer> absorbed = new HashSet<>();
    Set<Integer> cues = new HashSet<>();
    List<Attribution> here = p.size() == 0 ? List.of() : inSentence(attributions,
        new Span(p.token(0).span().start(), p.token(p.size() - 1).span().end()));
    for (int i = 0; i < p.size(); i++) {
      Span ts = p.token(i).span();
      for (Attribution a : here) {
        if (a.cue().overlaps(ts)) {
          cues.add(i);
        }
      }
    }
    // verbs first, so that the nouns in their objects are theirs
    for (int i = 0; i < p.size(); i++) {
      Token t = p.token(i);
      if (!t.isVerb() || p.relation(i).startsWith("aux") || p.relation(i).equals("cop")
          || p.relation(i).equals("amod")) {
        continue;
      }
      if (cues.contains(i) && reportsSpeech(p, i)) {
        continue; // "sources shared key insights": a source speaking, not an event
      }
      Optional<Event.Type> type = Optional.empty();
      for (int c : p.children(i)) {
        Optional<Event.Type> phrase = lexicon.phrase(t.lemma(), p.token(c).lemma());
        if (phrase.isEmpty() && p.relation(c).startsWith("obl")) {
          for (int g : p.children(c)) {
            if (p.relation(g).equals("case") && phrase.isEmpty()) {
              phrase = lexicon.phrase(t.lemma(), p.token(g).lemma()); // "called for sanctions"
            }
          }
        }
        if (phrase.isPresent()) {
          type = phrase;
        }
      }
      if (type.isEmpty() && lexicon.isLight(t.lemma()) && carriesNoun(p, i)) {
        continue; // "held talks": the noun is the event
      }
      if (type.isEmpty()) {
        type = lexicon.verb(t.lemma());
      }
      if (type.isEmpty()) {
        continue;
      }
      Set<Integer> mine = new HashSet<>();
      for (int c : p.children(i)) {
        if (p.relation(c).equals("obj")) {
          collectNouns(p, c, mine);
        }
      }
      absorbed.addAll(mine);
      out.add(new Candidate(type.get(), i, i, i, false, true, mine));
    }
    for (int i = 0; i < p.size(); i++) {
      Token t = p.token(i);
      if (!t.isNoun() || t.isProperNoun() || absorbed.contains(i) || cues.contains(i)) {
        continue;
      }
      Optional<Event.Type> type = lexicon.noun(t.lemma());
      if (type.isEmpty()) {
        continue;
      }
      // "sessions of discussions": one event, on the head noun
      int h = p.head(i);
      if (h >= 0 && p.relation(i).startsWith("nmod") && lexicon.noun(p.token(h).lemma()).isPresent()
          && p.token(h).isNoun()) {
        continue;
      }
      int verb = -1;
      boolean carried = false;
      String rel = p.relation(i);
      if (h >= 0 && (rel.equals("obj") || rel.startsWith("nsubj")) && lexicon.isLight(p.token(h).lemma())
          && p.token(h).isVerb()) {
        verb = h;
        carried = true;
      }
      boolean predicate = p.child(i, "cop").isPresent() || p.child(i, "nsubj").isPresent();
      int clause = verb >= 0 ? verb : predicate ? i : clauseOf(p, i);
      out.add(new Candidate(type.get(), i, verb >= 0 ? verb : predicate ? i : -1, clause, true,
          carried || predicate && !lexicon.isLight(t.lemma()), Set.of()));
    }
    out.sort((a, b) -> Integer.compare(a.trigger(), b.trigger()));
    return out;
  }

  /** A cue verb whose object is something said ("shared key insights"), not something done. */
  private static boolean reportsSpeech(DependencyTree p, int v) {
    Optional<Integer> obj = p.child(v, "obj");
    return obj.isPresent() && SAYABLE.contains(p.token(obj.get()).lemma().toLowerCase(Locale.ROOT));
  }

  private boolean carriesNoun(DependencyTree p, int v) {
    for (int c : p.children(v)) {
      String r = p.relation(c);
      if ((r.equals("obj") || r.startsWith("nsubj")) && p.token(c).isNoun() && lexicon.noun(p.token(c).lemma()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The event nouns in an object phrase, not crossing into clauses. */
  private void collectNouns(DependencyTree p, int i, Set<Integer> into) {
    if (p.token(i).isNoun() && lexicon.noun(p.token(i).lemma()).isPresent()) {
      into.add(i);
    }
    for (int c : p.children(i)) {
      if (!CLAUSES.contains(p.relation(c)) && !p.relation(c).startsWith("acl")) {
        collectNouns(p, c, into);
      }
    }
  }
}
