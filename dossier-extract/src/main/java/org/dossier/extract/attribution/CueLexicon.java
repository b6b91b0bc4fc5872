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
import org.dossier.extract.lexicon.EnglishLexicon;

/**
 * The words that mark attribution, by their classes in the shared {@link EnglishLexicon} (and the
 * stance cues counted in PolNeAR, {@code stance-cues.txt}). Reporting verbs ("said", "told",
 * "confirmed") are what an editor calls a source; stance verbs ("praised", "vowed", "hopes") attribute an evaluation or an
 * intention, which PolNeAR also counts as attribution but a sourcing profile should not.
 */
final class CueLexicon {

  private static final EnglishLexicon WORDS = EnglishLexicon.get();

  /** Lemmas of verbs that report speech, writing or information. */
  static final Set<String> REPORT = WORDS.speech();

  /** Verbs whose reading as a report needs a clause after them ("X acknowledged that ..."). */
  static final Set<String> NEEDS_CLAUSE = WORDS.clauseReports();

  /**
   * Reporting verbs that report only with a clause, in every reading: their forms are more often
   * nouns the tagger took for verbs ("battleground states") than reports without one.
   */
  static final Set<String> CLAUSE_ALWAYS = WORDS.clauseAlways();

  /**
   * Verbs whose particle turns them into something other than a report or a stance: "show up",
   * "add up", "turn out", "end up".
   */
  static final Set<String> PARTICLE_CHANGES_SENSE = WORDS.particleVerbs();

  /**
   * Nouns of a point of view that make "in" a cue: "in Mr. Connolly's view", "in the eyes of most
   * Americans", "in Trump's mind" (PolNeAR's guidelines name this pattern).
   */
  static final Set<String> VIEWPOINTS = WORDS.viewpoints();

  /**
   * Documents whose findings "in" attributes to them: "In a CBS News poll, she led ...". Not
   * speeches or interviews, which come with their own verb of saying.
   */
  static final Set<String> FINDINGS = WORDS.findings();

  /**
   * Evidential verbs: "X seems to ...", "X appears to ..." mark the author's inference, a cue
   * without a source (PolNeAR marks no source for them).
   */
  static final Set<String> EVIDENTIAL = WORDS.evidentials();

  /**
   * Lemmas of nouns of evaluation and commitment that attribute with their owner: "Trump's attacks
   * on ...", "his criticism of ...", "the senator's pledge to ...". Nouns of a mere position
   * ("his support", "her plan", "their decision") mostly describe rather than attribute, and are out.
   */
  static final Set<String> STANCE_NOUNS = WORDS.stanceNouns();

  /** Labels a colon follows that introduce the outlet's own words, not a speaker's: "Editor's note:". */
  static final Set<String> LABELS = WORDS.labels();

  /** Lemmas of nouns that report what their owner said: "Trump's statement that ...". */
  static final Set<String> REPORT_NOUNS = WORDS.reportNouns();

  /** Reporting verbs whose object is the one told, not the teller ("told reporters"). */
  static final Set<String> ADDRESSEE = WORDS.addresseeVerbs();

  /** Verbs of an impersonal passive that attributes a claim to no one: "it is understood that". */
  static final Set<String> IMPERSONAL = WORDS.impersonal();

  /** Adverbs that put a claim at one remove without naming anyone. */
  static final Set<String> HEDGES = WORDS.hedges();

  /** Head nouns of sources that are news outlets. */
  static final Set<String> OUTLETS = WORDS.outlets();

  /** Outlets whose own name says so wherever it stands in a longer one ("BBC World Service", "Reuters"). */
  private static final Set<String> OUTLET_BRANDS = WORDS.outletBrands();

  /**
   * Words that make a proper name an outlet's when they end it ("The New York Times", "Fox News",
   * "The Sun"), but not when a company's or a person's name merely holds them ("Standard
   * Chartered", "Sun Pharma", "Vicente Fox").
   */
  private static final Set<String> OUTLET_TITLES = WORDS.outletTitles();

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
  static final Set<String> DOCUMENTS = WORDS.documents();

  /** Head nouns of sources that are institutions. */
  static final Set<String> INSTITUTIONS = WORDS.institutions();

  /** Objects that announce content still to come ("shared key insights", "gave details"). */
  static final Set<String> INFORMATION = WORDS.information();

  /**
   * Lemmas of verbs of cognition, belief and perception of a fact ("Economists believe this
   * provides ...", "voters see Clinton as ..."): an attribution when a clause or a predicate
   * follows ("know that", "see X as Y"), not on their own ("we will see").
   */
  static final Set<String> COGNITION = WORDS.cognition();

  /**
   * Lemmas of verbs of desire and intention ("Palestinians want East Jerusalem", "he vowed to
   * ..."): an attribution with what is wanted or intended as object or infinitive. Attempts are
   * actions, not attributions ("tried to"), so they are not here.
   */
  static final Set<String> INTENTION = WORDS.intention();

  /**
   * Lemmas of verbs of communication beyond the plain reports (manner of speaking, describing,
   * urging, assuring): "“...,” he whispered", "she described him as ...", "they urged voters to
   * ...". An attribution with something said: a clause, an object, an infinitive, or "about".
   */
  static final Set<String> COMMUNICATION = WORDS.communication();

  /**
   * Lemmas of verbs of support, opposition and evaluation ("19 percent support Clinton",
   * "Democrats slammed the plan"): an attribution of a stance toward their object.
   */
  static final Set<String> EVALUATION = WORDS.evaluation();

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
