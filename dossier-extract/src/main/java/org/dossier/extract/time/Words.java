package org.dossier.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.annotation.Sentence;
import org.dossier.annotation.Token;

/**
 * A sentence seen as the rules see it: lower-cased words, with hyphenated tokens
 * ("third-quarter", "two-year") split into their parts and free-standing hyphens dropped, each
 * word keeping its offsets and the token it came from.
 */
final class Words {

  /** One word: {@code norm} is lower case without a final abbreviation period. */
  record Word(String norm, String raw, int start, int end, int token, boolean hyphenated) {}

  final Sentence sentence;
  private final List<Word> words;

  Words(Sentence sentence, String body) {
    this.sentence = sentence;
    this.words = new ArrayList<>(sentence.size() + 4);
    int previousEnd = -1;
    boolean hyphenPending = false;
    for (Token t : sentence.tokens()) {
      int s = t.span().start();
      int e = t.span().end();
      String raw = e <= body.length() ? body.substring(s, e) : t.word();
      boolean touching = s == previousEnd;
      previousEnd = e;
      if (raw.equals("-") || raw.equals("\u2010") || raw.equals("\u2011")) {
        hyphenPending = touching && !words.isEmpty();
        continue;
      }
      boolean afterHyphen = hyphenPending && touching;
      hyphenPending = false;
      if (raw.length() > 2 && raw.indexOf('-') > 0 && raw.indexOf('-') < raw.length() - 1 && !isIsoDate(raw)) {
        int partStart = 0;
        boolean first = true;
        for (int k = 0; k <= raw.length(); k++) {
          if (k == raw.length() || raw.charAt(k) == '-') {
            if (k > partStart) {
              String part = raw.substring(partStart, k);
              words.add(new Word(norm(part), part, s + partStart, s + k, t.index(), !first || afterHyphen));
              first = false;
            }
            partStart = k + 1;
          }
        }
      } else {
        words.add(new Word(norm(raw), raw, s, e, t.index(), afterHyphen));
      }
    }
  }

  private static boolean isIsoDate(String raw) {
    return Character.isDigit(raw.charAt(0)) && ISO.matcher(raw).matches();
  }

  private static final java.util.regex.Pattern ISO = java.util.regex.Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

  static String norm(String raw) {
    String n = raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (n.length() > 1 && n.endsWith(".") && !n.equals("p.m.") && !n.equals("a.m.")) {
      n = n.substring(0, n.length() - 1);
    }
    return n;
  }

  int size() {
    return words.size();
  }

  Word get(int i) {
    return words.get(i);
  }

  /** The normalised word at {@code i}, or "" outside the sentence. */
  String w(int i) {
    return i >= 0 && i < words.size() ? words.get(i).norm : "";
  }

  /** The word as written at {@code i}, or "" outside the sentence. */
  String raw(int i) {
    return i >= 0 && i < words.size() ? words.get(i).raw : "";
  }

  Token token(int i) {
    return sentence.token(words.get(i).token);
  }

  String pos(int i) {
    return i >= 0 && i < words.size() ? token(i).pos() : "";
  }

  boolean capitalized(int i) {
    String r = raw(i);
    return !r.isEmpty() && Character.isUpperCase(r.charAt(0));
  }

  /** Whether word {@code i} is joined to word {@code i - 1} by a hyphen: "third-quarter", "year-ago". */
  boolean hyphenated(int i) {
    return i > 0 && i < words.size() && words.get(i).hyphenated;
  }

  /** Whether word {@code i} is a hyphen-joined part of the same token as word {@code i - 1}. */
  boolean sameToken(int i) {
    return i > 0 && i < words.size() && words.get(i).token == words.get(i - 1).token;
  }

  /** Whether word {@code k} closes the clause: a punctuation mark, "and", or the end of the sentence. */
  boolean endsClause(int k) {
    String n = w(k);
    return n.isEmpty() || n.equals(",") || n.equals(".") || n.equals(";") || n.equals(":") || n.equals("and")
        || n.equals("''") || n.equals("\"") || n.equals("--") || n.equals(")");
  }
}
