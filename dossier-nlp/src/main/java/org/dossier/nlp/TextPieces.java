package org.dossier.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a long text is cut so that each piece is annotated on its own, and the cost of an
 * article grows with its length, not faster. A piece ends at a blank line if one is near the
 * limit, else at a line break, a sentence end or a space; a run of characters with no space that
 * is longer than any word (a URL dump, base64, a line of markup) is cut into pieces of its own.
 * An article shorter than the limit is one piece, so ordinary news is annotated whole.
 */
final class TextPieces {

  /** Characters of one piece at most: some 3,000 words, longer than almost any news article. */
  static final int MAX_CHARS = 20_000;

  /** A run of non-space characters longer than this is no word; the tokenizer gets it in slices. */
  static final int MAX_RUN = 500;

  private TextPieces() {}

  /** A piece of the text: {@code [start, end)}. */
  record Piece(int start, int end) {}

  /** The pieces of {@code text}, in order, covering it without gaps. */
  static List<Piece> of(String text) {
    return of(text, MAX_CHARS, MAX_RUN);
  }

  static List<Piece> of(String text, int maxChars, int maxRun) {
    List<Piece> pieces = new ArrayList<>();
    int n = text.length();
    int start = 0;
    while (start < n) {
      int limit = Math.min(n, start + maxChars);
      int run = longRun(text, start, limit, maxRun);
      int end;
      if (run == start) {
        end = safe(text, start + maxRun); // the long run itself, a slice at a time
        end = Math.min(end, endOfRun(text, start, end));
      } else if (run > start) {
        end = run; // up to the long run
      } else if (limit == n) {
        end = n;
      } else {
        end = cut(text, start, limit);
      }
      pieces.add(new Piece(start, end));
      start = end;
    }
    return pieces;
  }

  /** The start of the first run of more than {@code maxRun} non-space characters in [from, to), or -1. */
  private static int longRun(String text, int from, int to, int maxRun) {
    int runStart = from;
    int scanTo = Math.min(text.length(), to + maxRun + 1);
    for (int i = from; i < scanTo; i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        runStart = i + 1;
      } else if (i - runStart + 1 > maxRun) {
        return runStart < to ? runStart : -1;
      }
    }
    return -1;
  }

  private static int endOfRun(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return Math.max(i, from + 1);
      }
    }
    return to;
  }

  /** Where to end a piece that starts at {@code start} and may not pass {@code limit}. */
  private static int cut(String text, int start, int limit) {
    int floor = start + (limit - start) / 2; // never a piece shorter than half the limit
    int lastNewline = -1;
    int lastSentence = -1;
    int lastSpace = -1;
    for (int i = limit - 1; i > floor; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        int j = i - 1;
        while (j > floor && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
          j--;
        }
        if (text.charAt(j) == '\n') {
          return i + 1; // after a blank line
        }
        if (lastNewline < 0) {
          lastNewline = i + 1;
        }
      } else if (Character.isWhitespace(c)) {
        if (lastSpace < 0) {
          lastSpace = i + 1;
        }
        char before = text.charAt(i - 1);
        if (lastSentence < 0 && (before == '.' || before == '!' || before == '?')) {
          lastSentence = i + 1;
        }
      }
    }
    if (lastNewline > 0) {
      return lastNewline;
    }
    if (lastSentence > 0) {
      return lastSentence;
    }
    return lastSpace > 0 ? lastSpace : safe(text, limit);
  }

  /** {@code at}, moved back one if it would split a surrogate pair. */
  private static int safe(String text, int at) {
    if (at >= text.length()) {
      return text.length();
    }
    return Character.isLowSurrogate(text.charAt(at)) && Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
  }
}
