package org.dossier.extract.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Attribution.Kind;
import org.dossier.analysis.Entity;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Ids.AttributionId;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.DependencyTree;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.dossier.extract.entity.EntityLayer;
import org.dossier.text.Span;

/**
 * Finds attribution cues, their sources and the content they cover.
 *
 * <p>Cues come from the dependency tree, not from word windows: a reporting verb and its subject
 * and clausal complement ("sources confirmed that ..."), "according to X", an inverted report
 * ("..., officials said"), a hedging adverb ("Reportedly, ..."), an impersonal passive ("it is
 * understood that ..."). Most attribution in political news is indirect speech, which quotation
 * marks never show. A cue whose own content is only an announcement ("Sources shared key
 * insights from the meetings.", "She said:") covers the following sentences of its paragraph
 * until another cue.
 */
public final class AttributionExtractor {

  /** Relations through which a participle or coordinated cue borrows its governor's subject. */
  private static final Pattern NON_WORD = Pattern.compile("\\W+");
  private static final java.util.Set<String> CLIMB = java.util.Set.of(
      "conj", "advcl", "xcomp", "dep", "parataxis", "ccomp", "advcl:relcl", "acl:relcl");

  private final boolean broad;

  /** The article pipeline's extractor: reports of speech, writing and information. */
  public AttributionExtractor() {
    this(false);
  }

  private AttributionExtractor(boolean broad) {
    this.broad = broad;
  }

  /**
   * An extractor that also takes stance and intention verbs as cues ("praised", "vowed",
   * "hopes"), as PolNeAR's annotators did; for evaluation against that corpus.
   */
  public static AttributionExtractor broad() {
    return new AttributionExtractor(true);
  }

  public List<Attribution> extract(AnnotatedArticle text, EntityLayer entities) {
    List<Found> found = new ArrayList<>();
    List<Sentence> sentences = text.sentences();
    boolean[] hasCue = new boolean[sentences.size()];
    java.util.BitSet quoted = quoted(text.body());
    for (int si = 0; si < sentences.size(); si++) {
      DependencyTree p = new DependencyTree(sentences.get(si));
      Optional<Span> previous = si > 0 && text.body().substring(sentences.get(si - 1).span().end(),
          sentences.get(si).span().start()).indexOf('\n') < 0 ? Optional.of(sentences.get(si - 1).span()) : Optional.empty();
      List<Found> here = cues(p, si, sentences, entities, previous).stream().filter(f -> !quoted.get(f.cue.start())).toList();
      hasCue[si] = !here.isEmpty();
      found.addAll(here);
    }
    List<Found> extended = new ArrayList<>();
    for (Found f : found) {
      extended.add(f.continues ? continueOver(f, sentences, hasCue, text.body()) : f);
    }
    extended.sort(Comparator.comparing((Found f) -> f.cue));
    List<Attribution> out = new ArrayList<>();
    for (Found f : extended) {
      out.add(new Attribution(AttributionId.of(out.size() + 1), f.kind, f.cue, f.source, f.sourceEntity, f.content));
    }
    return out;
  }

  /**
   * The characters inside quotation marks. A cue there belongs to the quoted speech ("I said to
   * them ...") and is part of the content of the attribution that quotes it, not a source of the
   * article's. A paragraph break closes every quotation.
   */
  private static java.util.BitSet quoted(String body) {
    java.util.BitSet in = new java.util.BitSet(body.length());
    boolean open = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\u201C') {
        // "...,“ said X", "an “expedited review“ of": some texts print the opening mark for a closing one
        open = !(open && closes(body, i, 1));
      } else if (c == '\u201D') {
        open = false;
      } else if (c == '"') {
        open = !open;
      } else if (c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
        open = !open; // the two apostrophes some newspapers print for both quotation marks
        i++;
      } else if (c == '\n') {
        open = false;
      } else if (open) {
        in.set(i);
      }
    }
    return in;
  }

  /** True when the mark of {@code width} characters at {@code i} ends a word: a closing mark. */
  private static boolean closes(String body, int i, int width) {
    int next = i + width;
    boolean afterWord = i > 0 && !Character.isWhitespace(body.charAt(i - 1));
    boolean beforeGap = next >= body.length() || Character.isWhitespace(body.charAt(next))
        || ",.;:?!)".indexOf(body.charAt(next)) >= 0;
    return afterWord && beforeGap;
  }

  /** What one cue yields before ids are given. */
  private record Found(
      int sentence, Kind kind, Span cue, Optional<Span> source, Optional<EntityId> sourceEntity, Span content,
      boolean continues) {}

  private List<Found> cues(DependencyTree p, int si, List<Sentence> sentences, EntityLayer entities,
      Optional<Span> previous) {
    List<Found> out = new ArrayList<>();
    boolean[] used = new boolean[p.size()];
    for (int i = 0; i < p.size(); i++) {
      if (used[i]) {
        continue;
      }
      Token t = p.token(i);
      String word = t.word().toLowerCase(Locale.ROOT);
      Optional<Found> f = Optional.empty();
      if (word.equals("according") && i + 1 < p.size() && p.token(i + 1).word().equalsIgnoreCase("to")) {
        f = accordingTo(p, si, i, entities, si > 0 ? Optional.of(sentences.get(si - 1).span()) : Optional.empty());
        used[i + 1] = true;
      } else if (broad && word.equals("in") && p.relation(i).equals("case")) {
        f = inView(p, si, i, entities);
      } else if (CueLexicon.HEDGES.contains(word)) {
        f = hedge(p, si, i);
      } else if (word.equals(":")) {
        f = speakerColon(p, si, i, entities);
      } else if (broad && t.pos().startsWith("JJ") && p.child(i, "cop").isPresent() && CueLexicon.isStance(word)) {
        f = verb(p, si, i, entities, previous, false); // "Khan was confident that ...", "voters are worried about ..."
      } else if (t.isNoun() && !t.isProperNoun() && (CueLexicon.REPORT_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))
          || broad && (CueLexicon.isStance(word) || CueLexicon.STANCE_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))))) {
        f = noun(p, si, i, entities);
      } else if (t.isVerb() && !p.relation(i).startsWith("aux") && !p.relation(i).equals("cop") && !glued(p, i)
          && !modifier(p, i) && !question(p, i)) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (lemma.equals("continue") && !inverted(p, i) && !(p.child(i, "xcomp").isEmpty() && p.child(i, "obj").isEmpty()
            && (p.child(i, "ccomp").isPresent() || p.child(i, "parataxis").isPresent() || quoteFollows(p, i)))) {
          // "continued to ..." and "continued his attacks" are no reports; "..., he continued." and
          // "He continued, “...”" are
          f = Optional.empty();
        } else if (CueLexicon.IMPERSONAL.contains(lemma) && impersonal(p, i)) {
          f = verb(p, si, i, entities, previous, true);
        } else if (CueLexicon.CLAUSE_ALWAYS.contains(lemma) && p.child(i, "ccomp").isEmpty()) {
          f = Optional.empty(); // "battleground states", a noun
        } else if (CueLexicon.REPORT.contains(lemma)) {
          f = verb(p, si, i, entities, previous, CueLexicon.NEEDS_CLAUSE.contains(lemma));
        } else if (broad && (CueLexicon.isStance(word) || stanceVerb(p, i))) {
          f = verb(p, si, i, entities, previous, false);
        }
      }
      f.ifPresent(out::add);
    }
    return separate(p, out);
  }

  /**
   * True when the verb form modifies a noun rather than heads a clause ("pledged delegates") or
   * carries a particle that changes its sense ("showed up", "added up").
   */
  private static boolean modifier(DependencyTree p, int i) {
    int h = p.head(i);
    if (h > i && p.token(h).isNoun()) {
      boolean inPhrase = true;
      for (int j = i + 1; j < h; j++) {
        inPhrase &= p.token(j).isNoun() || p.token(j).pos().startsWith("JJ");
      }
      if (inPhrase) {
        return true; // the verb form sits inside the noun phrase, before its noun
      }
    }
    return CueLexicon.PARTICLE_CHANGES_SENSE.contains(p.token(i).lemma().toLowerCase(Locale.ROOT))
        && p.child(i, "compound:prt").isPresent();
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

  private static boolean quoteMark(String w) {
    return w.equals("\u201D") || w.equals("\u201C") || w.equals("\"") || w.equals("''") || w.equals("``");
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

  /** A person or organisation name, whatever part of speech the tagger gave it ("said Devine/JJ"). */
  private static boolean named(DependencyTree p, int i) {
    String ner = p.token(i).ner();
    return ner.equals("PERSON") || ner.equals("ORGANIZATION");
  }

  private static boolean afterComma(DependencyTree p, int v) {
    return v > 0 && p.token(v - 1).word().equals(",");
  }

  /** True when a quotation mark stands between the two tokens: the first is inside the quotation. */
  private static boolean quoteBetween(DependencyTree p, int from, int to) {
    for (int j = from + 1; j < to; j++) {
      String w = p.token(j).word();
      if (w.equals("\u201D") || w.equals("\"") || w.equals("''")) {
        return true;
      }
    }
    return false;
  }

  /** True when a quotation or a colon comes right after the verb and its comma: "He continued, “...”". */
  private static boolean quoteFollows(DependencyTree p, int v) {
    for (int j = v + 1; j < p.size() && j <= v + 2; j++) {
      String w = p.token(j).word();
      if (w.equals(":") || w.equals("\u201C") || w.equals("\"") || w.equals("``") || w.equals("''")) {
        return true;
      }
      if (!w.equals(",")) {
        return false;
      }
    }
    return false;
  }

  /** True when the verb is asked about, not asserted: "Do you support Donald Trump?". */
  private static boolean question(DependencyTree p, int i) {
    if (!p.token(p.size() - 1).word().equals("?")) {
      return false;
    }
    Optional<Integer> subject = p.child(i, "nsubj");
    for (int c : p.children(i)) {
      if (p.relation(c).equals("aux") && subject.isPresent() && c < subject.get()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the word is the second half of a hyphenated compound ("communist-ruled",
   * "value-added"): a modifier, not a verb that reports.
   */
  private static boolean glued(DependencyTree p, int i) {
    return i > 0 && p.token(i - 1).word().equals("-") && p.token(i - 1).span().end() == p.token(i).span().start();
  }

  /**
   * Keeps each content to its own cue: "X said A, and Y said B" gives two attributions, not one
   * whose content holds the other. A cue inside another's complement ("sources said Khan told aides
   * that ...") stays inside it.
   */
  private List<Found> separate(DependencyTree p, List<Found> found) {
    if (found.size() < 2) {
      return found;
    }
    List<Found> out = new ArrayList<>();
    for (Found f : found) {
      Span content = f.content;
      int fTok = tokenAt(p, f.cue.start());
      for (Found g : found) {
        if (g == f || !content.contains(g.cue)) {
          continue;
        }
        int gTok = tokenAt(p, g.cue.start());
        boolean according = gTok >= 0 && p.token(gTok).word().equalsIgnoreCase("according");
        // "..., chanting X ..., the Tribune reports": the inverted report frames the other cue, not the reverse
        // "X said A, adding B": the same speaker's next report, whatever clause the parse hung it on
        boolean sameSpeaker = gTok > fTok && fTok >= 0 && p.token(gTok).pos().equals("VBG") && afterComma(p, gTok)
            && g.source.isPresent() && g.source.equals(f.source);
        boolean framed = g.content.contains(f.cue) && gTok > fTok && gTok >= 0 && inverted(p, gTok) || sameSpeaker;
        if (gTok >= 0 && fTok >= 0 && !according && !framed && (descends(p, gTok, fTok) || reportedBefore(p, gTok, fTok))
            && !parallel(p, gTok)) {
          continue;
        }
        if (gTok >= 0 && fTok >= 0 && p.token(fTok).word().equalsIgnoreCase("according") && !according && !framed) {
          continue; // "According to the Beacon, the documents reveal ...": the report is what the Beacon says
        }
        Span region = sameSpeaker ? g.cue : g.source.map(g.cue::union).orElse(g.cue);
        if (region.contains(content)) {
          content = new Span(content.start(), content.start()); // its "content" is another's source and cue
          break;
        }
        if (region.start() > f.cue.end() && region.start() > content.start()) {
          content = trimmed(p, content.start(), region.start());
        } else if (region.end() < content.end() && region.end() > content.start()) {
          content = trimmed(p, region.end(), content.end());
        }
      }
      if (!content.isEmpty()) {
        out.add(new Found(f.sentence, f.kind, f.cue, f.source, f.sourceEntity, content, f.continues));
      }
    }
    return out;
  }

  /**
   * True when a cue inside another's content makes a claim of its own rather than one the other
   * reports: a clause coordinated with the reported one ("X said A, and three-quarters said B",
   * "he said A but did not suggest B") or a relative clause ("a finish that he said defied
   * expectations"). A conjunct of a reported cue ("X said Y accused Z and vowed ...") stays inside.
   */
  private boolean parallel(DependencyTree p, int g) {
    String r = p.relation(g);
    if (r.startsWith("acl:relcl")) {
      return true;
    }
    return r.equals("conj") && p.head(g) >= 0 && !isCue(p, p.head(g));
  }

  private static int tokenAt(DependencyTree p, int offset) {
    for (int i = 0; i < p.size(); i++) {
      if (p.token(i).span().contains(offset)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * True when {@code f} is an inverted cue ("..., Sabato said") and {@code g} lies in the clause it
   * reports, before it: "The come-from-behind express that worked ... would derail, Sabato said".
   */
  private static boolean reportedBefore(DependencyTree p, int g, int f) {
    if (!(p.head(f) >= 0 && p.head(f) < f && (p.relation(f).equals("parataxis") || p.relation(f).equals("ccomp")))
        || g > f) {
      return false;
    }
    boolean[] clause = p.subtree(p.head(f));
    boolean[] own = p.subtree(f);
    return clause[g] && !own[g];
  }

  /** True when {@code node} lies under {@code ancestor}'s complement clause. */
  private static boolean descends(DependencyTree p, int node, int ancestor) {
    for (int x = node, steps = 0; x >= 0 && steps < 50; x = p.head(x), steps++) {
      if (p.head(x) == ancestor) {
        String r = p.relation(x);
        return r.equals("ccomp") || r.equals("xcomp") || r.equals("obj");
      }
    }
    return false;
  }

  /** The span of the words between two offsets, without punctuation or a conjunction at its edges. */
  private static Span trimmed(DependencyTree p, int from, int to) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < p.size(); i++) {
      Span t = p.token(i).span();
      if (t.start() >= from && t.end() <= to) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    while (first >= 0 && first <= last && (p.isPunct(first) || p.token(first).pos().equals("CC"))) {
      first++;
    }
    while (last >= first && first >= 0 && (p.isPunct(last) || p.token(last).pos().equals("CC"))) {
      last--;
    }
    if (first < 0 || first > last) {
      return new Span(from, from);
    }
    return p.sentence().span(first, last);
  }

  private static Optional<Integer> rootSubject(DependencyTree p, int v) {
    for (int i = 0; i < p.size(); i++) {
      if (p.head(i) < 0 && i != v) {
        return p.child(i, "nsubj").filter(x -> x < v);
      }
    }
    return Optional.empty();
  }

  /**
   * The subject a participle or a coordinated cue shares with the clause it hangs on ("He arrived
   * and said ...", "Romney went after Trump, calling it ... and asserting ..."). A cue verb on the
   * way up, or beside the cue, is the better owner than a nearer clause: "“...,” Mr. Brown said,
   * recalling ..." is Brown's recollection, whatever the quotation's own subject.
   */
  private Optional<Integer> borrowedSubject(DependencyTree p, int v) {
    if (p.relation(v).equals("acl") && afterComma(p, v)) {
      // "Kasich is trumpeting a positive message, refusing to attack": the clause's subject refuses
      for (int x = p.head(v), up = 0; x >= 0 && up < 4; x = p.head(x), up++) {
        Optional<Integer> s = p.child(x, "nsubj").filter(y -> y < v);
        if (s.isPresent() && p.token(x).isVerb() || s.isPresent() && p.child(x, "cop").isPresent()) {
          return s;
        }
      }
    }
    Optional<Integer> first = Optional.empty();
    int g = v;
    for (int up = 0; up < 4 && p.head(g) >= 0 && CLIMB.contains(p.relation(g)); up++) {
      int child = g;
      g = p.head(g);
      Optional<Integer> s = p.child(g, "nsubj");
      if (s.isPresent() && isCue(p, g) && s.get() < v) {
        return s;
      }
      for (int c : p.children(g)) {
        if (c != child && c < v && c > g && isCue(p, c) && (p.relation(c).equals("parataxis") || p.relation(c).equals("conj"))) {
          Optional<Integer> cs = p.child(c, "nsubj").filter(x -> x < v);
          if (cs.isPresent()) {
            return cs; // "“...,” Mr. Brown said, recalling ..."
          }
        }
      }
      if (first.isEmpty() && s.isPresent()) {
        first = s;
        if (up == 0 && !p.token(v).pos().equals("VBG")) {
          break; // a finite conjunct shares the subject of the clause it joins
        }
      }
    }
    return first;
  }

  /** "... was first reported by Politico": the noun of a "by" phrase on a passive cue. */
  private static Optional<Integer> byAgent(DependencyTree p, int v) {
    for (int c : p.children(v)) {
      if (p.relation(c).startsWith("obl") && c > v && p.hasChildLemma(c, "by") && p.token(c).isNoun()) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The speaker named after an inverted cue whose parse gave it no subject: "“...,” said Joe
   * Biden", "..., added the senator". Not for verbs whose object is the hearer ("told reporters").
   */
  private static Optional<Integer> speakerAfter(DependencyTree p, int v) {
    String lemma = p.token(v).lemma().toLowerCase(Locale.ROOT);
    boolean afterQuote = v == 0 || quoteMark(p.token(v - 1).word())
        || p.isPunct(v - 1) && v > 1 && quoteMark(p.token(v - 2).word());
    if (!CueLexicon.REPORT.contains(lemma) || CueLexicon.ADDRESSEE.contains(lemma) && !afterQuote) {
      return Optional.empty(); // "told reporters" names the hearer; "“...?” asked Mr. Manafort" the asker
    }
    int before = v - 1;
    if (before >= 0 && !p.isPunct(before)) {
      return Optional.empty();
    }
    for (int c : p.children(v)) {
      String r = p.relation(c);
      if (c > v && (r.equals("obj") || r.equals("dep") || r.equals("appos") || r.equals("iobj"))
          && (p.token(c).isNoun() || p.token(c).pos().equals("PRP"))) {
        return Optional.of(c);
      }
      if (c == v + 1 && r.equals("xcomp") && (p.token(c).isProperNoun() || p.token(c).pos().equals("PRP") || named(p, c))) {
        return Optional.of(c); // "“...,” said Rendell.", parsed as a predicate of "said"
      }
    }
    // the noun phrase right after the cue, up to a comma or the end, whatever the parse made of it:
    // "“...,” said Virginia delegate Beau Correll, angered that ..."
    int last = -1;
    int j = v + 1;
    while (j < p.size() && p.token(j).pos().matches("DT|JJ.?|NNP?S?|CD|HYPH|POS|PRP")) {
      if (p.token(j).isNoun() || p.token(j).pos().equals("PRP") || named(p, j)) {
        last = j;
      }
      j++;
    }
    if (last >= 0 && (j == p.size() || p.isPunct(j))) {
      return Optional.of(last);
    }
    return Optional.empty();
  }

  /**
   * The source of a relative clause's cue: the noun it modifies through the relative pronoun
   * ("voters who say"), one span when they are adjacent, else the pronoun alone, which is what
   * the sentence itself names there (PolNeAR marks the pronoun).
   */
  private static boolean[] withRelative(DependencyTree p, boolean[] antecedent, int relative) {
    int last = -1;
    for (int i = 0; i < antecedent.length; i++) {
      if (antecedent[i]) {
        last = i;
      }
    }
    boolean[] out = new boolean[p.size()];
    if (last >= 0 && last < relative && relative - last <= 2) {
      for (int i = 0; i <= relative; i++) {
        out[i] = antecedent[i] || i > last;
      }
      return out;
    }
    out[relative] = true;
    return out;
  }

  /**
   * The name or personal pronoun right before a finite cue verb (past auxiliaries and adverbs),
   * whatever relation the parse gave it.
   */
  private static Optional<Integer> nameBefore(DependencyTree p, int v) {
    if (!p.token(v).pos().matches("VBD|VBZ|VBP")) {
      return Optional.empty();
    }
    int before = v - 1;
    while (before >= 0 && (p.relation(before).startsWith("aux") || p.token(before).pos().equals("RB"))) {
      before--;
    }
    if (before >= 0 && (p.token(before).isProperNoun() || p.token(before).pos().equals("PRP"))) {
      return Optional.of(before);
    }
    return Optional.empty();
  }

  /** The name or pronoun right before or right after a cue verb, outside any other phrase. */
  private static Optional<Integer> adjacentSpeaker(DependencyTree p, int v) {
    int before = v - 1;
    while (before >= 0 && (p.relation(before).startsWith("aux") || p.relation(before).equals("advmod"))) {
      before--;
    }
    if (before >= 0 && (p.token(before).isProperNoun() || p.token(before).pos().equals("PRP"))
        && p.relation(before).startsWith("nsubj")) {
      return Optional.of(before);
    }
    int after = v + 1;
    if (after < p.size() && (p.token(after).isProperNoun() || p.token(after).pos().equals("PRP"))
        && p.head(after) == v && p.relation(after).startsWith("nsubj")) {
      return Optional.of(after);
    }
    return Optional.empty();
  }

  /** True when nothing but the subject's own words, auxiliaries and adverbs stand between it and the cue. */
  private static boolean near(DependencyTree p, int s, int v) {
    boolean[] sub = p.subtree(s);
    for (int i = s + 1; i < v; i++) {
      if (!sub[i] && !p.relation(i).startsWith("aux") && !p.relation(i).equals("advmod") && !p.isPunct(i)) {
        return false;
      }
    }
    return true;
  }

  /** "..., officials said": the cue hangs on the clause it reports, which comes first. */
  private static boolean inverted(DependencyTree p, int v) {
    return p.head(v) >= 0 && p.head(v) < v && (p.relation(v).equals("parataxis") || p.relation(v).equals("ccomp"))
        || p.child(v, "ccomp").filter(c -> c < v).isPresent();
  }

  /**
   * True when the token is itself a cue verb: a clause under it is what that cue reports ("X said
   * his band wrote songs"), never a claim that a later verb reports back ("..., officials said").
   */
  private boolean isCue(DependencyTree p, int i) {
    Token t = p.token(i);
    return t.isVerb() && (CueLexicon.REPORT.contains(t.lemma().toLowerCase(Locale.ROOT))
        || broad && (CueLexicon.isStance(t.word()) || stanceVerb(p, i)));
  }

  /**
   * A verb of cognition, intention or evaluation with the complement that makes it attribute
   * something: a clause or a predicate for cognition ("believe this provides", "see X as Y"), an
   * infinitive, clause or object for intention ("want to lose", "want East Jerusalem"), an object
   * or a clause for evaluation ("support Clinton").
   */
  private static boolean stanceVerb(DependencyTree p, int v) {
    String lemma = p.token(v).lemma().toLowerCase(Locale.ROOT);
    if (p.hasChildLemma(v, "to") || p.token(v).pos().equals("VBG") && !p.relation(v).equals("root")) {
      return false; // "free to support anyone", "hard to see how": a purpose or a possibility, no one's stance
    }
    boolean clause = p.child(v, "ccomp").isPresent() || p.child(v, "xcomp").isPresent();
    boolean object = p.child(v, "obj").isPresent();
    if (CueLexicon.COGNITION.contains(lemma)) {
      // "believe that ...", "his advisers believe, would lead ...", "know this"
      clause = p.child(v, "ccomp").isPresent() || inverted(p, v)
          || p.child(v, "obj").filter(o -> p.token(o).pos().equals("DT") || p.token(o).pos().startsWith("W")).isPresent();
      boolean as = false;
      for (int c : p.children(v)) {
        // "see X as Y", parsed with "as" on an oblique or on a predicate ("as most unfair")
        as |= (p.relation(c).startsWith("obl") || p.relation(c).equals("xcomp") || p.relation(c).equals("advcl"))
            && p.hasChildLemma(c, "as");
      }
      if (clause || object && as) {
        return true;
      }
    }
    if (CueLexicon.INTENTION.contains(lemma) && (clause || object)) {
      return true;
    }
    if (CueLexicon.COMMUNICATION.contains(lemma)) {
      boolean about = false;
      for (int c : p.children(v)) {
        about |= p.relation(c).startsWith("obl") && p.hasChildLemma(c, "about", "as", "to", "on", "for");
      }
      if (clause || object || about || inverted(p, v)) {
        return true;
      }
    }
    return CueLexicon.EVALUATION.contains(lemma) && (object || clause);
  }

  private static boolean impersonal(DependencyTree p, int v) {
    Optional<Integer> it = p.child(v, "expl").or(() -> p.child(v, "nsubj:pass"))
        .filter(s -> p.token(s).lemma().equalsIgnoreCase("it"));
    return it.isPresent() && p.child(v, "ccomp").isPresent();
  }

  /** "According to a local newspaper, ...": the source is the object of "to". */
  private Optional<Found> accordingTo(DependencyTree p, int si, int i, EntityLayer entities, Optional<Span> previous) {
    Span cue = p.sentence().span(i, i + 1);
    int h = p.head(i);
    if (h < 0 || h == i + 1 || !p.token(h).isNoun() && !p.token(h).pos().startsWith("PRP")) {
      // a parse that does not hang "according" on its noun: take the noun phrase after "to"
      h = -1;
      for (int j = i + 2; j < p.size() && !p.isPunct(j); j++) {
        if (p.token(j).isNoun() || p.token(j).pos().startsWith("PRP")) {
          h = j;
        }
      }
      if (h < 0) {
        return Optional.empty();
      }
    }
    boolean[] source = p.subtree(h);
    source[i] = false;
    source[i + 1] = false;
    boolean[] content = new boolean[p.size()];
    int clause = p.head(h);
    if (clause >= 0 && clause != i) {
      p.mark(clause, content);
    } else {
      java.util.Arrays.fill(content, true);
    }
    for (int j = 0; j < p.size(); j++) {
      if (source[j] || j == i || j == i + 1) {
        content[j] = false;
      }
    }
    Optional<Span> contentSpan = longestRun(p, content);
    if (contentSpan.isEmpty() || wordsIn(p, content) < 2) {
      contentSpan = previous; // "... are angry. / According to early exit polls." reports the sentence before
    }
    return sourced(p, si, cue, h, source, contentSpan, false, entities);
  }

  /**
   * "In Mr. Connolly's view, ...", "in the eyes of most Americans", "In a CBS News poll, she led
   * ...": the preposition is the cue, its noun phrase the source, the clause it modifies the
   * content. A viewpoint needs its owner; a document needs a clause that no verb of saying governs
   * ("he said in a letter that ..." is the verb's).
   */
  private Optional<Found> inView(DependencyTree p, int si, int i, EntityLayer entities) {
    int n = p.head(i);
    if (n < 0 || !p.token(n).isNoun() || p.token(n).isProperNoun()) {
      return Optional.empty();
    }
    String lemma = p.token(n).lemma().toLowerCase(Locale.ROOT);
    int clause = p.head(n);
    if (clause < 0 || !p.relation(n).startsWith("obl") && !p.relation(n).startsWith("nmod")) {
      return Optional.empty();
    }
    if (CueLexicon.VIEWPOINTS.contains(lemma)) {
      // the viewpoint noun is the cue and its owner the source: "in [Mr. Connolly's] [view]"
      Optional<Integer> owner = p.child(n, "nmod:poss");
      for (int c : p.children(n)) {
        if (owner.isEmpty() && p.relation(c).startsWith("nmod") && p.hasChildLemma(c, "of")) {
          owner = Optional.of(c);
        }
      }
      if (owner.isEmpty()) {
        return Optional.empty();
      }
      int o = owner.get();
      boolean[] source = p.subtree(o);
      boolean[] content = p.subtree(clause);
      boolean[] phrase = p.subtree(n);
      for (int j = 0; j < p.size(); j++) {
        source[j] &= !(p.token(j).pos().equals("POS") || p.relation(j).equals("case") && p.head(j) == o);
        content[j] &= !phrase[j];
      }
      return phraseCue(p, si, n, o, source, content, entities);
    } else if (!CueLexicon.FINDINGS.contains(lemma) || isCue(p, clause) || !fronted(p, i, n)) {
      return Optional.empty(); // "she is ahead in the polls" describes a standing, not what a poll says
    }
    boolean[] source = p.subtree(n);
    source[i] = false;
    boolean[] content = p.subtree(clause);
    for (int j = 0; j < p.size(); j++) {
      if (source[j] || j == i) {
        content[j] = false;
      }
    }
    return phraseCue(p, si, i, n, source, content, entities);
  }

  /**
   * The attribution of a cue read from a phrase rather than a verb: the tokens marked in
   * {@code source} (headed by {@code sourceHead}) say it, the longest run of {@code content} is
   * what they say; none when either is missing or the content is a single word.
   */
  private static Optional<Found> phraseCue(DependencyTree p, int si, int cue, int sourceHead, boolean[] source,
      boolean[] content, EntityLayer entities) {
    if (wordsIn(p, content) < 2) {
      return Optional.empty();
    }
    return sourced(p, si, p.token(cue).span(), sourceHead, source, longestRun(p, content), false, entities);
  }

  /**
   * The attribution of a cue whose source is the tokens marked in {@code source}, headed by
   * {@code sourceHead} (its entity and kind read from there); none without a source or content.
   */
  private static Optional<Found> sourced(DependencyTree p, int si, Span cue, int sourceHead, boolean[] source,
      Optional<Span> content, boolean continues, EntityLayer entities) {
    Optional<Span> sourceSpan = p.span(source);
    if (sourceSpan.isEmpty() || content.isEmpty()) {
      return Optional.empty();
    }
    Optional<EntityId> entity = entityOf(p, sourceHead, sourceSpan.get(), entities);
    return Optional.of(new Found(si, kindOf(p, sourceHead, source, entity, entities), cue, sourceSpan, entity,
        content.get(), continues));
  }

  /** True when the phrase opens its sentence and a comma closes it: "In a CBS News poll, ...". */
  private static boolean fronted(DependencyTree p, int i, int n) {
    for (int j = 0; j < i; j++) {
      if (!p.isPunct(j) && !p.token(j).pos().equals("CC") && !p.token(j).pos().equals("RB")) {
        return false;
      }
    }
    boolean[] phrase = p.subtree(n);
    int end = i;
    while (end + 1 < p.size() && phrase[end + 1]) {
      end++;
    }
    return end + 1 < p.size() && p.token(end + 1).word().equals(",");
  }

  private static int wordsIn(DependencyTree p, boolean[] marked) {
    int n = 0;
    for (int j = 0; j < marked.length; j++) {
      n += marked[j] && !p.isPunct(j) ? 1 : 0;
    }
    return n;
  }

  /** "KING: The evidence was ...": a speaker's name, a colon, and what the speaker says. */
  private Optional<Found> speakerColon(DependencyTree p, int si, int colon, EntityLayer entities) {
    int start = 0;
    for (int j = colon - 1; j > 0; j--) {
      String w = p.token(j).word();
      if (w.equals("-") || w.equals("\u2014") || w.equals("\u2013") || w.equals("--")) {
        start = j + 1; // "Iowa polls not wrong, just too early - Mark Blumenthal: “...”"
        break;
      }
    }
    if (colon - start < 1 || colon - start > 6 || colon + 2 >= p.size()) {
      return Optional.empty();
    }
    String label = p.token(colon - 1).lemma().toLowerCase(Locale.ROOT);
    if (CueLexicon.LABELS.contains(label)) {
      return Optional.empty(); // "Editor's note: ...", "Update: ..."
    }
    boolean named = CueLexicon.DOCUMENTS.contains(label) || CueLexicon.OUTLETS.contains(label);
    for (int j = start; j < colon; j++) {
      Token t = p.token(j);
      if (!(t.isProperNoun() || t.pos().startsWith("PRP") || t.pos().equals("DT") || t.pos().startsWith("JJ")
          || t.pos().startsWith("NN") || t.pos().equals("POS") || t.word().equalsIgnoreCase("from") && j > start)) {
        return Optional.empty();
      }
      named |= t.isProperNoun() || t.pos().equals("PRP");
    }
    if (!named) {
      return Optional.empty();
    }
    boolean[] source = new boolean[p.size()];
    boolean[] content = new boolean[p.size()];
    for (int j = 0; j < p.size(); j++) {
      source[j] = j >= start && j < colon;
      content[j] = j > colon;
    }
    boolean saysSomething = false;
    int words = 0;
    for (int j = colon + 1; j < p.size(); j++) {
      saysSomething |= p.token(j).isVerb();
      words += p.isPunct(j) || p.token(j).pos().equals("CD") ? 0 : 1;
    }
    saysSomething |= words >= 4; // "Lynch: No outside influence on FBI probe into Clinton emails."
    if (!saysSomething) {
      return Optional.empty(); // "Clinton: 547.", a tally, not a speaker
    }
    return sourced(p, si, p.token(colon).span(), colon - 1, source, p.span(content), false, entities);
  }

  /** "Reportedly, ...": a claim at one remove, from no one named. */
  private Optional<Found> hedge(DependencyTree p, int si, int i) {
    int clause = p.head(i);
    boolean[] content = new boolean[p.size()];
    if (clause >= 0) {
      p.mark(clause, content);
    } else {
      java.util.Arrays.fill(content, true);
    }
    content[i] = false;
    return longestRun(p, content).map(c ->
        new Found(si, Kind.HEDGE, p.token(i).span(), Optional.empty(), Optional.empty(), c, false));
  }

  /** A reporting verb: its subject says, its clausal complement is what is said. */
  private Optional<Found> verb(DependencyTree p, int si, int v, EntityLayer entities, Optional<Span> previous,
      boolean needsClause) {
    if (naming(p, v)) {
      return Optional.empty();
    }
    if (p.relation(v).equals("acl") && p.head(v) >= 0 && p.token(v).pos().equals("VBG")
        && p.token(p.head(v)).isNoun() && !p.child(v, "nsubj").isPresent() && !afterComma(p, v)) {
      return participle(p, si, v, entities); // "a report from Bloomberg saying ..."
    }
    Optional<Integer> expletive = p.child(v, "expl").or(() -> p.child(v, "nsubj:pass")
        .filter(s -> p.token(s).lemma().equalsIgnoreCase("it")));
    // a passive needs a participle: "“That's who he is,” Ms. Warren said" misparsed with "is" as aux:pass is active
    boolean passive = (p.child(v, "aux:pass").isPresent() || p.child(v, "nsubj:pass").isPresent())
        && !p.child(v, "aux:pass").filter(x -> p.token(x).word().equals("'s") || p.token(x).word().equals("\u2019s"))
            .isPresent() // "he's said", a perfect misparsed as a passive
        && !p.token(v).pos().equals("VBD") && !p.token(v).pos().equals("VBZ") && !p.token(v).pos().equals("VBP")
        // "Asked about the polls, Clinton said ...": a bare participle is passive, its asker unnamed
        || p.token(v).pos().equals("VBN") && (p.relation(v).startsWith("advcl") || firstWord(p, v))
        && p.child(v, "nsubj").isEmpty() && p.child(v, "aux").isEmpty();
    if (broad && CueLexicon.EVIDENTIAL.contains(p.token(v).lemma().toLowerCase(Locale.ROOT))
        && p.child(v, "xcomp").filter(x -> isCue(p, x) || CueLexicon.isStance(p.token(x).word())).isEmpty()) {
      // "seemed to confirm", "appeared pleased" keep their subject: it is the subject's stance that seems
      return sourceless(p, si, v); // "the idea seems to sit behind obstacles": the author's own inference
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
      // "it is understood that ...": a claim with no one behind it
      boolean[] content = p.subtree(clause.get());
      Span cue = p.sentence().span(Math.min(expletive.get(), v), v);
      return p.span(content).map(c -> new Found(si, Kind.HEDGE, cue, Optional.empty(), Optional.empty(), c, false));
    }
    Optional<Integer> subject;
    if (passive) {
      subject = p.child(v, "obl:agent").or(() -> byAgent(p, v));
      if (subject.isEmpty()) {
        return broad ? sourceless(p, si, v) : Optional.empty();
      }
    } else {
      subject = p.child(v, "nsubj").or(() -> p.child(v, "nsubj:pass"));
      if (subject.isEmpty()) {
        subject = borrowedSubject(p, v);
      }
    }
    Optional<Integer> clausalSubject = passive ? Optional.empty() : p.child(v, "csubj");
    if (subject.isEmpty() && clausalSubject.isPresent()) {
      subject = p.child(clausalSubject.get(), "nsubj"); // a misparse: "[A report released on Monday] claimed"
    }
    if (subject.isEmpty() && !passive) {
      subject = speakerAfter(p, v); // "“...,” said Vice President Joe Biden."
    }
    if (subject.isEmpty() && !passive) {
      subject = nameBefore(p, v); // "..., Cruz praised Pence", with "Cruz" misparsed into the phrase before it
    }
    if (subject.isEmpty() && !passive) {
      subject = rootSubject(p, v); // "He took a heckler in stride, saying ..."
    }
    if (subject.isEmpty()) {
      return broad ? sourceless(p, si, v) : Optional.empty();
    }
    int s = subject.get();
    if (s < v && v > 0 && p.isPunct(v - 1) && !passive && quoteBetween(p, s, v)) {
      // "“The risk,” said Edward Leamer, an economist, “is that ...”": the speaker follows the cue
      Optional<Integer> after = speakerAfter(p, v).filter(x -> x > v);
      if (after.isPresent()) {
        s = after.get();
      }
    }
    if (p.token(s).word().toLowerCase(Locale.ROOT).matches("it|that|this")
        && (p.head(s) != v || p.relation(s).equals("expl") || p.token(v).pos().startsWith("JJ"))) {
      // "It's unclear whether ...", "It's easy to criticize ...", "That said, ...": a dummy, not a speaker
      return broad ? sourceless(p, si, v) : Optional.empty();
    }
    Optional<Integer> adjacent = adjacentSpeaker(p, v);
    if (adjacent.isPresent() && s < v && !near(p, s, v)) {
      s = adjacent.get(); // "“... the better angels of our nature,” he concluded."
    }
    int relative = -1;
    if (p.token(s).pos().startsWith("W")) {
      // "officials who said ...": the source is the noun the clause modifies
      relative = s;
      if (p.relation(v).startsWith("acl:relcl") && p.head(v) >= 0) {
        s = p.head(v);
      } else {
        int prev = s - 1;
        while (prev >= 0 && p.isPunct(prev)) {
          prev--;
        }
        if (prev >= 0 && (p.token(prev).isNoun() || p.token(prev).pos().equals("PRP"))) {
          s = prev;
        }
      }
    }
    boolean[] source = s < v && !p.subtree(s)[v] ? p.subtree(s) : nounOnly(p, s, v);
    if (clausalSubject.isPresent() && p.head(s) == clausalSubject.get()) {
      source = p.subtree(clausalSubject.get());
    }
    if (s == p.head(v)) {
      source = nounOnly(p, s, v);
    }
    if (relative >= 0) {
      source = withRelative(p, source, relative);
    }
    if (passive && s > v) {
      for (int c : p.children(s)) {
        source[c] &= !(p.relation(c).equals("case") && p.token(c).lemma().equalsIgnoreCase("by")); // "by Politico"
      }
    }
    boolean[] content = new boolean[p.size()];
    boolean continues = false;
    if (clause.isPresent()) {
      p.mark(clause.get(), content);
    } else if (needsClause && !broad) {
      return Optional.empty();
    } else if (p.head(v) >= 0 && (p.relation(v).equals("parataxis") || p.relation(v).equals("ccomp"))
        && p.head(v) < v && !isCue(p, p.head(v))) {
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
          java.util.Arrays.fill(content, true);
        }
      } else if (previous.isEmpty()) {
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
    Optional<Span> contentSpan = longestRun(p, content);
    if (sourceSpan.isEmpty()) {
      return Optional.empty();
    }
    if (contentSpan.isEmpty()) {
      if (!continues) {
        if (previous.isPresent() && CueLexicon.REPORT.contains(p.token(v).lemma().toLowerCase(Locale.ROOT))
            && onlySpeaker(p, v, source)) {
          // "“The Chinese have complete control over North Korea.” / Trump said.": the sentence before
          return sourced(p, si, cueSpan(p, v), s, source, previous, false, entities);
        }
        return Optional.empty();
      }
      contentSpan = Optional.of(new Span(p.token(p.size() - 1).span().end(), p.token(p.size() - 1).span().end()));
    }
    return sourced(p, si, cueSpan(p, v), s, source, contentSpan, continues, entities);
  }

  /**
   * A participle that names rather than reports: "the so-called establishment", "a program called
   * Sandy Hook Promise", "officials, called superdelegates".
   */
  private static boolean naming(DependencyTree p, int v) {
    Token t = p.token(v);
    if (v > 0 && p.token(v - 1).word().toLowerCase(Locale.ROOT).matches("so-?")
        || v > 1 && p.token(v - 1).word().equals("-") && p.token(v - 2).word().equalsIgnoreCase("so")) {
      return true;
    }
    return t.pos().equals("VBN") && p.relation(v).equals("acl") && p.child(v, "ccomp").isEmpty() && p.child(v, "obl:agent").isEmpty()
        && byAgent(p, v).isEmpty();
  }

  /** "a report saying ...", "a statement claiming ...": the noun the participle modifies is the source. */
  private Optional<Found> participle(DependencyTree p, int si, int v, EntityLayer entities) {
    int s = p.head(v);
    boolean[] source = nounOnly(p, s, v);
    boolean[] content = new boolean[p.size()];
    Optional<Integer> clause = p.child(v, "ccomp").or(() -> p.child(v, "parataxis")).or(() -> p.child(v, "xcomp"))
        .or(() -> p.child(v, "obj"));
    if (clause.isEmpty()) {
      return Optional.empty();
    }
    p.mark(clause.get(), content);
    return sourced(p, si, cueSpan(p, v), s, source, longestRun(p, content), false, entities);
  }

  /**
   * A nominal cue with its owner: "Trump's statement that ...", "criticism from Democrats of ...",
   * "an accusation by the campaign". Without an owner in the phrase a noun is no attribution.
   */
  private Optional<Found> noun(DependencyTree p, int si, int n, EntityLayer entities) {
    Optional<Integer> owner = p.child(n, "nmod:poss");
    if (owner.isEmpty()) {
      for (int c : p.children(n)) {
        if (p.relation(c).startsWith("nmod") && p.hasChildLemma(c, "from", "by")
            && (p.token(c).isNoun() || p.token(c).pos().equals("PRP"))) {
          owner = Optional.of(c);
          break;
        }
      }
    }
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    int s = owner.get();
    boolean[] source = p.subtree(s);
    for (int j = 0; j < source.length; j++) {
      source[j] &= !(p.token(j).pos().equals("POS") || p.hasChildLemma(s, "from", "by") && p.head(j) == s
          && p.relation(j).equals("case"));
    }
    boolean[] content = new boolean[p.size()];
    Optional<Integer> clause = p.child(n, "acl").or(() -> p.child(n, "ccomp"));
    if (clause.isPresent()) {
      p.mark(clause.get(), content);
    } else if (broad) {
      for (int c : p.children(n)) {
        if (c != s && p.relation(c).startsWith("nmod") && p.hasChildLemma(c, "of", "about", "on", "for", "against", "to")) {
          p.mark(c, content);
        }
      }
    }
    content[n] = false;
    return sourced(p, si, p.token(n).span(), s, source, longestRun(p, content), false, entities);
  }

  /** A cue whose speaker the sentence does not name: "..., saying that ...", "when asked about ...". */
  private Optional<Found> sourceless(DependencyTree p, int si, int v) {
    boolean[] content = new boolean[p.size()];
    Optional<Integer> clause = p.child(v, "ccomp").or(() -> p.child(v, "parataxis")).or(() -> p.child(v, "xcomp"))
        .or(() -> p.child(v, "obj"));
    if (clause.isPresent()) {
      p.mark(clause.get(), content);
    } else {
      java.util.Arrays.fill(content, true);
      content[v] = false;
    }
    return longestRun(p, content).map(c ->
        new Found(si, Kind.ANONYMOUS_SOURCE, cueSpan(p, v), Optional.empty(), Optional.empty(), c, false));
  }

  /** The verb with its particle ("pointed out") and the auxiliaries right before it ("has learned"). */
  private static Span cueSpan(DependencyTree p, int v) {
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

  private static boolean[] nounOnly(DependencyTree p, int noun, int clause) {
    boolean[] in = new boolean[p.size()];
    in[noun] = true;
    for (int c : p.children(noun)) {
      if (c != clause && !p.relation(c).startsWith("acl")) {
        p.mark(c, in);
      }
    }
    return in;
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

  /**
   * The longest run of marked tokens (punctuation between marked tokens does not break a run), so
   * that a cue in the middle of a sentence does not glue the two halves into one content.
   */
  private static Optional<Span> longestRun(DependencyTree p, boolean[] marked) {
    int bestFrom = -1;
    int bestTo = -1;
    int bestLen = 0;
    int from = -1;
    int words = 0;
    for (int i = 0; i <= marked.length; i++) {
      boolean in = i < marked.length && (marked[i] || from >= 0 && p.isPunct(i));
      if (in) {
        if (from < 0) {
          from = i;
          words = 0;
        }
        words += marked[i] && !p.isPunct(i) ? 1 : 0;
      }
      if (!in && from >= 0) {
        if (words > bestLen) {
          bestLen = words;
          bestFrom = from;
          bestTo = i;
        }
        from = -1;
      }
    }
    if (bestFrom < 0) {
      return Optional.empty();
    }
    boolean[] run = new boolean[marked.length];
    for (int i = bestFrom; i < bestTo; i++) {
      run[i] = marked[i];
    }
    return p.span(run);
  }

  /** Extends an announcement's content over the rest of its paragraph, up to the next cue. */
  private static Found continueOver(Found f, List<Sentence> sentences, boolean[] hasCue, String body) {
    Span content = f.content;
    int end = content.end();
    for (int next = f.sentence + 1; next < sentences.size(); next++) {
      Span prev = sentences.get(next - 1).span();
      Span here = sentences.get(next).span();
      if (body.substring(prev.end(), here.start()).indexOf('\n') >= 0 || hasCue[next]) {
        break;
      }
      end = here.end();
    }
    if (end == content.end()) {
      return f;
    }
    int start = content.isEmpty() ? nextSentenceStart(f, sentences) : content.start();
    return new Found(f.sentence, f.kind, f.cue, f.source, f.sourceEntity, new Span(start, end), false);
  }

  private static int nextSentenceStart(Found f, List<Sentence> sentences) {
    return sentences.get(f.sentence + 1).span().start();
  }

  private static Optional<EntityId> entityOf(DependencyTree p, int head, Span source, EntityLayer entities) {
    Span headSpan = p.token(head).span();
    for (Entity e : entities.entities()) {
      for (Span m : e.mentions()) {
        if (m.contains(headSpan) && source.contains(m)) {
          return Optional.of(e.id());
        }
      }
    }
    return entities.entityAt(headSpan).map(Entity::id);
  }

  /** What kind of source the words name, from the head noun, the names in it and its entity. */
  private static Kind kindOf(DependencyTree p, int head, boolean[] source, Optional<EntityId> entityId, EntityLayer entities) {
    Token h = p.token(head);
    String lemma = h.lemma().toLowerCase(Locale.ROOT);
    String word = h.word().toLowerCase(Locale.ROOT);
    Optional<Entity> entity = entityId.flatMap(entities::entity);
    if (h.pos().startsWith("PRP")) {
      if (word.equals("we") || word.equals("us")) {
        return Kind.AUTHOR;
      }
      if (entity.isPresent()) {
        return kindOfEntity(entity.get(), p, source);
      }
      return word.equals("they") || word.equals("them") ? Kind.ANONYMOUS_SOURCE : Kind.NAMED_PERSON;
    }
    boolean named = false;
    boolean person = false;
    List<String> properNouns = new ArrayList<>();
    for (int j = 0; j < source.length; j++) {
      if (source[j]) {
        Token t = p.token(j);
        if (t.isProperNoun() || t.isEntity()) {
          named |= !(t.ner().equals("MISC") || t.ner().equals("LOCATION") && j != head);
          person |= t.ner().equals("PERSON");
        }
        if (t.isProperNoun()) {
          properNouns.add(t.word());
        }
      }
    }
    boolean outletName = !h.ner().equals("PERSON") && CueLexicon.namesOutlet(properNouns);
    if (CueLexicon.OUTLETS.contains(lemma) && !h.isProperNoun()) {
      return named ? Kind.NAMED_OUTLET : Kind.UNNAMED_OUTLET;
    }
    if (h.isProperNoun() || h.isEntity()) {
      if (outletName) {
        return Kind.NAMED_OUTLET;
      }
      if (entity.isPresent()) {
        return kindOfEntity(entity.get(), p, source);
      }
      if (h.ner().equals("ORGANIZATION") || h.ner().equals("LOCATION")) {
        return Kind.NAMED_ORGANIZATION;
      }
      return Kind.NAMED_PERSON;
    }
    if (CueLexicon.DOCUMENTS.contains(lemma)) {
      return Kind.OFFICIAL_DOCUMENT;
    }
    if (person) {
      return Kind.NAMED_PERSON; // "spokesman John Smith"
    }
    if (CueLexicon.INSTITUTIONS.contains(lemma) && h.pos().equals("NN")) {
      return Kind.NAMED_ORGANIZATION;
    }
    return Kind.ANONYMOUS_SOURCE;
  }

  private static Kind kindOfEntity(Entity e, DependencyTree p, boolean[] source) {
    EntityType type = e.type();
    if (type == EntityType.PERSON) {
      return e.name().isPresent() ? Kind.NAMED_PERSON : Kind.ANONYMOUS_SOURCE;
    }
    if (type == EntityType.ORGANIZATION || type == EntityType.LOCATION || type == EntityType.FACILITY) {
      if (CueLexicon.namesOutlet(List.of(NON_WORD.split(e.name().orElse(""))))) {
        return Kind.NAMED_OUTLET;
      }
      return e.name().isPresent() ? Kind.NAMED_ORGANIZATION : Kind.ANONYMOUS_SOURCE;
    }
    return Kind.ANONYMOUS_SOURCE;
  }
}
