package org.dossier.extract.entity;

import static org.dossier.extract.entity.Reading.lower;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.analysis.EntityType;
import org.dossier.annotation.Dependency;
import org.dossier.annotation.Sentence;
import org.dossier.extract.lexicon.EnglishLexicon;

/**
 * Resolves a pronoun to the most likely compatible entity: each candidate entity is described by
 * the few features of {@link PronounModel} and the one with the best weighted score wins.
 */
final class PronounResolution {

  /** How many sentences back a person's last mention may be (an organisation's: one). */
  private static final int WINDOW = 4;
  /** Clauses a pronoun's clause hangs from: "Ann said [she ...]", "Ann left [because she ...]". */
  private static final Set<String> CLAUSAL =
      Set.of("ccomp", "advcl", "xcomp", "conj", "parataxis", "acl", "acl:relcl", "csubj", "dep");

  /** How a name hangs on the noun a possessive pronoun modifies when it is that noun's referent. */
  private static final Set<String> APPOSED = Set.of("appos", "flat", "compound", "nmod:poss");

  /** Relations that put a noun inside another noun phrase: "a member of [the band]". */
  private static final Set<String> NOMINAL_MODIFIERS = Set.of("nmod", "acl", "acl:relcl", "appos", "nmod:poss");
  /** Verbs of saying and thinking, whose subject is who a pronoun in their clause usually is. */
  private static final Set<String> SPEECH = EnglishLexicon.get().sayingAndThinking();

  private final Reading r;
  private final PronounModel model;
  /** For each pronoun, the probability of every candidate cluster: the antecedents reported. */
  private final Map<Mention, Map<Cluster, Double>> candidates = new HashMap<>();
  /** For each pronoun, the features of every candidate cluster, for training and inspection. */
  private final Map<Mention, Map<Cluster, double[]>> features = new HashMap<>();

  /** How often each word is written in the article (the topical-entity feature); built on first use. */
  private Map<String, Integer> wordCounts;

  PronounResolution(Reading r) {
    this(r, PronounModel.english());
  }

  PronounResolution(Reading r, PronounModel model) {
    this.r = r;
    this.model = model;
  }

  /** What is known of a candidate at the pronoun while its features are worked out. */
  private static final class Candidate {
    final Cluster cluster;
    Mention last;
    int lastDistance;
    int count;
    boolean subjectNearby;
    boolean clauseSubject;
    boolean matrixSubject;
    boolean previousSubject;
    /** Named later in the sentence as the subject the pronoun's phrase is fronted before. */
    boolean cataphoric;
    /** The subject of the verb of saying or thinking whose clause holds the pronoun: "Ann said she ...". */
    boolean speaker;

    Candidate(Cluster cluster) {
      this.cluster = cluster;
    }
  }

  /**
   * Lappin and Leass's salience factors (1994) and the syntactic parallelism of the GAP
   * baselines, weighed by {@link PronounModel}: among the compatible entities mentioned in the last
   * four sentences (not the subject of the pronoun's own verb: "Khan met him"), the one whose last
   * mention is recent, a subject, in the pronoun's role, the subject of the pronoun's clause or of
   * the clause that governs it, often and first mentioned, with no other candidate in between.
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
    int clause = clauseOf(s, p.head());
    int clauseSubject = subjectOf(s, clause);
    int matrix = governingClause(s, clause);
    int matrixSubject = matrix < 0 ? -1 : subjectOf(s, matrix);
    Sentence prev = p.sentence() > 0 ? r.sentences.get(p.sentence() - 1) : null;
    int prevSubject = prev == null ? -1 : subjectOf(prev, root(prev));
    int later = clauseSubject > p.head() ? clauseSubject : matrixSubject > p.head() ? matrixSubject : -1;
    if (later >= 0 && s.dependentsOf(later).stream().anyMatch(d -> d.relation().equals("conj"))) {
      later = -1; // "While he ..., Karan and Murugan arrive": not one of them
    }
    if (later < 0) {
      later = subjectAfterFrontedPhrase(s, p.head());
    }
    List<Candidate> found = new ArrayList<>();
    // a candidate has a mention at most WINDOW sentences back, or a name later in this sentence
    for (Cluster c : r.index.mentionedIn(p.sentence() - WINDOW, p.sentence())) {
      if (!pronounFits(p, g, c)) {
        continue;
      }
      Candidate k = new Candidate(c);
      boolean bound = false;
      for (Mention x : c.mentions) {
        if (x.span().start() >= p.span().start() || x.span().contains(p.span())) {
          continue;
        }
        int d = p.sentence() - x.sentence();
        if (d > WINDOW || (p.type() == EntityType.ORGANIZATION && d > 1)) {
          continue;
        }
        Sentence xs = r.sentences.get(x.sentence());
        Optional<Dependency> xh = xs.headOf(x.head());
        String rel = xh.map(Dependency::relation).orElse("root");
        if (d == 0 && !possessive && !reflexive && xh.isPresent() && xh.get().governor() == pGov
            && rel.startsWith("nsubj")) {
          bound = true; // "Khan met him": not Khan
        }
        Optional<Dependency> above = pGov >= 0 ? s.headOf(pGov) : Optional.empty();
        if (d == 0 && possessive && pGov >= 0 && (x.covers(x.sentence(), pGov)
            || xh.isPresent() && xh.get().governor() == pGov && APPOSED.contains(rel)
            || above.isPresent() && above.get().relation().equals("appos") && x.covers(x.sentence(), above.get().governor()))) {
          bound = true; // "her aunt Mary Paine": not Mary Paine
        }
        k.count++;
        if (k.last == null || x.span().start() > k.last.span().start()) {
          k.last = x;
          k.lastDistance = d;
        }
        String xRole = role(xs, x.head());
        if (d <= 1 && xRole.equals("subj")) {
          k.subjectNearby = true;
        }
        if (d == 0 && clauseSubject >= 0 && x.covers(x.sentence(), clauseSubject)) {
          k.clauseSubject = true;
        }
        if (d == 0 && matrixSubject >= 0 && x.covers(x.sentence(), matrixSubject)) {
          k.matrixSubject = true;
          if (SPEECH.contains(Reading.lemma(s.token(matrix)))) {
            k.speaker = true;
          }
        }
        if (d == 1 && prevSubject >= 0 && x.covers(x.sentence(), prevSubject)) {
          k.previousSubject = true;
        }
      }
      if (later >= 0 && !reflexive && c.type == EntityType.PERSON) {
        for (Mention x : c.mentions) {
          if (x.kind() == Mention.Kind.NAME && x.covers(p.sentence(), later)) {
            k.cataphoric = true; // "In her first season, Ann ...", "Living with his aunt, Tom ..."
            if (k.last == null) {
              k.last = x;
              k.lastDistance = 0;
            }
            k.count++;
          }
        }
      }
      if (k.count > 0 && !bound) {
        found.add(k);
      }
    }
    if (found.isEmpty()) {
      return;
    }
    Cluster first = found.stream().min((a, b) -> Integer.compare(a.cluster.firstStart(), b.cluster.firstStart()))
        .map(k -> k.cluster).orElseThrow();
    Map<Cluster, double[]> vectors = new LinkedHashMap<>();
    List<double[]> list = new ArrayList<>();
    for (Candidate k : found) {
      Sentence xs = r.sentences.get(k.last.sentence());
      String xRole = role(xs, k.last.head());
      int intervening = 0;
      for (Candidate o : found) {
        if (o != k && !k.cataphoric && o.last.span().start() > k.last.span().start()) {
          intervening++;
        }
      }
      double[] f = {
          k.lastDistance == 0 ? 1 : 0,
          k.lastDistance == 1 ? 1 : 0,
          k.lastDistance == 2 ? 1 : 0,
          Math.log(1 + tokensBetween(k.last, p)),
          xRole.equals("subj") ? 1 : 0,
          xRole.equals("obj") ? 1 : 0,
          xRole.equals("poss") ? 1 : 0,
          xRole.equals(pRole) && !pRole.equals("other") ? 1 : 0,
          k.last.kind() == Mention.Kind.NAME ? 1 : 0,
          k.last.kind() == Mention.Kind.PRONOUN ? 1 : 0,
          k.subjectNearby ? 1 : 0,
          k.clauseSubject ? 1 : 0,
          k.matrixSubject ? 1 : 0,
          k.previousSubject ? 1 : 0,
          Math.log(1 + k.count),
          k.cluster == first ? 1 : 0,
          k.cluster.isNamed() ? 0 : 1,
          g != null && k.cluster.gender == g ? 1 : 0,
          Math.min(intervening, 3),
          k.cataphoric ? 1 : 0,
          g != null && k.cluster.gender == Lexicon.Gender.UNKNOWN && k.cluster.likelyGender != Lexicon.Gender.UNKNOWN
              && k.cluster.likelyGender != g ? 1 : 0,
          embedded(xs, k.last.head(), NOMINAL_MODIFIERS) ? 1 : 0,
          embedded(xs, k.last.head(), Set.of("acl:relcl")) && !embedded(s, p.head(), Set.of("acl:relcl")) ? 1 : 0,
          k.speaker ? 1 : 0,
          startsSentence(xs, k.last) ? 1 : 0,
          startsSentence(xs, k.last) && startsSentence(s, p) && k.lastDistance > 0 ? 1 : 0,
          p.type() == EntityType.PERSON && k.cluster.type != EntityType.PERSON ? 1 : 0,
          Math.log(1 + nameFrequency(k.cluster)),
      };
      vectors.put(k.cluster, f);
      list.add(f);
    }
    double[] prob = model.probabilities(list);
    Map<Cluster, Double> scores = new LinkedHashMap<>();
    Cluster best = null;
    double bestScore = -1;
    int i = 0;
    for (Cluster c : vectors.keySet()) {
      double v = prob[i++];
      if (p.type() == EntityType.GROUP && c.type == EntityType.ORGANIZATION) {
        v /= 2; // "they" of a company: only when no group fits
      }
      scores.put(c, v);
      if (v > bestScore) {
        best = c;
        bestScore = v;
      }
    }
    candidates.put(p, scores);
    features.put(p, vectors);
    r.join(p, best);
    if (p.type() == EntityType.PERSON && best.type != EntityType.PERSON) {
      best.type = EntityType.PERSON; // "he" of a name the tagger took for a thing
    }
    if (g != null && best.gender == Lexicon.Gender.UNKNOWN
        && (best.likelyGender == Lexicon.Gender.UNKNOWN || best.likelyGender == g)) {
      best.gender = g;
    }
  }

  /**
   * The first token of the name that follows a fronted phrase holding the pronoun and is the
   * subject of the main clause, read from the words when the parse misses it: a sentence opened
   * by a preposition, subordinator or participle ("By winning his first title, Vettel matched
   * ..."), then a comma, then a name (with its article and titles) and a verb (an adverb
   * between). -1 if none.
   */
  private int subjectAfterFrontedPhrase(Sentence s, int pronoun) {
    String pos0 = s.token(0).pos();
    if (!(pos0.equals("IN") || pos0.equals("WRB") || pos0.equals("VBG") || pos0.equals("VBN") || pos0.equals("TO"))) {
      return -1;
    }
    for (int k = 1; k < pronoun; k++) {
      if (s.token(k).word().equals(",") || r.inName(s.index(), k, EntityType.PERSON)) {
        return -1; // the fronted phrase ended, or has its own person
      }
    }
    for (int c = pronoun + 1; c < s.size() - 2 && c <= pronoun + 30; c++) {
      String w = s.token(c).word();
      if (w.equals(";") || w.equals(":")) {
        return -1;
      }
      if (!w.equals(",")) {
        continue;
      }
      int k = c + 1;
      while (k < s.size() && !r.inName(s.index(), k, EntityType.PERSON)
          && (s.token(k).pos().equals("DT") || s.token(k).pos().startsWith("JJ") || s.token(k).pos().startsWith("NN"))) {
        k++;
      }
      Optional<Mention> name = k < s.size() ? r.nameCovering(s.index(), k) : Optional.empty();
      if (name.isPresent() && name.get().type() == EntityType.PERSON) {
        int v = name.get().last() + 1;
        while (v < s.size() && s.token(v).pos().startsWith("RB")) {
          v++; // "Nyssa eventually becomes"
        }
        if (v < s.size() && s.token(v).isVerb()) {
          return k;
        }
      }
    }
    return -1;
  }

  /**
   * How often the first or last word of an entity's longest name (the more frequent) is written
   * in the whole article, before and after the pronoun: what the article is about (the GAP
   * paper's topical entity).
   */
  private int nameFrequency(Cluster c) {
    Mention longest = r.longestName(c);
    if (longest == null) {
      return 0;
    }
    int best = 0;
    for (String word : Set.copyOf(List.of(r.words(longest).get(0), r.words(longest).get(longest.last() - longest.first())))) {
      best = Math.max(best, wordCounts().getOrDefault(word, 0));
    }
    return best;
  }

  /** How often each word is written in the article; counted once, on first use. */
  private Map<String, Integer> wordCounts() {
    if (wordCounts == null) {
      wordCounts = new HashMap<>();
      for (Sentence s : r.sentences) {
        for (int k = 0; k < s.size(); k++) {
          wordCounts.merge(s.token(k).word(), 1, Integer::sum);
        }
      }
    }
    return wordCounts;
  }

  /** Whether a token hangs, on the way to the root, from one of the relations given. */
  private static boolean embedded(Sentence s, int k, Set<String> relations) {
    int t = k;
    for (int hop = 0; hop < 30; hop++) {
      Optional<Dependency> h = s.headOf(t);
      if (h.isEmpty() || h.get().governor() < 0) {
        return false;
      }
      if (relations.contains(h.get().relation())) {
        return true;
      }
      t = h.get().governor();
    }
    return false;
  }

  /**
   * Whether a mention opens its sentence, or the main clause after a fronted phrase and its comma
   * ("In 1868, Aguilar lost"): read from the words, as a check on a parse that may be wrong.
   */
  private boolean startsSentence(Sentence s, Mention m) {
    int k = 0;
    while (k < m.first() && (s.token(k).pos().equals("DT") || s.token(k).pos().equals("``")
        || r.lex.isHonorific(lower(s.token(k))))) {
      k++;
    }
    if (k == m.first()) {
      return true;
    }
    if (!s.token(0).pos().equals("IN") && !s.token(0).pos().equals("RB")) {
      return false;
    }
    for (int c = 1; c < m.first(); c++) {
      if (s.token(c).word().equals(",")) {
        return c == m.first() - 1;
      }
    }
    return false;
  }

  /** Tokens from the end of mention {@code x} to pronoun {@code p}, across sentences. */
  private int tokensBetween(Mention x, Mention p) {
    if (x.sentence() == p.sentence()) {
      return Math.abs(p.head() - x.last());
    }
    int n = r.sentences.get(x.sentence()).size() - x.last();
    for (int k = x.sentence() + 1; k < p.sentence(); k++) {
      n += r.sentences.get(k).size();
    }
    return n + p.head();
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

  /** The head of the clause token {@code k} is an argument or part of: the predicate above it. */
  static int clauseOf(Sentence s, int k) {
    int t = k;
    for (int hop = 0; hop < 30; hop++) {
      Optional<Dependency> h = s.headOf(t);
      if (h.isEmpty() || h.get().governor() < 0) {
        return t;
      }
      t = h.get().governor();
      if (isPredicate(s, t)) {
        return t;
      }
    }
    return t;
  }

  /** The clause that the clause headed by {@code clause} hangs from, or -1 for a main clause. */
  static int governingClause(Sentence s, int clause) {
    Optional<Dependency> h = s.headOf(clause);
    if (h.isEmpty() || h.get().governor() < 0 || !CLAUSAL.contains(h.get().relation())) {
      return -1;
    }
    int g = h.get().governor();
    return isPredicate(s, g) ? g : clauseOf(s, g);
  }

  private static boolean isPredicate(Sentence s, int k) {
    if (s.token(k).isVerb()) {
      return true;
    }
    for (Dependency d : s.dependentsOf(k)) {
      if (d.relation().startsWith("nsubj") || d.relation().equals("cop")) {
        return true;
      }
    }
    return false;
  }

  /** The subject of a predicate (its {@code nsubj}), or -1. */
  static int subjectOf(Sentence s, int predicate) {
    if (predicate < 0) {
      return -1;
    }
    for (Dependency d : s.dependentsOf(predicate)) {
      if (d.relation().startsWith("nsubj")) {
        return d.dependent();
      }
    }
    return -1;
  }

  private static int root(Sentence s) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() == Dependency.ROOT) {
        return d.dependent();
      }
    }
    return -1;
  }

  /**
   * A name the tagger did not call a person and no gazetteer knows ("Shi Qian" as MISC, "Rocky" as
   * an organisation): a person pronoun may still refer to it, at a cost, and makes it a person. An
   * organisation or place qualifies only when its name opens with a known first name: "he" after
   * "Air France" or "the Agriculture Department" is someone else, whom the article did not name.
   */
  private boolean untypedPerson(Cluster c) {
    boolean named = c.type == EntityType.MISC
        || (c.type == EntityType.ORGANIZATION || c.type == EntityType.LOCATION)
            && c.names().stream().anyMatch(n -> Lexicon.english().genderOf(r.words(n).get(0)) != Lexicon.Gender.UNKNOWN);
    return named && c.place == null && c.subtype == null && c.isNamed()
        // not what the article already calls "it" or "the company"
        && c.mentions.stream().allMatch(m -> m.kind() == Mention.Kind.NAME
            || (m.kind() == Mention.Kind.PRONOUN && m.type() == EntityType.PERSON));
  }

  private boolean pronounFits(Mention p, Lexicon.Gender g, Cluster c) {
    if (p.type() == EntityType.PERSON && untypedPerson(c)) {
      return true;
    }
    if (p.type() == EntityType.PERSON) {
      return c.type == EntityType.PERSON && (c.gender == Lexicon.Gender.UNKNOWN || c.gender == g);
    }
    if (p.type() == EntityType.GROUP) {
      return c.type == EntityType.GROUP || (c.type == EntityType.ORGANIZATION && c.isNamed());
    }
    return c.type == EntityType.ORGANIZATION && c.isNamed();
  }

  /** The clusters each pronoun could refer to, with their probability there, in the order considered. */
  Map<Mention, Map<Cluster, Double>> candidates() {
    return candidates;
  }

  /** The features of the clusters each pronoun could refer to, in {@link PronounModel#FEATURES} order. */
  Map<Mention, Map<Cluster, double[]>> features() {
    return features;
  }
}
