package org.dossier.extract.attribution;

import java.util.BitSet;

/**
 * The characters inside quotation marks. A cue there belongs to the quoted speech ("I said to
 * them ...") and is part of the content of the attribution that quotes it, not a source of the
 * article's. A paragraph break closes every quotation.
 */
final class Quotations {

  private Quotations() {}

  static BitSet quoted(String body) {
    BitSet in = new BitSet(body.length());
    boolean open = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\u201C') {
        // "...,“ said X", "an “expedited review“ of": some texts print the opening mark for a closing one
        open = !(open && closes(body, i, 1));
      } else if (c == '\u201D') {
        open = false;
      } else if (c == '"') {
        open = !open;
      } else if (c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
        open = !open; // the two apostrophes some newspapers print for both quotation marks
        i++;
      } else if (c == '\n') {
        open = false;
      } else if (open) {
        in.set(i);
      }
    }
    return in;
  }

  /** True when the mark of {@code width} characters at {@code i} ends a word: a closing mark. */
  private static boolean closes(String body, int i, int width) {
    int next = i + width;
    boolean afterWord = i > 0 && !Character.isWhitespace(body.charAt(i - 1));
    boolean beforeGap = next >= body.length() || Character.isWhitespace(body.charAt(next))
        || ",.;:?!)".indexOf(body.charAt(next)) >= 0;
    return afterWord && beforeGap;
  }
}
