package org.dossier.ingest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a body is English, judged cheaply over its first few thousand characters.
 *
 * <p>Two signals, both well established for telling languages apart on news text. The script:
 * when most letters are not Latin (Cyrillic, Arabic, Han, ...), the text is not English. The
 * function words: the most frequent words of a language (articles, prepositions, pronouns,
 * auxiliaries) make up a third or more of running text in every European language, and the
 * lists barely overlap; a text whose words are mostly another language's function words and
 * few of English's is in that other language (the "common words" method of language
 * identification, as in Grefenstette 1995).
 *
 * <p>Built to avoid false alarms, since the verdict is fatal: short texts and headlines
 * (fewer than {@value #MIN_WORDS} words) are never judged, and a Latin-script text is flagged
 * only on positive evidence of another language, so English dense with names (which lowers the
 * English share but adds no French or German function words) passes.
 */
final class EnglishCheck {

  /** Characters looked at: enough for a verdict, cheap on any article. */
  private static final int SAMPLE = 4000;

  /** Below this many words nothing is judged (headlines, captions, briefs). */
  static final int MIN_WORDS = 15;

  /** Fewer letters than this are not judged by their script. */
  private static final int MIN_LETTERS = 20;

  /** Another language must cover at least this share of the words... */
  private static final double OTHER_SHARE = 0.15;

  /** ... and this many times the share of English function words. */
  private static final double DOMINANCE = 2.0;

  private static final Set<String> ENGLISH = words(
      "the of and to a in is was that for on with as by at from he it his said has have be are were"
          + " this an not but or who will their they had been which after its her she we i you would"
          + " also than about into there when what our could all if no can may them other some only"
          + " him us then so do did does between under while because should these those such being"
          + " over up out against during before both any most my me your how where why");

  /** The function words of other languages likely in a news feed, minus those English shares. */
  private static final Map<String, Set<String>> OTHERS = new LinkedHashMap<>();

  static {
    OTHERS.put("French", words(
        "le la les des du de un une et est que qui dans pour pas sur au aux avec ce cette ces ses son sa"
            + " il elle ils elles sont ont été par plus ne se qu leur leurs selon mais où était avait aussi"
            + " entre après contre sous depuis même nous vous lui y l d n c j"));
    OTHERS.put("German", words(
        "der die das und ist nicht ein eine einer eines einem einen den dem des zu mit von sich auf für"
            + " im auch als es sie er wird wurde werden hat haben sind bei nach aus noch wie dass oder"
            + " über vor zum zur durch nur am gegen seit sein seine ihre ihr wir ich"));
    OTHERS.put("Spanish", words(
        "el la los las de del y en que un una es por con para se su sus al lo como más pero fue ha"
            + " sido entre sobre este esta también sin desde hasta cuando muy porque son hay dijo según"
            + " ya le les nos ni"));
    OTHERS.put("Italian", words(
        "il lo la gli le di del della dei delle degli e è un una che per con non si da dal al alla nel"
            + " nella sono anche come più ma questo questa dopo tra fra ad ed sul sulla ha hanno"));
    OTHERS.put("Portuguese", words(
        "o os as de do da dos das e em um uma que para com não se por mais foi ao aos na no nas nos"
            + " como mas seu sua ele ela é são está pelo pela também entre"));
    OTHERS.put("Dutch", words(
        "de het een en van niet op dat die te met voor zijn er aan om ook als bij door naar werd wordt"
            + " heeft hebben maar nog dan uit tot zich"));
    OTHERS.put("Swedish", words(
        "och att det som en på är av för med till den har inte om ett var jag men de sig från"));
    OTHERS.put("Indonesian", words(
        "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena oleh ada"));
    OTHERS.put("Turkish", words("ve bir bu da de için ile olarak daha çok gibi olan ama"));
    OTHERS.put("Polish", words("w z na się nie do że jest jak po przez od za oraz który"));
  }

  private EnglishCheck() {}

  /** Why {@code body} does not look English, if it does not; empty when it is or cannot be told. */
  static Optional<String> whyNot(String body) {
    String sample = body.length() > SAMPLE ? body.substring(0, SAMPLE) : body;
    Optional<String> script = nonLatinScript(sample);
    if (script.isPresent()) {
      return script;
    }
    int words = 0;
    int english = 0;
    Map<String, Integer> other = new HashMap<>();
    for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      if (ENGLISH.contains(w)) {
        english++;
      }
      for (Map.Entry<String, Set<String>> lang : OTHERS.entrySet()) {
        if (lang.getValue().contains(w)) {
          other.merge(lang.getKey(), 1, Integer::sum);
        }
      }
    }
    if (words < MIN_WORDS) {
      return Optional.empty();
    }
    Optional<Map.Entry<String, Integer>> best = other.entrySet().stream().max(Map.Entry.comparingByValue());
    if (best.isEmpty()) {
      return Optional.empty();
    }
    double otherShare = best.get().getValue() / (double) words;
    double englishShare = english / (double) words;
    if (otherShare >= OTHER_SHARE && otherShare > DOMINANCE * englishShare) {
      return Optional.of(String.format(Locale.ROOT,
          "does not look like English but like %s (%d%% of its words are common %s words, %d%% common English ones):"
              + " Dossier reads English only",
          best.get().getKey(), Math.round(100 * otherShare), best.get().getKey(), Math.round(100 * englishShare)));
    }
    return Optional.empty();
  }

  private static Optional<String> nonLatinScript(String sample) {
    int letters = 0;
    int latin = 0;
    Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
    for (int i = 0; i < sample.length(); ) {
      int cp = sample.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      letters++;
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.LATIN) {
        latin++;
      } else {
        scripts.merge(script, 1, Integer::sum);
      }
    }
    if (letters < MIN_LETTERS || latin * 2 >= letters) {
      return Optional.empty();
    }
    Character.UnicodeScript main = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    String name = main.name().charAt(0) + main.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    return Optional.of(String.format(Locale.ROOT,
        "is not English: %d%% of its letters are in %s script, not Latin; Dossier reads English only",
        Math.round(100.0 * (letters - latin) / letters), name));
  }

  private static Set<String> words(String spaceSeparated) {
    return Set.copyOf(java.util.Arrays.asList(spaceSeparated.trim().split(" +")));
  }
}
