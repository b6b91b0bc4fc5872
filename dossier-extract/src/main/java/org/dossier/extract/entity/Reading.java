package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.analysis.Descriptor;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Relation;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Dependency;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.dossier.extract.place.Gazetteer;
import org.dossier.text.Span;

/**
 * What is known of one article while the entity layer reads it: the mentions found so far, what
 * was learnt of each, and the clusters they form. Shared by the stages of one {@link ArticleReading}.
 */
final class Reading {

  /**
   * A relation found while reading, between clusters; turned into a {@link Relation} at the end.
   */
  record Fact(Cluster subject, String predicate, Cluster object, Span evidence) {}

  /** A premodifier or appositive descriptor of a mention, before it is attached. */
  record Described(Mention target, Descriptor descriptor, List<Mention> affiliations) {}

  private final AnnotatedArticle text;
  final Lexicon lex;
  final Gazetteer gazetteer;
  final List<Sentence> sentences;

  /** The names, in text order once typed. */
  final List<Mention> names = new ArrayList<>();
  /** The honorific before a name ("Dr."), kept out of the name and made a descriptor. */
  final Map<Mention, Span> honorifics = new HashMap<>();
  final List<Mention> nominals = new ArrayList<>();
  final List<Mention> pronouns = new ArrayList<>();
  /**
   * Tokens ({@link #key}) inside a name, a premodifier or a nominal's tail: no nominal starts
   * there.
   */
  final Set<Long> covered = new HashSet<>();
  /** A group nominal's places by its demonyms ("United States+Pakistan"): same key, same group. */
  final Map<Mention, String> groupKeys = new HashMap<>();
  /** Where a nominal's referents are "from", by the place's gazetteer name. */
  final Map<Mention, String> origins = new HashMap<>();
  final Map<Mention, String> subtypes = new HashMap<>();
  /** The gazetteer entry of a location name. */
  final Map<Mention, Gazetteer.Entry> places = new HashMap<>();
  final List<Described> described = new ArrayList<>();

  final List<Cluster> clusters = new ArrayList<>();
  final Map<Mention, Cluster> clusterOf = new HashMap<>();
  /** The clusters by what clustering looks them up by. */
  final ClusterIndex index = new ClusterIndex(this);
  final List<Fact> facts = new ArrayList<>();
  /** Countries of the places read so far, to prefer a place name's reading in them. */
  final Set<String> contextCountries = new LinkedHashSet<>();

  Reading(AnnotatedArticle text, Lexicon lex, Gazetteer gazetteer) {
    this.text = text;
    this.lex = lex;
    this.gazetteer = gazetteer;
    this.sentences = text.sentences();
  }

  static String caseOf(Sentence s, int x) {
    for (Dependency d : s.dependentsOf(x)) {
      if (d.relation().equals("case")) {
        return lower(s.token(d.dependent()));
      }
    }
    return "";
  }

  static int leftmost(Sentence s, int k) {
    int min = k;
    for (Dependency d : s.dependentsOf(k)) {
      if (d.dependent() < k) {
        min = Math.min(min, leftmost(s, d.dependent()));
      }
    }
    return min;
  }

  static int rightmost(Sentence s, int k, Set<String> skip) {
    int max = k;
    for (Dependency d : s.dependentsOf(k)) {
      if (d.dependent() > k && !skip.contains(d.relation())) {
        max = Math.max(max, rightmost(s, d.dependent(), skip));
      }
    }
    return max;
  }

  /** Adds a new cluster, empty until its first mention {@linkplain #join joins} it. */
  void open(Cluster c) {
    clusters.add(c);
    index.opened(c);
  }

  void join(Mention m, Cluster c) {
    c.mentions.add(m);
    clusterOf.put(m, c);
    index.joined(m, c);
  }

  Mention longestName(Cluster c) {
    Mention best = null;
    for (Mention n : c.names()) {
      if (best == null || n.last() - n.first() > best.last() - best.first()
          || (n.last() - n.first() == best.last() - best.first() && n.span().length() > best.span().length())) {
        best = n;
      }
    }
    return best;
  }

  Stream<Cluster> live() {
    return clusters.stream().filter(c -> !c.merged);
  }

  void cover(Mention m) {
    for (int k = m.first(); k <= m.last(); k++) {
      covered.add(key(m.sentence(), k));
    }
  }

  static long key(int sentence, int token) {
    return ((long) sentence << 20) | token;
  }

  boolean inName(int sentence, int token, EntityType type) {
    return names.stream().anyMatch(m -> m.covers(sentence, token) && m.type() == type);
  }

  boolean inAnyName(int sentence, int token) {
    return names.stream().anyMatch(m -> m.covers(sentence, token));
  }

  Optional<Mention> nameCovering(int sentence, int token) {
    return names.stream().filter(m -> m.covers(sentence, token)).findFirst();
  }

  Optional<Mention> mentionHeadedBy(int sentence, int token) {
    for (Mention m : clusterOf.keySet()) {
      if (m.sentence() == sentence && (m.head() == token || (m.kind() == Mention.Kind.NAME && m.covers(sentence, token)))) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  List<Mention> namesIn(int sentence, int a, int b) {
    return names.stream().filter(m -> m.sentence() == sentence && m.first() >= a && m.last() <= b).toList();
  }

  Token head(Mention m) {
    return sentences.get(m.sentence()).token(m.head());
  }

  String body() {
    return text.body();
  }

  String text(Mention m) {
    return m.span().of(text.body());
  }

  List<String> words(Mention m) {
    Sentence s = sentences.get(m.sentence());
    List<String> w = new ArrayList<>();
    for (int k = m.first(); k <= m.last(); k++) {
      w.add(s.token(k).word());
    }
    return w;
  }

  static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }
}
