package org.dossier.store;

/**
 * The sentence around a word of an article, cut from a window of its body: from the last
 * sentence end ({@code . ! ?} before white space, or a line break) before the word to the first
 * one after it, at most {@link #REACH} characters either side. The store keeps no sentence
 * bounds, and a reader of a report wants its sentence, not its trigger word alone.
 */
record SentenceAround(String before, String word, String after) {

  /** How far the window reaches on each side of the word. */
  static final int REACH = 240;

  /**
   * @param window text of the body from {@code windowStart}
   * @param windowStart where the window begins in the body
   * @param start where the word begins in the body
   * @param end where it ends
   */
  static SentenceAround cut(String window, int windowStart, int start, int end) {
    int s = Math.max(0, Math.min(window.length(), start - windowStart));
    int e = Math.max(s, Math.min(window.length(), end - windowStart));
    int from = 0;
    for (int i = s - 1; i > 0; i--) {
      if (window.charAt(i) == '\n' || isEnd(window, i - 1) && Character.isWhitespace(window.charAt(i))) {
        from = i + 1;
        break;
      }
    }
    int to = window.length();
    for (int i = e; i < window.length(); i++) {
      if (window.charAt(i) == '\n') {
        to = i;
        break;
      }
      if (isEnd(window, i) && (i + 1 == window.length() || Character.isWhitespace(window.charAt(i + 1)))) {
        to = i + 1;
        break;
      }
    }
    return new SentenceAround(window.substring(from, s).stripLeading(), window.substring(s, e), window.substring(e, to).stripTrailing());
  }

  private static boolean isEnd(String text, int i) {
    char c = text.charAt(i);
    return c == '.' || c == '!' || c == '?';
  }
}
