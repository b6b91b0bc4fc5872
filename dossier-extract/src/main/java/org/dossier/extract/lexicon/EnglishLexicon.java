package org.dossier.extract.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed word classes the stages read English with, one section of {@code lexicon.txt} each:
 * read once, on first use, and immutable. A stage asks for its class by name
 * ({@code EnglishLexicon.get().speech()}); the sets hold the words as listed, in lower case.
 *
 * <p>Where two stages read what looks like one class with different words, they have a section
 * each, named for what it is read as ({@link #speech()} and {@link #sayingAndThinking()},
 * {@link #outlets()} and {@link #outletNouns()}): sharing the list would change what one of them
 * matches.
 */
public final class EnglishLexicon {

  private static final String RESOURCE = "lexicon.txt";
  private static final String FACILITIES = "facilities";

  /** The lexicon, read when first asked for (the holder class is initialised once, by the JVM). */
  private static final class Holder {
    static final EnglishLexicon INSTANCE = parse(RESOURCE, lines(RESOURCE));
  }

  private final Map<String, Set<String>> sections;
  private final Map<String, String> facilities;
  /** [qualifiers] and [custody] together. */
  private final Set<String> qualifiers;

  private EnglishLexicon(Map<String, Set<String>> sections, Map<String, String> facilities) {
    this.sections = sections;
    this.facilities = facilities;
    Set<String> both = new HashSet<>(sections.getOrDefault("qualifiers", Set.of()));
    both.addAll(sections.getOrDefault("custody", Set.of()));
    this.qualifiers = Set.copyOf(both);
  }

  public static EnglishLexicon get() {
    return Holder.INSTANCE;
  }

  // People, roles and organisations: the entity layer

  /** Nouns that name what a person is or does ("businessman", "prime minister"). */
  public Set<String> roles() {
    return section("roles");
  }

  /** Roles that make their holder a leader of the organisation they name ("chairman"). */
  public Set<String> leaderRoles() {
    return section("leader-roles");
  }

  /** Roles that make their holder a founder of the organisation they name. */
  public Set<String> founderRoles() {
    return section("founder-roles");
  }

  /** Words that qualify a role without being it ("former", "senior"); the custody words among them. */
  public Set<String> qualifiers() {
    return qualifiers;
  }

  /** Qualifiers of a person held in custody ("jailed", "detained"); all are {@link #qualifiers()}. */
  public Set<String> custody() {
    return section("custody");
  }

  /** Titles written before a name and kept apart from it ("Dr.", "Gen."). */
  public Set<String> honorifics() {
    return section("honorifics");
  }

  /** Singular nouns for one unnamed person ("a key individual"). */
  public Set<String> personNouns() {
    return section("person-nouns");
  }

  /** Plural nouns for unnamed people ("three senior leaders"). */
  public Set<String> peopleNouns() {
    return section("people-nouns");
  }

  /** Nouns for a set of people acting together ("the delegation"). */
  public Set<String> groupNouns() {
    return section("group-nouns");
  }

  /** Nouns heading a nominal that names an organisation without a name ("the government"). */
  public Set<String> organizationNouns() {
    return section("organization-nouns");
  }

  /** Head nouns of an unnamed organisation that may stand for the one named before ("the company"). */
  public Set<String> companyHeads() {
    return section("company-heads");
  }

  /** Nouns for news media that make an unnamed nominal an outlet (the entity layer's reading). */
  public Set<String> outletNouns() {
    return section("outlet-nouns");
  }

  /** Nouns that turn an organisation's name into a part of it ("PTI America chapter"). */
  public Set<String> unitNouns() {
    return section("unit-nouns");
  }

  /** Last words of the names of buildings and sites, to the subtype they give ("jail" -> "prison"). */
  public Map<String, String> facilities() {
    return facilities;
  }

  /** Nouns and titles that say a person is a man. */
  public Set<String> maleNouns() {
    return section("male-nouns");
  }

  /** Nouns and titles that say a person is a woman. */
  public Set<String> femaleNouns() {
    return section("female-nouns");
  }

  /** Verbs whose subject is a person ("died", "resigned"). */
  public Set<String> personVerbs() {
    return section("person-verbs");
  }

  /** Verbs whose passive subject is a person ("was born", "was elected"). */
  public Set<String> personPassives() {
    return section("person-passives");
  }

  /** Verbs of saying and thinking, whose subject a pronoun in their clause usually is (pronouns). */
  public Set<String> sayingAndThinking() {
    return section("saying-and-thinking");
  }

  // Attribution

  /** Lemmas of verbs that report speech, writing or information ("said", "told", "confirmed"). */
  public Set<String> speech() {
    return section("speech");
  }

  /** Reporting verbs that report only with a clause after them ("X acknowledged that ..."). */
  public Set<String> clauseReports() {
    return section("clause-reports");
  }

  /** Reporting verbs that report only with a clause in every reading ("state"). */
  public Set<String> clauseAlways() {
    return section("clause-always");
  }

  /** Verbs whose particle turns them into something other than a report ("show up", "add up"). */
  public Set<String> particleVerbs() {
    return section("particle-verbs");
  }

  /** Nouns of a point of view that make "in" a cue ("in Mr. Connolly's view"). */
  public Set<String> viewpoints() {
    return section("viewpoints");
  }

  /** Documents whose findings "in" attributes to them ("In a CBS News poll, ..."). */
  public Set<String> findings() {
    return section("findings");
  }

  /** Evidential verbs ("seems to", "appears to"): a cue without a source. */
  public Set<String> evidentials() {
    return section("evidentials");
  }

  /** Nouns of evaluation and commitment that attribute with their owner ("Trump's attacks on"). */
  public Set<String> stanceNouns() {
    return section("stance-nouns");
  }

  /** Labels a colon follows that introduce the outlet's own words ("Editor's note:"). */
  public Set<String> labels() {
    return section("labels");
  }

  /** Nouns that report what their owner said ("Trump's statement that ..."). */
  public Set<String> reportNouns() {
    return section("report-nouns");
  }

  /** Reporting verbs whose object is the one told, not the teller ("told reporters"). */
  public Set<String> addresseeVerbs() {
    return section("addressee-verbs");
  }

  /** Verbs of an impersonal passive that attributes a claim to no one ("it is understood that"). */
  public Set<String> impersonal() {
    return section("impersonal");
  }

  /** Adverbs that put a claim at one remove without naming anyone ("reportedly"). */
  public Set<String> hedges() {
    return section("hedges");
  }

  /** Head nouns of sources that are news outlets (attribution's reading; see {@link #outletNouns()}). */
  public Set<String> outlets() {
    return section("outlets");
  }

  /** Outlets whose own name says so wherever it stands in a longer one ("BBC World Service"). */
  public Set<String> outletBrands() {
    return section("outlet-brands");
  }

  /** Words that make a proper name an outlet's when they end it ("The New York Times"). */
  public Set<String> outletTitles() {
    return section("outlet-titles");
  }

  /** Head nouns of sources that are documents rather than people. */
  public Set<String> documents() {
    return section("documents");
  }

  /** Head nouns of sources that are institutions. */
  public Set<String> institutions() {
    return section("institutions");
  }

  /** Objects that announce content still to come ("shared key insights", "gave details"). */
  public Set<String> information() {
    return section("information");
  }

  /** Verbs of cognition, belief and perception of a fact ("believe", "see ... as"). */
  public Set<String> cognition() {
    return section("cognition");
  }

  /** Verbs of desire and intention ("want", "vow"). */
  public Set<String> intention() {
    return section("intention");
  }

  /** Verbs of communication beyond the plain reports ("whisper", "describe", "urge"). */
  public Set<String> communication() {
    return section("communication");
  }

  /** Verbs of support, opposition and evaluation ("support", "slam"). */
  public Set<String> evaluation() {
    return section("evaluation");
  }

  // Events

  /** Verbs whose infinitive is planned, not done ("plans to impose", "vowed to boycott"). */
  public Set<String> planning() {
    return section("planning");
  }

  /** Words of readiness before an infinitive ("ready to contribute", "set to"). */
  public Set<String> readiness() {
    return section("readiness");
  }

  /** Objects that make a cue verb a report, not an event ("shared key insights"). */
  public Set<String> sayable() {
    return section("sayable");
  }

  /** Verbs that halt, cut or withhold ("halted aid"). */
  public Set<String> halting() {
    return section("halting");
  }

  /** Nouns of aid, ties and exchange whose halting is a sanction ("aid deliveries"). */
  public Set<String> cooperation() {
    return section("cooperation");
  }

  // Time: the tense of a clause

  /** Lemmas whose present tense looks ahead ("is scheduled", "are expected"). */
  public Set<String> lookingAhead() {
    return section("looking-ahead");
  }

  /** Verbs of scheduling, which look ahead in any tense ("has scheduled ... Thursday"). */
  public Set<String> scheduling() {
    return section("scheduling");
  }

  /** Words of intent, lemmas and forms, after which a to-infinitive looks ahead ("an agreement to"). */
  public Set<String> intent() {
    return section("intent");
  }

  /** Verbs that grant or put off time ("gave them until Friday"). */
  public Set<String> granting() {
    return section("granting");
  }

  /** Inflected forms of {@link #granting()}, for tokens without a lemma. */
  public Set<String> grantingForms() {
    return section("granting-forms");
  }

  private Set<String> section(String name) {
    Set<String> words = sections.get(name);
    if (words == null) {
      throw new IllegalStateException(RESOURCE + " has no section [" + name + "]");
    }
    return words;
  }

  /**
   * Reads a lexicon: {@code [section]} headers, one entry a line, {@code #} comments.
   *
   * @throws IllegalStateException on an entry outside a section, or listed twice in one
   */
  static EnglishLexicon parse(String source, List<String> lines) {
    Map<String, Set<String>> sections = new LinkedHashMap<>();
    Map<String, String> facilities = new LinkedHashMap<>();
    String section = null;
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      if (l.startsWith("[") && l.endsWith("]")) {
        section = l.substring(1, l.length() - 1);
        sections.computeIfAbsent(section, k -> new LinkedHashSet<>());
        continue;
      }
      if (section == null) {
        throw new IllegalStateException(source + ": entry outside a section: " + l);
      }
      String word = l;
      if (section.equals(FACILITIES)) {
        String[] f = l.split("\t");
        word = f[0];
        facilities.put(word, f.length > 1 ? f[1] : "facility");
      }
      if (!sections.get(section).add(word)) {
        throw new IllegalStateException(source + ": \"" + word + "\" is listed twice in [" + section + "]");
      }
    }
    Map<String, Set<String>> frozen = new LinkedHashMap<>();
    sections.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return new EnglishLexicon(Map.copyOf(frozen), Map.copyOf(facilities));
  }

  private static List<String> lines(String resource) {
    InputStream in = EnglishLexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource + " next to " + EnglishLexicon.class.getName());
    }
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
