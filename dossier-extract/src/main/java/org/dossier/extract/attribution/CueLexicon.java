package org.dossier.extract.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Set;

/**
 * The words that mark attribution. Reporting verbs ("said", "told", "confirmed") are what an
 * editor calls a source; stance verbs ("praised", "vowed", "hopes") attribute an evaluation or an
 * intention, which PolNeAR also counts as attribution but a sourcing profile should not.
 */
final class CueLexicon {

  /** Lemmas of verbs that report speech, writing or information. */
  static final Set<String> REPORT = Set.of(
      "say", "tell", "confirm", "share", "claim", "report", "state", "add", "announce", "reveal",
      "explain", "note", "insist", "argue", "write", "tweet", "post", "warn", "deny", "allege",
      "suggest", "disclose", "admit", "concede", "assert", "declare", "respond", "reply", "comment",
      "indicate", "stress", "emphasize", "emphasise", "maintain", "contend", "testify", "reiterate",
      "recall", "remark", "observe", "predict", "estimate", "learn", "inform", "brief", "divulge",
      "acknowledge", "mention", "ask", "answer", "quote", "cite", "caution", "complain",
      "boast", "joke", "point", "continue");

  /** Verbs whose reading as a report needs a clause after them ("X acknowledged that ..."). */
  static final Set<String> NEEDS_CLAUSE = Set.of(
      "acknowledge", "admit", "concede", "learn", "point", "recall", "indicate", "maintain",
      "observe", "ask", "answer", "mention", "estimate", "predict");

  /**
   * Reporting verbs that report only with a clause, in every reading: their forms are more often
   * nouns the tagger took for verbs ("battleground states") than reports without one.
   */
  static final Set<String> CLAUSE_ALWAYS = Set.of("state");

  /**
   * Verbs whose particle turns them into something other than a report or a stance: "show up",
   * "add up", "turn out", "end up".
   */
  static final Set<String> PARTICLE_CHANGES_SENSE = Set.of("show", "add", "turn", "end", "make", "give", "look");

  /**
   * Nouns of a point of view that make "in" a cue: "in Mr. Connolly's view", "in the eyes of most
   * Americans", "in Trump's mind" (PolNeAR's guidelines name this pattern).
   */
  static final Set<String> VIEWPOINTS = Set.of(
      "view", "opinion", "mind", "word", "eye", "estimation", "judgment", "judgement", "telling", "assessment");

  /**
   * Documents whose findings "in" attributes to them: "In a CBS News poll, she led ...". Not
   * speeches or interviews, which come with their own verb of saying.
   */
  static final Set<String> FINDINGS = Set.of(
      "poll", "survey", "study", "report", "analysis", "memo", "letter", "filing", "document", "book",
      "editorial", "column", "op-ed", "ruling", "census", "tally", "projection", "forecast", "estimate",
      "paper", "review", "audit", "indictment");

  /**
   * Evidential verbs: "X seems to ...", "X appears to ..." mark the author's inference, a cue
   * without a source (PolNeAR marks no source for them).
   */
  static final Set<String> EVIDENTIAL = Set.of("seem", "appear");

  /**
   * Lemmas of nouns of evaluation and commitment that attribute with their owner: "Trump's attacks
   * on ...", "his criticism of ...", "the senator's pledge to ...". Nouns of a mere position
   * ("his support", "her plan", "their decision") mostly describe rather than attribute, and are out.
   */
  static final Set<String> STANCE_NOUNS = Set.of(
      "attack", "criticism", "critique", "condemnation", "argument", "proposal", "pledge", "vow", "promise",
      "embrace", "praise", "objection", "insistence", "rejection", "denunciation");

  /** Labels a colon follows that introduce the outlet's own words, not a speaker's: "Editor's note:". */
  static final Set<String> LABELS = Set.of(
      "note", "update", "correction", "clarification", "disclosure", "editor", "ps", "p.s.", "related", "watch",
      "read", "source", "photo", "video", "credit");

  /** Lemmas of nouns that report what their owner said: "Trump's statement that ...". */
  static final Set<String> REPORT_NOUNS = Set.of(
      "statement", "remark", "comment", "claim", "announcement", "testimony", "tweet", "assertion",
      "allegation", "admission", "denial", "warning", "accusation", "assessment", "prediction", "insistence");

  /** Reporting verbs whose object is the one told, not the teller ("told reporters"). */
  static final Set<String> ADDRESSEE = Set.of("tell", "inform", "brief", "ask", "answer", "quote", "cite", "warn");

  /** Verbs of an impersonal passive that attributes a claim to no one: "it is understood that". */
  static final Set<String> IMPERSONAL = Set.of(
      "understand", "believe", "report", "say", "claim", "allege", "think", "know", "expect", "rumor",
      "rumour", "learn", "suggest", "estimate", "fear", "feel");

  /** Adverbs that put a claim at one remove without naming anyone. */
  static final Set<String> HEDGES = Set.of(
      "reportedly", "allegedly", "purportedly", "reputedly", "supposedly", "rumoredly", "ostensibly");

  /** Head nouns of sources that are news outlets. */
  static final Set<String> OUTLETS = Set.of(
      "newspaper", "paper", "daily", "weekly", "outlet", "magazine", "channel", "network", "broadcaster",
      "tabloid", "website", "site", "publication", "media", "television", "tv", "radio", "station",
      "agency", "wire", "journal", "blog", "press");

  /** Outlets whose own name says so wherever it stands in a longer one ("BBC World Service", "Reuters"). */
  private static final Set<String> OUTLET_BRANDS = Set.of(
      "reuters", "ap", "afp", "cnn", "bbc", "nbc", "abc", "cbs", "msnbc", "npr", "politico", "bloomberg", "axios",
      "breitbart", "huffpost", "economist", "jazeera", "xinhua", "tass", "newsweek", "intercept", "vox", "slate",
      "dawn", "geo");

  /**
   * Words that make a proper name an outlet's when they end it ("The New York Times", "Fox News",
   * "The Sun"), but not when a company's or a person's name merely holds them ("Standard
   * Chartered", "Sun Pharma", "Vicente Fox").
   */
  private static final Set<String> OUTLET_TITLES = Set.of(
      "times", "post", "news", "journal", "tribune", "herald", "guardian", "telegraph", "gazette", "daily",
      "express", "mail", "press", "radio", "tv", "television", "magazine", "independent", "observer", "chronicle",
      "star", "sun", "mirror", "standard", "review", "dispatch", "inquirer", "globe", "bulletin", "insider", "hill",
      "reporter");

  /** True when the words of a proper name, in order, name a news outlet. */
  static boolean namesOutlet(List<String> nameWords) {
    if (nameWords.isEmpty()) {
      return false;
    }
    String last = nameWords.get(nameWords.size() - 1).toLowerCase(Locale.ROOT);
    return OUTLET_TITLES.contains(last)
        || nameWords.stream().anyMatch(w -> OUTLET_BRANDS.contains(w.toLowerCase(Locale.ROOT)));
  }

  /** Head nouns of sources that are documents rather than people. */
  static final Set<String> DOCUMENTS = Set.of(
      "report", "statement", "document", "filing", "letter", "memo", "memorandum", "record", "study",
      "survey", "poll", "ruling", "indictment", "complaint", "order", "notification", "notice",
      "affidavit", "transcript", "data", "release", "communique", "decree", "verdict", "judgment",
      "judgement", "audit", "analysis", "review", "assessment", "email", "cable", "minutes");

  /** Head nouns of sources that are institutions. */
  static final Set<String> INSTITUTIONS = Set.of(
      "government", "ministry", "department", "police", "army", "military", "court", "office",
      "administration", "campaign", "party", "committee", "commission", "company", "council", "embassy",
      "parliament", "senate", "house", "congress", "cabinet", "authority", "authorities", "board",
      "bank", "firm", "union", "organization", "organisation", "group", "team", "foundation", "institute",
      "university", "agency", "establishment", "regime", "state", "spokesperson");

  /** Objects that announce content still to come ("shared key insights", "gave details"). */
  static final Set<String> INFORMATION = Set.of(
      "insight", "detail", "information", "account", "update", "picture", "revelation", "finding",
      "point", "fact", "particular", "version", "description", "briefing", "inside", "story", "news");

  /**
   * Lemmas of verbs of cognition, belief and perception of a fact ("Economists believe this
   * provides ...", "voters see Clinton as ..."): an attribution when a clause or a predicate
   * follows ("know that", "see X as Y"), not on their own ("we will see").
   */
  static final Set<String> COGNITION = Set.of(
      "think", "believe", "know", "doubt", "suspect", "assume", "reckon", "figure", "expect",
      "fear", "worry", "wonder", "realize", "realise", "recognize", "recognise", "understand", "feel",
      "imagine", "anticipate", "presume", "conclude", "remember", "forget", "envision", "see", "hear",
      "notice", "view", "regard", "consider", "deem", "trust", "guess", "sense", "hope", "agree",
      "disagree", "perceive");

  /**
   * Lemmas of verbs of desire and intention ("Palestinians want East Jerusalem", "he vowed to
   * ..."): an attribution with what is wanted or intended as object or infinitive. Attempts are
   * actions, not attributions ("tried to"), so they are not here.
   */
  static final Set<String> INTENTION = Set.of(
      "want", "wish", "plan", "intend", "aim", "seek", "vow", "pledge", "promise", "threaten", "refuse",
      "decline", "prefer", "desire", "decide", "urge", "demand", "propose", "like", "love", "hate",
      "dislike", "dread", "crave", "expect");

  /**
   * Lemmas of verbs of communication beyond the plain reports (manner of speaking, describing,
   * urging, assuring): "“...,” he whispered", "she described him as ...", "they urged voters to
   * ...". An attribution with something said: a clause, an object, an infinitive, or "about".
   */
  static final Set<String> COMMUNICATION = Set.of(
      "shout", "whisper", "scream", "mutter", "yell", "murmur", "exclaim", "quip", "retort", "muse",
      "talk", "describe", "characterize", "characterise", "label", "dub", "brand", "portray",
      "refer", "discuss", "highlight", "underscore", "signal", "hint", "imply", "insinuate", "recount",
      "detail", "outline", "plead", "beg", "request", "recommend", "assure",
      "reassure", "remind", "persuade", "convince", "lament", "complain", "rebut", "counter", "reply",
      "respond", "urge", "implore", "demand", "vow", "pledge", "promise", "threaten", "predict", "forecast",
      "concede", "acknowledge", "admit", "confess", "insist", "clarify", "elaborate", "echo", "repeat");

  /**
   * Lemmas of verbs of support, opposition and evaluation ("19 percent support Clinton",
   * "Democrats slammed the plan"): an attribution of a stance toward their object.
   */
  static final Set<String> EVALUATION = Set.of(
      "support", "oppose", "endorse", "favor", "favour", "reject", "approve", "disapprove",
      "welcome", "condemn", "criticize", "criticise", "praise", "blame", "denounce", "slam",
      "blast", "defend", "question", "dispute", "applaud", "hail", "decry",
      "deplore", "lament", "mock", "ridicule", "accuse", "dismiss", "admire", "distrust", "fault", "laud",
      "tout", "commend", "rebuke", "scold", "castigate", "lambast", "chide", "disavow", "repudiate",
      "advocate", "resent", "regret", "appreciate");

  private static volatile Set<String> stance;

  private CueLexicon() {}

  static boolean isStance(String word) {
    return stanceForms().contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> stanceForms() {
    Set<String> s = stance;
    if (s == null) {
      s = load("stance-cues.txt");
      stance = s;
    }
    return s;
  }

  private static Set<String> load(String resource) {
    Set<String> out = new HashSet<>();
    try (InputStream in = CueLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
