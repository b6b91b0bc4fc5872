package org.dossier.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts sentences too long to parse sensibly (a table, a list, markup with no full stop) into
 * parts of at most {@link #MAX_TOKENS} tokens before tagging and parsing, so that no stage sees a
 * sentence of thousands of tokens. A part ends after a semicolon, colon or comma near the limit
 * where there is one. Sentences of ordinary prose are far shorter and are left as they are.
 */
final class LongSentences {

  /** Tokens of one sentence at most; news sentences rarely pass 80. */
  static final int MAX_TOKENS = 150;

  private LongSentences() {}

  /** Splits the long sentences of {@code doc} in place and numbers all sentences and tokens again. */
  static void split(Annotation doc, int maxTokens) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.stream().allMatch(s -> tokens(s).size() <= maxTokens)) {
      return;
    }
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> out = new ArrayList<>(sentences.size() + 8);
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = tokens(s);
      int tokenBase = s.get(CoreAnnotations.TokenBeginAnnotation.class);
      int from = 0;
      while (from < tokens.size()) {
        int to = tokens.size() - from <= maxTokens ? tokens.size() : end(tokens, from, maxTokens);
        out.add(part(text, tokens.subList(from, to), tokenBase + from));
        from = to;
      }
    }
    for (int i = 0; i < out.size(); i++) {
      CoreMap s = out.get(i);
      s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      List<CoreLabel> tokens = tokens(s);
      for (int t = 0; t < tokens.size(); t++) {
        tokens.get(t).setIndex(t + 1);
        tokens.get(t).setSentIndex(i);
      }
    }
    doc.set(CoreAnnotations.SentencesAnnotation.class, out);
  }

  /** Where a part that starts at {@code from} ends: after the last , ; or : in its second half, else at the limit. */
  private static int end(List<CoreLabel> tokens, int from, int maxTokens) {
    int limit = from + maxTokens;
    for (int i = limit - 1; i > from + maxTokens / 2; i--) {
      String w = tokens.get(i).word();
      if (w.equals(";") || w.equals(":") || w.equals(",")) {
        return i + 1;
      }
    }
    return limit;
  }

  private static CoreMap part(String text, List<CoreLabel> tokens, int tokenBegin) {
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    Annotation part = new Annotation(text.substring(begin, end));
    part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    part.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
    part.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
    part.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + tokens.size());
    return part;
  }

  private static List<CoreLabel> tokens(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class);
  }
}
