package org.dossier.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;
import org.dossier.text.Article;
import org.dossier.text.Span;

/**
 * A tiny tokenizer and part-of-speech guesser for tests, so that the time tagger can be tested
 * on plain sentences without loading CoreNLP. It knows just enough English to give verbs their
 * tense: irregular past forms, "-ed", modals, "is/are/has", "says".
 */
final class TestText {

  private static final Set<String> PAST = Set.of(
      "said", "met", "held", "was", "were", "had", "did", "went", "came", "took", "made", "left", "began", "told",
      "gave", "saw", "found", "became", "fell", "rose", "won", "lost", "spent", "sold", "paid", "kept", "brought",
      "thought", "felt", "ran", "wrote", "spoke", "struck", "hit", "quit", "led", "sent", "shut", "knew", "grew",
      "flew", "drove", "chose", "broke", "stood");
  private static final Set<String> MODAL = Set.of("will", "would", "shall", "can", "could", "might", "must", "should", "'ll");
  private static final Set<String> PRESENT = Set.of(
      "is", "are", "am", "has", "have", "does", "do", "says", "plans", "expects", "meets", "runs", "opens",
      "remains", "lives", "works", "begins", "ends", "starts", "falls", "comes", "goes", "takes", "seems");
  private static final Set<String> DET = Set.of("the", "a", "an", "this", "that", "these", "those", "its", "his", "her",
      "their", "our", "my", "every", "each", "no", "some");
  private static final Set<String> PREP = Set.of("in", "on", "at", "of", "for", "since", "until", "by", "from", "to",
      "during", "before", "after", "over", "through", "within", "between", "about", "around", "with", "into",
      "than", "as", "near", "throughout", "under", "ahead");
  private static final Set<String> ADJ = Set.of("last", "next", "early", "late", "recent", "current", "past", "coming",
      "following", "previous", "same", "fiscal", "first", "second", "third", "fourth", "latest", "final", "new",
      "mid", "whole", "entire", "annual", "daily", "weekly", "monthly", "quarterly");
  private static final Set<String> VB_AFTER = Set.of("to", "will", "would", "can", "could", "might", "must", "should",
      "did", "does", "do", "'ll");

  private TestText() {}

  static AnnotatedArticle of(LocalDate dct, String text) {
    Article article = Article.of("test", dct, text);
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (Character.isLetterOrDigit(c) || c == '$' && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
        i++;
        while (i < n) {
          char d = text.charAt(i);
          boolean inner = (d == '.' || d == ',' || d == ':' || d == '/' || d == '-' || d == '\'')
              && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))
              && !(d == '\'' && text.startsWith("'s", i) && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2))));
          if (Character.isLetterOrDigit(d) || inner) {
            i++;
          } else {
            break;
          }
        }
        // abbreviations keep their period: "Sept.", "Jan.", "p.m.", "Dr."
        if (i < n && text.charAt(i) == '.' && isAbbreviation(text.substring(start, i))) {
          i++;
        }
      } else if (c == '\'' && text.startsWith("'s", i)) {
        i += 2;
      } else if (c == '\'' && i + 2 < n && Character.isDigit(text.charAt(i + 1))) {
        i++;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)))) {
          i++;
        }
      } else {
        i++;
      }
      String word = text.substring(start, i);
      tokens.add(new Token(tokens.size(), new Span(start, i), word, "", word.toLowerCase(Locale.ROOT), Token.NO_ENTITY));
      boolean end = (word.equals(".") || word.equals("!") || word.equals("?"));
      if (end) {
        sentences.add(sentence(sentences.size(), tokens));
        tokens = new ArrayList<>();
      }
    }
    if (!tokens.isEmpty()) {
      sentences.add(sentence(sentences.size(), tokens));
    }
    return new AnnotatedArticle(article, sentences);
  }

  private static boolean isAbbreviation(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return l.length() <= 4 && Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "dr", "mr", "mrs", "ms",
        "st", "a.m", "p.m", "jr", "no").contains(l);
  }

  private static Sentence sentence(int index, List<Token> raw) {
    List<Token> tagged = new ArrayList<>(raw.size());
    for (int k = 0; k < raw.size(); k++) {
      Token t = raw.get(k);
      String prev = k > 0 ? raw.get(k - 1).word().toLowerCase(Locale.ROOT) : "";
      String pos = pos(t.word(), prev, k == 0);
      tagged.add(new Token(k, t.span(), t.word(), pos, lemma(t.word().toLowerCase(Locale.ROOT), pos), t.ner()));
    }
    Span span = new Span(tagged.get(0).span().start(), tagged.get(tagged.size() - 1).span().end());
    return new Sentence(index, span, tagged, List.of());
  }

  private static String lemma(String w, String pos) {
    if (pos.equals("VBZ") && w.endsWith("s")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String pos(String word, String prev, boolean first) {
    String w = word.toLowerCase(Locale.ROOT);
    char c = word.charAt(0);
    if (Character.isDigit(c) || c == '\'' && word.length() > 1 && Character.isDigit(word.charAt(1))) {
      return word.endsWith("s") && !word.contains(":") ? "NNS" : "CD";
    }
    if (!Character.isLetter(c)) {
      return c == '$' ? "$" : w.equals("'s") ? "POS" : ".";
    }
    if (MODAL.contains(w)) {
      return "MD";
    }
    if (PAST.contains(w)) {
      return Set.of("has", "have", "had", "was", "were", "is", "are", "be", "been").contains(prev)
          && !w.equals("was") && !w.equals("were") && !w.equals("had") ? "VBN" : "VBD";
    }
    if (PRESENT.contains(w)) {
      return w.endsWith("s") ? "VBZ" : "VBP";
    }
    if (DET.contains(w)) {
      return "DT";
    }
    if (PREP.contains(w)) {
      return "IN";
    }
    if (ADJ.contains(w)) {
      return "JJ";
    }
    if (Character.isUpperCase(c) && !first) {
      return "NNP";
    }
    if (VB_AFTER.contains(prev)) {
      return "VB";
    }
    if (w.endsWith("ed") && w.length() > 4) {
      return Set.of("has", "have", "had", "was", "were", "is", "are", "be", "been").contains(prev) ? "VBN" : "VBD";
    }
    if (w.endsWith("ly") && w.length() > 4) {
      return "RB";
    }
    if (w.endsWith("ing") && w.length() > 5) {
      return "VBG";
    }
    if (first && Character.isUpperCase(c)) {
      return "NNP";
    }
    return w.endsWith("s") && w.length() > 3 ? "NNS" : "NN";
  }
}
